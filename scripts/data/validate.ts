import { op } from 'arquero';
import { LONDON_CODES, LONDON_STPS, VINTAGES, allAgesColumn } from './london.ts';
import { rowRef, type Csv, type TypedCsv } from '../../src/lib/data/read/csv.ts';
import { formatCount, quote, type DataIssue } from '../../src/lib/data/read/errors.ts';
import { withParams } from '../../src/lib/data/read/table.ts';
import type { PublishedTotal } from './totals.ts';

/** Values of a typed column (null where blank or invalid). */
function column(t: TypedCsv, name: string): (string | number | null)[] {
  return t.csv.header.includes(name)
    ? Array.from(t.typed.array(name), (v) => (v === undefined ? null : v))
    : [];
}

/** Exactly the 33 London codes, each once. */
export function checkCodes(csv: Csv): DataIssue[] {
  const issues: DataIssue[] = [];
  const firstRow = new Map<string, number>();
  csv.codes.forEach((code, i) => {
    if (code === null) return; // reported as a blank cell
    if (!LONDON_CODES.includes(code)) {
      issues.push({
        ...rowRef(csv, i),
        column: 'code',
        message: `${quote(code)} is not a London local authority code (E09000001-E09000033)`,
      });
      return;
    }
    const first = firstRow.get(code);
    if (first !== undefined) {
      issues.push({
        ...rowRef(csv, i),
        column: 'code',
        message: `${code} is duplicated: row ${first} has it too`,
      });
    } else {
      firstRow.set(code, i + 1);
    }
  });
  if (csv.header.includes('code')) {
    for (const code of LONDON_CODES) {
      if (!firstRow.has(code)) {
        issues.push({
          file: csv.file,
          column: 'code',
          message: `no row has code ${code}: every London code needs one row`,
        });
      }
    }
  }
  return issues;
}

/**
 * Each borough names one of the five London ICBs (2016 STP footprints) by its ONS code,
 * with that ICB's name and ODS code, and each ICB has members.
 */
export function checkStps(t: TypedCsv): DataIssue[] {
  const issues: DataIssue[] = [];
  const codes = column(t, 'stp_code');
  const names = column(t, 'stp_name');
  const ods = column(t, 'icb_ods');
  codes.forEach((code, i) => {
    if (typeof code !== 'string') return;
    const expected = LONDON_STPS[code];
    if (expected === undefined) {
      issues.push({
        ...rowRef(t.csv, i),
        column: 'stp_code',
        message: `${quote(code)} is not one of the five London ICB footprints (${Object.keys(LONDON_STPS).join(', ')})`,
      });
      return;
    }
    const name = names[i];
    if (typeof name === 'string' && name !== expected.name) {
      issues.push({
        ...rowRef(t.csv, i),
        column: 'stp_name',
        message: `${quote(name)} does not match stp_code ${code}, which is ${quote(expected.name)}`,
      });
    }
    const odsCode = ods[i];
    if (typeof odsCode === 'string' && odsCode !== expected.ods) {
      issues.push({
        ...rowRef(t.csv, i),
        column: 'icb_ods',
        message: `${quote(odsCode)} does not match stp_code ${code}, whose ICB ODS code is ${expected.ods}`,
      });
    }
  });
  if (t.clean.has('stp_code')) {
    const present = new Set(Array.from(t.typed.groupby('stp_code').count().array('stp_code'), String));
    for (const [code, { name }] of Object.entries(LONDON_STPS)) {
      if (!present.has(code)) {
        issues.push({ file: t.csv.file, column: 'stp_code', message: `no borough is in ${code} ${name}` });
      }
    }
  }
  return issues;
}

/** Boroughs sharing a CCG (City of London and Hackney) must describe it the same way. */
export function checkCcgs(t: TypedCsv): DataIssue[] {
  const issues: DataIssue[] = [];
  const ods = column(t, 'ccg_2016_ods');
  const firstRow = new Map<string, number>();
  ods.forEach((code, i) => {
    if (typeof code !== 'string') return;
    const first = firstRow.get(code);
    if (first === undefined) {
      firstRow.set(code, i);
      return;
    }
    for (const name of ['ccg_2016_name', 'ccg_2016_gss']) {
      const values = column(t, name);
      if (values[i] !== null && values[first] !== null && values[i] !== values[first]) {
        issues.push({
          ...rowRef(t.csv, i),
          column: name,
          message: `${quote(String(values[i]))} differs from row ${first + 1}, which has ${quote(String(values[first]))} for CCG ${code}`,
        });
      }
    }
  });
  return issues;
}

/** Age bands nest in each vintage's base year: 65+ within 18+ within all ages. */
export function checkAgeBands(t: TypedCsv): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const v of VINTAGES) {
    const allName = allAgesColumn(v.baseYear);
    const all = column(t, allName);
    const adults = column(t, v.adults);
    const older = column(t, v.older);
    adults.forEach((a, i) => {
      const p = all[i];
      const o = older[i];
      if (typeof a === 'number' && typeof p === 'number' && a > p) {
        issues.push({
          ...rowRef(t.csv, i),
          column: v.adults,
          message: `${formatCount(a)} adults is more than the all-ages ${allName} of ${formatCount(p)}`,
        });
      }
      if (typeof a === 'number' && typeof o === 'number' && o > a) {
        issues.push({
          ...rowRef(t.csv, i),
          column: v.older,
          message: `${formatCount(o)} aged 65+ is more than the ${v.adults} of ${formatCount(a)}`,
        });
      }
    });
  }
  return issues;
}

/** Borough populations add up exactly to the published ONS totals. */
export function checkTotals(t: TypedCsv, totals: readonly PublishedTotal[], totalsFile: string): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const { row, area, column: col, total } of totals) {
    // A column with a bad cell is already reported; its sum would only add noise.
    if (!t.clean.has(col) || (area !== 'London' && !t.clean.has('inner_outer'))) continue;
    const members = withParams(t.typed, { area }).filter(
      (d, $) => $.area === 'London' || d.inner_outer === $.area,
    );
    const sum = Number(members.rollup({ sum: op.sum(col) }).get('sum', 0));
    if (sum !== total) {
      const diff = sum - total;
      issues.push({
        file: t.csv.file,
        column: col,
        message:
          `the ${members.numRows()} ${area} rows sum to ${formatCount(sum)}, but the ONS ${area} total ` +
          `(${totalsFile} row ${row}) is ${formatCount(total)} (difference ${diff > 0 ? '+' : ''}${formatCount(diff)})`,
      });
    }
  }
  return issues;
}
