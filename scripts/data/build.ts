import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Borough, Dataset, MapGeometry, NeedIndicator, Stp } from '../../src/lib/data/types.ts';
import { checkMap } from '../map/check.ts';
import { projectMap } from '../map/project.ts';
import {
  ADULTS_COLUMN,
  BASE_YEAR,
  BOROUGH_COLUMNS,
  INNER_OUTER,
  OLDER_COLUMN,
  POP_COLUMNS,
  POP_YEARS,
  REQUIRED_BOROUGH_COLUMNS,
} from './boroughs.ts';
import { cellTexts, readCsv, requireColumns, typeColumns, type TextFile, type TypedCsv } from './csv.ts';
import type { DataIssue } from './errors.ts';
import { joinBoundaries, parseBoundaries, type BoroughForMap, type BoroughTopology } from './geometry.ts';
import { checkNeedIndexMeans, computeNeedIndex, type NeedInput } from './need-index.ts';
import { parseTotals } from './totals.ts';
import { checkAgeBands, checkCcgs, checkCodes, checkStps, checkTotals } from './validate.ts';

export interface BuildInputs {
  boroughs: TextFile;
  totals: TextFile;
  /** vega-datasets' londonBoroughs.json. */
  boundaries: TextFile;
}

export type BuildResult =
  { ok: true; dataset: Dataset; map: MapGeometry } | { ok: false; issues: DataIssue[] };

/**
 * Validates every input, collecting all problems, and only then builds the outputs:
 * the dataset and the map, projected here so the page never does. Pure: no I/O.
 */
export function buildData(inputs: BuildInputs): BuildResult {
  const issues: DataIssue[] = [];
  const { csv, issues: readIssues } = readCsv(inputs.boroughs);
  const { totals, issues: totalIssues } = parseTotals(inputs.totals);
  const { boundaries, issues: boundaryIssues } = parseBoundaries(
    inputs.boundaries.text,
    inputs.boundaries.file,
  );
  issues.push(...readIssues, ...totalIssues, ...boundaryIssues);
  if (!csv) return { ok: false, issues: inReadingOrder(issues) };

  const { result: t, issues: cellIssues } = typeColumns(csv, BOROUGH_COLUMNS);
  issues.push(
    ...requireColumns(csv, REQUIRED_BOROUGH_COLUMNS),
    ...cellIssues,
    ...checkCodes(csv),
    ...checkStps(t),
    ...checkCcgs(t),
    ...checkAgeBands(t),
    ...checkTotals(t, totals, inputs.totals.file),
  );
  let topology: BoroughTopology | null = null;
  if (boundaries) {
    const joined = joinBoundaries(boundaries, boroughsForMap(t), {
      boundaries: inputs.boundaries.file,
      boroughs: inputs.boroughs.file,
    });
    issues.push(...joined.issues);
    topology = joined.topology;
  }
  if (issues.length > 0 || topology === null) return { ok: false, issues: inReadingOrder(issues) };

  let dataset: Dataset;
  try {
    dataset = assemble(t.typed.orderby('code'));
  } catch (err) {
    // e.g. an indicator that is 0 in every borough cannot be normalised.
    return { ok: false, issues: [{ file: inputs.boroughs.file, message: (err as Error).message }] };
  }
  const problems = checkNeedIndexMeans(dataset.boroughs.map(needInput), dataset.boroughs);
  if (problems.length > 0) {
    return { ok: false, issues: problems.map((message) => ({ file: inputs.boroughs.file, message })) };
  }
  const map = projectMap(topology, dataset);
  const mapProblems = checkMap(map, dataset);
  if (mapProblems.length > 0) {
    return {
      ok: false,
      issues: mapProblems.map((message) => ({ file: inputs.boundaries.file, message: `map: ${message}` })),
    };
  }
  return { ok: true, dataset, map };
}

/** Row problems top to bottom within each file, then the whole-column ones (sums, missing codes). */
function inReadingOrder(issues: readonly DataIssue[]): DataIssue[] {
  const fileOrder = [...new Set(issues.map((i) => i.file))];
  return [...issues].sort(
    (a, b) =>
      fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) ||
      (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER),
  );
}

