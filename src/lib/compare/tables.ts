/** The Compare view's tables: what "Show as table" displays and "Download CSV" writes. Raw numbers, labelled A and B. */
import { money } from '../format.ts';
import type { MetricDef } from '../metrics.ts';
import type { AreaSummary } from '../model/index.ts';
import type { TableData } from '../ui/table.ts';
import type { LevelLabels } from '../data/geography.ts';
import { signed, type BoroughDiff } from './diff.ts';

/** The difference map's table alternative: one row per borough, sorted by B − A. */
export function boroughDiffTable(
  rows: readonly BoroughDiff[],
  def: MetricDef,
  labelA: string,
  labelB: string,
  selected: string,
  words: Pick<LevelLabels, 'area' | 'Area' | 'Group' | 'code'>,
): TableData {
  return {
    caption: `${def.label} by ${words.area} (${def.unit}): A, B and the difference B − A, largest increase first`,
    columns: [
      { key: 'name', label: words.Area },
      { key: 'stp', label: words.Group },
      { key: 'a', label: labelA, numeric: true, format: def.format },
      { key: 'b', label: labelB, numeric: true, format: def.format },
      { key: 'diff', label: 'Difference (B − A)', numeric: true, format: signed(def.format) },
      { key: 'code', label: words.code },
    ],
    rows: rows.map((r) => ({ ...r })),
    rowKey: 'code',
    highlight: selected,
  };
}

/** Gross savings, cost and net for each year under A and B, with the difference in net. */
export function yearlyPairTable(
  areaName: string,
  a: AreaSummary,
  b: AreaSummary,
  years: readonly string[],
): TableData {
  const at = (xs: readonly number[], t: number) => xs[t] ?? 0;
  return {
    caption: `NHS benefits and costs by year in ${areaName}, scenarios A and B (£)`,
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'aGross', label: 'A: NHS benefits (£)', numeric: true, format: money },
      { key: 'aCost', label: 'A: programme cost (£)', numeric: true, format: money },
      { key: 'aNet', label: 'A: NHS net value (£)', numeric: true, format: money },
      { key: 'bGross', label: 'B: NHS benefits (£)', numeric: true, format: money },
      { key: 'bCost', label: 'B: programme cost (£)', numeric: true, format: money },
      { key: 'bNet', label: 'B: NHS net value (£)', numeric: true, format: money },
      { key: 'diff', label: 'NHS net value, B − A (£)', numeric: true, format: signed(money) },
    ],
    rows: years.map((year, t) => ({
      year,
      aGross: at(a.grossByYear, t),
      aCost: at(a.costByYear, t),
      aNet: at(a.netByYear, t),
      bGross: at(b.grossByYear, t),
      bCost: at(b.costByYear, t),
      bNet: at(b.netByYear, t),
      diff: at(b.netByYear, t) - at(a.netByYear, t),
    })),
    rowKey: 'year',
  };
}
