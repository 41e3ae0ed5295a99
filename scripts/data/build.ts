import type { ColumnTable } from 'arquero';
import type { BoroughPopulation, DatasetJson, MapGeometry, NeedIndicator } from '../../src/lib/data/types.ts';
import type { BoroughFacts, DatasetFacts } from './facts.ts';
import { checkMap } from '../map/check.ts';
import { projectMap } from '../map/project.ts';
import {
  BOROUGH_COLUMNS,
  INNER_OUTER,
  LONDON_SHORT,
  REQUIRED_BOROUGH_COLUMNS,
  VINTAGES,
  allAgesColumn,
  londonGeography,
} from './london.ts';
import {
  cellTexts,
  readCsv,
  requireColumns,
  typeColumns,
  type TextFile,
  type TypedCsv,
} from '../../src/lib/data/read/csv.ts';
import type { DataIssue } from '../../src/lib/data/read/errors.ts';
import { joinBoundaries, parseBoundaries, type BoroughForMap, type BoroughTopology } from './geometry.ts';
import { checkNeedIndexMeans, computeNeedIndex, type NeedInput } from '../../src/lib/data/read/need-index.ts';
import { parseTotals } from './totals.ts';
import { checkAgeBands, checkCcgs, checkCodes, checkStps, checkTotals } from './validate.ts';
import { parseDeflators, parseLinkWorkerPay } from './yearly-tables.ts';

export interface BuildInputs {
  boroughs: TextFile;
  totals: TextFile;
  deflators: TextFile;
  linkWorkerPay: TextFile;
  /** vega-datasets' londonBoroughs.json. */
  boundaries: TextFile;
}

export type BuildResult =
  { ok: true; dataset: DatasetFacts; map: MapGeometry } | { ok: false; issues: DataIssue[] };

/**
 * The dataset the page loads: the build's result without the facts only the build reads,
 * and without the need index, which the page works out from the indicators as it loads.
 */
export function pageDataset(facts: DatasetFacts): DatasetJson {
  const boroughs = facts.boroughs.map(({ code, name, short, populations, indicators }) => ({
    code,
    name,
    short,
    populations: populations.map(({ allAges, adults18, older65 }) => ({ allAges, adults18, older65 })),
    indicators: {
      qofDiabetes: indicators.qofDiabetes,
      qofCopd: indicators.qofCopd,
      qofHypertension: indicators.qofHypertension,
      qofDepression: indicators.qofDepression,
      imd2015: indicators.imd2015,
    },
  }));
  return { ...facts, boroughs };
}

/**
 * Validates every input, collecting all problems, and only then builds the outputs:
 * the dataset and the map, projected here so the page never does. Pure: no I/O.
 */
export function buildData(inputs: BuildInputs): BuildResult {
  const issues: DataIssue[] = [];
  const { csv, issues: readIssues } = readCsv(inputs.boroughs);
  const { totals, issues: totalIssues } = parseTotals(inputs.totals);
  const { deflators, issues: deflatorIssues } = parseDeflators(inputs.deflators);
  const { pay, issues: payIssues } = parseLinkWorkerPay(inputs.linkWorkerPay);
  const { boundaries, issues: boundaryIssues } = parseBoundaries(
    inputs.boundaries.text,
    inputs.boundaries.file,
  );
  issues.push(...readIssues, ...totalIssues, ...deflatorIssues, ...payIssues, ...boundaryIssues);
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
  if (issues.length > 0 || topology === null || deflators === null)
    return { ok: false, issues: inReadingOrder(issues) };

  let dataset: DatasetFacts;
  try {
    dataset = { ...assemble(t.typed.orderby('code')), deflators, linkWorkerPay: pay };
  } catch (err) {
    // e.g. an indicator that is 0 in every borough cannot be normalised.
    return { ok: false, issues: [{ file: inputs.boroughs.file, message: (err as Error).message }] };
  }
  const problems = dataset.vintages.flatMap((v, vi) =>
    checkNeedIndexMeans(
      dataset.boroughs.map((b) => needInput(b, vi)),
      dataset.boroughs.map((b) => ({ needIndex: (b.populations[vi] as BoroughPopulation).needIndex })),
    ).map((p) => `${v.id}: ${p}`),
  );
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

/** The need-index input of a borough, weighted with the base populations of vintage vi. */
function needInput(
  b: Pick<BoroughFacts, 'code' | 'indicators'> & {
    populations: Pick<BoroughPopulation, 'adults18' | 'older65'>[];
  },
  vi: number,
): NeedInput {
  const { qofDiabetes, qofCopd, qofHypertension, qofDepression, imd2015 } = b.indicators;
  const pop = b.populations[vi];
  if (!pop) throw new Error(`internal: ${b.code} has no population for vintage ${vi}`);
  const indicators: Record<NeedIndicator, number | null> = {
    qofDiabetes,
    qofCopd,
    qofHypertension,
    qofDepression,
    imd2015,
  };
  return { code: b.code, adults18: pop.adults18, older65: pop.older65, indicators };
}

type Populations = Omit<BoroughPopulation, 'needIndex'>[];
type Partial = Omit<BoroughFacts, 'populations' | 'missingIndicators'> & { populations: Populations };

/** Builds the Dataset (but its yearly tables) from a validated table sorted by code. */
function assemble(t: ColumnTable): Omit<DatasetFacts, 'deflators' | 'linkWorkerPay'> {
  const partial = Array.from({ length: t.numRows() }, (_, i): Partial => {
    const innerOuter = INNER_OUTER.find((v) => v === text(t, 'inner_outer', i));
    if (!innerOuter) throw new Error(`internal: inner_outer[${i}] not validated`);
    const code = text(t, 'code', i);
    return {
      code,
      name: text(t, 'name', i),
      short: LONDON_SHORT[code] ?? code.slice(-3),
      innerOuter,
      stpCode: text(t, 'stp_code', i),
      ccg2016: {
        name: text(t, 'ccg_2016_name', i),
        ods: text(t, 'ccg_2016_ods', i),
        gss: text(t, 'ccg_2016_gss', i),
        note: optionalText(t, 'ccg_note', i) ?? '',
      },
      populations: VINTAGES.map((v) => ({
        allAges: v.years.map((year) => number(t, allAgesColumn(year), i)),
        adults18: number(t, v.adults, i),
        older65: number(t, v.older, i),
      })),
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
  });
  const need = VINTAGES.map((_, vi) => computeNeedIndex(partial.map((b) => needInput(b, vi))));
  const boroughs: BoroughFacts[] = partial.map((b, i) => {
    const populations = b.populations.map((p, vi) => {
      const n = need[vi]?.[i];
      if (!n) throw new Error(`internal: no need index for ${b.code}`);
      return { ...p, needIndex: n.needIndex };
    });
    // Which indicators are missing does not depend on the weights.
    const missingIndicators = need[0]?.[i]?.missingIndicators ?? [];
    return { ...b, populations, missingIndicators };
  });

  const geography = londonGeography(
    boroughs.map((b, i) => ({
      code: b.code,
      innerOuter: b.innerOuter,
      stpCode: b.stpCode,
      stpName: text(t, 'stp_name', i),
    })),
  );
  const vintages = VINTAGES.map(({ id, label, baseYear, years }) => ({
    id,
    label,
    baseYear,
    years: [...years],
  }));
  return { vintages, boroughs, geography };
}