function boroughsForMap(t: TypedCsv): BoroughForMap[] {
  const names = t.csv.header.includes('name') ? cellTexts(t.csv.table, 'name') : [];
  const stps = t.csv.header.includes('stp_code') ? cellTexts(t.typed, 'stp_code') : [];
  return names.map((name, i) => ({ row: i + 1, code: t.csv.codes[i] ?? null, name, stp: stps[i] ?? null }));
}

// Readers for a table that has passed validation: a wrong type here is a bug in the checks.
function text(t: ColumnTable, column: string, row: number): string {
  const v = t.get(column, row);
  if (typeof v !== 'string') throw new Error(`internal: ${column}[${row}] is not text after validation`);
  return v;
}
function optionalText(t: ColumnTable, column: string, row: number): string | null {
  const v = t.get(column, row);
  return v === null || v === undefined ? null : text(t, column, row);
}
function optionalNumber(t: ColumnTable, column: string, row: number): number | null {
  const v = t.get(column, row);
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number') throw new Error(`internal: ${column}[${row}] is not a number after validation`);
  return v;
}
function number(t: ColumnTable, column: string, row: number): number {
  const v = optionalNumber(t, column, row);
  if (v === null) throw new Error(`internal: ${column}[${row}] is blank after validation`);
  return v;
}

function needInput(b: Pick<Borough, 'code' | 'adults18' | 'older65' | 'indicators'>): NeedInput {
  const { qofDiabetes, qofCopd, qofHypertension, qofDepression, imd2015 } = b.indicators;
  const indicators: Record<NeedIndicator, number | null> = {
    qofDiabetes,
    qofCopd,
    qofHypertension,
    qofDepression,
    imd2015,
  };
  return { code: b.code, adults18: b.adults18, older65: b.older65, indicators };
}

/** Builds the Dataset from a validated table sorted by code. */
function assemble(t: ColumnTable): Dataset {
  const partial = Array.from(
    { length: t.numRows() },
    (_, i): Omit<Borough, 'needIndex' | 'missingIndicators'> => {
      const innerOuter = INNER_OUTER.find((v) => v === text(t, 'inner_outer', i));
      if (!innerOuter) throw new Error(`internal: inner_outer[${i}] not validated`);
      return {
        code: text(t, 'code', i),
        name: text(t, 'name', i),
        innerOuter,
        stpCode: text(t, 'stp_code', i),
        ccg2016: {
          name: text(t, 'ccg_2016_name', i),
          ods: text(t, 'ccg_2016_ods', i),
          gss: text(t, 'ccg_2016_gss', i),
          note: optionalText(t, 'ccg_note', i) ?? '',
        },
        popAllAges: POP_COLUMNS.map((column) => number(t, column, i)),
        adults18: number(t, ADULTS_COLUMN, i),
        older65: number(t, OLDER_COLUMN, i),
        indicators: {
          qofDiabetes: optionalNumber(t, 'qof1617_diabetes_pct_17plus', i),
          qofCopd: optionalNumber(t, 'qof1617_copd_pct', i),
          qofHypertension: optionalNumber(t, 'qof1617_hypertension_pct', i),
          qofDepression: optionalNumber(t, 'qof1617_depression_pct_18plus', i),
          imd2015: optionalNumber(t, 'imd2015_avg_score', i),
          imd2015Rank: optionalNumber(t, 'imd2015_rank_of_326', i),
        },
        inlandAreaHectares: optionalNumber(t, 'inland_area_hectares', i),
      };
    },
  );
  const need = computeNeedIndex(partial.map(needInput));
  const boroughs: Borough[] = partial.map((b, i) => {
    const n = need[i];
    if (!n) throw new Error(`internal: no need index for ${b.code}`);
    return { ...b, needIndex: n.needIndex, missingIndicators: n.missingIndicators };
  });

  const stpTable = t
    .groupby('stp_code')
    .rollup({ name: op.any('stp_name'), members: op.array_agg('code') })
    .orderby('stp_code');
  const stps: Stp[] = Array.from({ length: stpTable.numRows() }, (_, i) => {
    const members = stpTable.get('members', i);
    return {
      code: text(stpTable, 'stp_code', i),
      name: text(stpTable, 'name', i),
      boroughs: (Array.isArray(members) ? members.map(String) : []).sort(),
    };
  });
  return { baseYear: BASE_YEAR, popYears: [...POP_YEARS], boroughs, stps };
}
