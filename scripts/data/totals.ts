import { COUNT_COLUMNS, VINTAGES, allAgesColumn } from './london.ts';
import {
  cellTexts,
  parseCell,
  readCsv,
  requireColumns,
  rowRef,
  type ColumnRule,
  type TextFile,
} from '../../src/lib/data/read/csv.ts';
import type { DataIssue } from '../../src/lib/data/read/errors.ts';

/** Areas a published total can cover: all 33 boroughs, or those with this inner_outer value. */
export const TOTAL_AREAS = ['London', 'Inner London', 'Outer London'] as const;
export type TotalArea = (typeof TOTAL_AREAS)[number];

export interface PublishedTotal {
  /** 1-based data row in the totals file, for messages. */
  row: number;
  area: TotalArea;
  /** The data/boroughs.csv column whose boroughs must add up to this total. */
  column: string;
  total: number;
}

/**
 * Totals that must be present: without them the sum checks would quietly stop running
 * if a line were deleted.
 */
export const REQUIRED_TOTALS: readonly { area: TotalArea; column: string }[] = [
  ...COUNT_COLUMNS.map((column) => ({ area: 'London' as const, column })),
  { area: 'Inner London', column: allAgesColumn(VINTAGES[0]?.baseYear ?? 2016) },
];

const RULES: Readonly<Record<string, ColumnRule>> = {
  area: { kind: 'oneOf', values: TOTAL_AREAS },
  column: { kind: 'oneOf', values: COUNT_COLUMNS },
  total: { kind: 'number', integer: true, min: 0, minExclusive: true, what: 'a population total' },
  source: { kind: 'text' },
};

function isArea(value: string): value is TotalArea {
  return (TOTAL_AREAS as readonly string[]).includes(value);
}

export function parseTotals(input: TextFile): { totals: PublishedTotal[]; issues: DataIssue[] } {
  const { csv, issues } = readCsv(input, 'column');
  if (!csv) return { totals: [], issues };
  const missingColumns = requireColumns(csv, Object.keys(RULES));
  if (missingColumns.length > 0) return { totals: [], issues: [...issues, ...missingColumns] };

  const cells = Object.fromEntries(
    Object.keys(RULES).map((column) => [column, cellTexts(csv.table, column)]),
  );
  const totals: PublishedTotal[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < csv.table.numRows(); i++) {
    const parsed: Record<string, string | number | null> = {};
    for (const [column, rule] of Object.entries(RULES)) {
      const result = parseCell(cells[column]?.[i] ?? null, rule);
      if (result.ok) parsed[column] = result.value;
      else issues.push({ ...rowRef(csv, i), column, message: result.problem });
    }
    const { area, column, total } = parsed;
    if (
      typeof area !== 'string' ||
      !isArea(area) ||
      typeof column !== 'string' ||
      typeof total !== 'number'
    ) {
      continue;
    }
    const key = `${area}|${column}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        ...rowRef(csv, i),
        column: 'column',
        message: `repeats the ${area} total of row ${first}`,
      });
      continue;
    }
    seen.set(key, i + 1);
    totals.push({ row: i + 1, area, column, total });
  }
  for (const { area, column } of REQUIRED_TOTALS) {
    if (!seen.has(`${area}|${column}`)) {
      issues.push({
        file: csv.file,
        column: 'column',
        message: `no row gives the ${area} total for ${column}, needed to check the borough figures`,
      });
    }
  }
  return { totals, issues };
}
