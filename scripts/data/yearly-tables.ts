/**
 * The two tables by financial year: HM Treasury GDP deflators (data/deflators.csv)
 * and the ARRS maximum reimbursable amount for a link worker (data/link-worker-pay.csv).
 */
import type { LinkWorkerPay, PriceIndex } from '../../src/lib/data/types.ts';
import {
  cellTexts,
  readCsv,
  requireColumns,
  rowRef,
  parseCell,
  type ColumnRule,
  type TextFile,
} from '../../src/lib/data/read/csv.ts';
import { quote, type DataIssue } from '../../src/lib/data/read/errors.ts';

/** The edition of data/deflators.csv, named on screen wherever money is converted. */
export const DEFLATOR_EDITION =
  'HM Treasury, GDP deflators at market prices, and money GDP, March 2026 (Quarterly National Accounts), 2024-25 = 100';

const FINANCIAL_YEAR = /^(\d{4})-(\d{2})$/;

/** "2015-16" -> 2015; null when the text is not a financial year whose halves follow on. */
export function parseFinancialYear(text: string): number | null {
  const m = FINANCIAL_YEAR.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  return (start + 1) % 100 === Number(m[2]) ? start : null;
}

interface Row {
  row: number;
  year: number;
  cells: Record<string, string | number | null>;
}

/** Rows with a valid financial year and cells typed by the rules, each problem named. */
function readYearly(
  input: TextFile,
  rules: Readonly<Record<string, ColumnRule>>,
): { rows: Row[]; issues: DataIssue[] } {
  const { csv, issues } = readCsv(input, 'financial_year');
  if (!csv) return { rows: [], issues };
  const missing = requireColumns(csv, ['financial_year', ...Object.keys(rules)]);
  if (missing.length > 0) return { rows: [], issues: [...issues, ...missing] };
  const years = cellTexts(csv.table, 'financial_year');
  const cells = Object.fromEntries(Object.keys(rules).map((c) => [c, cellTexts(csv.table, c)]));
  const rows: Row[] = [];
  let previous: number | null = null;
  years.forEach((text, i) => {
    const year = text === null ? null : parseFinancialYear(text);
    if (year === null) {
      issues.push({
        ...rowRef(csv, i),
        column: 'financial_year',
        message: `${text === null ? 'is blank' : quote(text)}: expected a financial year such as 2019-20`,
      });
      return;
    }
    if (previous !== null && year <= previous) {
      issues.push({
        ...rowRef(csv, i),
        column: 'financial_year',
        message: `${text} is not after the row above: years must be in order, each once`,
      });
    }
    previous = year;
    const typed: Row['cells'] = {};
    let ok = true;
    for (const [column, rule] of Object.entries(rules)) {
      const parsed = parseCell(cells[column]?.[i] ?? null, rule);
      if (parsed.ok) typed[column] = parsed.value;
      else {
        ok = false;
        issues.push({ ...rowRef(csv, i), column, message: parsed.problem });
      }
    }
    if (ok) rows.push({ row: i + 1, year, cells: typed });
  });
  return { rows, issues };
}

/**
 * Deflators: consecutive years, outturn before forecast, and 100 in one year (the
 * edition's reference year), so that every conversion between two years is defined.
 */
export function parseDeflators(input: TextFile): { deflators: PriceIndex | null; issues: DataIssue[] } {
  const { rows, issues } = readYearly(input, {
    index: { kind: 'number', min: 0, minExclusive: true, what: 'a price index' },
    status: { kind: 'oneOf', values: ['outturn', 'forecast'] },
  });
  rows.forEach((r, i) => {
    const before = rows[i - 1];
    if (before && r.year !== before.year + 1) {
      issues.push({
        file: input.file,
        row: r.row,
        column: 'financial_year',
        message: `follows ${before.year}-${String((before.year + 1) % 100).padStart(2, '0')} with a gap: every year between the first and the last is needed`,
      });
    }
    if (before && before.cells.status === 'forecast' && r.cells.status === 'outturn') {
      issues.push({
        file: input.file,
        row: r.row,
        column: 'status',
        message: 'is outturn after a forecast year: forecasts come last',
      });
    }
  });
  if (rows.length > 0 && !rows.some((r) => r.cells.index === 100)) {
    issues.push({
      file: input.file,
      column: 'index',
      message: 'no year is 100: the reference year is missing',
    });
  }
  if (issues.length > 0 || rows.length === 0) {
    if (rows.length === 0 && issues.length === 0)
      issues.push({ file: input.file, message: 'has no data rows' });
    return { deflators: null, issues };
  }
  const forecast = rows.find((r) => r.cells.status === 'forecast');
  return {
    deflators: {
      edition: DEFLATOR_EDITION,
      years: rows.map((r) => r.year),
      index: rows.map((r) => r.cells.index as number),
      forecastFrom: forecast ? forecast.year : null,
    },
    issues,
  };
}

/** Link worker pay: years in order (gaps allowed: a year not found is left out), each with a date in it. */
export function parseLinkWorkerPay(input: TextFile): { pay: LinkWorkerPay[]; issues: DataIssue[] } {
  const { rows, issues } = readYearly(input, {
    max_reimbursable_gbp: { kind: 'number', integer: true, min: 0, minExclusive: true, what: 'an amount' },
    applies_from: {
      kind: 'text',
      pattern: /^\d{4}-\d{2}-\d{2}$/,
      expected: 'a date such as 2019-04-01',
    },
    source: { kind: 'text' },
  });
  for (const r of rows) {
    const from = String(r.cells.applies_from);
    const start = `${r.year}-04-01`;
    const end = `${r.year + 1}-03-31`;
    // A date that the calendar does not have (2022-04-31) reads back as another day.
    const date = new Date(`${from}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== from) {
      issues.push({
        file: input.file,
        row: r.row,
        column: 'applies_from',
        message: `${quote(from)} is not a date in the calendar`,
      });
      continue;
    }
    if (from < start || from > end) {
      issues.push({
        file: input.file,
        row: r.row,
        column: 'applies_from',
        message: `${quote(from)} is not within the financial year (${start} to ${end})`,
      });
    }
  }
  if (rows.length === 0 && issues.length === 0)
    issues.push({ file: input.file, message: 'has no data rows' });
  return {
    pay: rows.map((r) => ({
      year: r.year,
      amount: r.cells.max_reimbursable_gbp as number,
      appliesFrom: String(r.cells.applies_from),
    })),
    issues,
  };
}
