import type { LevelNames } from '../../data/types.ts';
/** The ICB chart's data and words: NHS benefits against cost for each of London's five ICBs. */
import type { AreaResult, AreaSummary } from '../../model/index.ts';
import { money, ratio } from '../../format.ts';
import type { TableData } from '../../ui/table.ts';
import { discountNote, joinParts, yearSpan } from '../axes/words.ts';

export interface StpRow {
  code: string;
  name: string;
  gross: number;
  cost: number;
  net: number;
  bcr: number | null;
}

export function stpRows(stps: readonly AreaResult[], summaries: ReadonlyMap<string, AreaSummary>): StpRow[] {
  return stps.flatMap((a) => {
    const s = summaries.get(a.id);
    return s ? [{ code: a.id, name: a.name, gross: s.gross, cost: s.cost, net: s.net, bcr: s.bcrNhs }] : [];
  });
}

const COUNT = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n: number) => COUNT[n] ?? String(n);

/** A headline computed from the data: in how many groups (ICBs) NHS benefits exceed the cost. */
export function stpTitle(rows: readonly StpRow[], groups: LevelNames): string {
  const n = rows.length;
  const k = rows.filter((r) => r.net > 0).length;
  if (n === 0) return `No ${groups.plural} to compare`;
  if (n === 1)
    return k === 1
      ? `NHS benefits exceed the ${groups.singular}'s cost`
      : `NHS benefits fall short of the ${groups.singular}'s cost`;
  const which =
    k === n ? `all ${count(n)}` : k === 0 ? `none of the ${count(n)}` : `${count(k)} of the ${count(n)}`;
  return `NHS benefits exceed the cost in ${which} ${groups.plural}`;
}

export function stpSubtitle(years: readonly string[], discount: number): string {
  return joinParts(`NHS benefits and cost in £, total ${yearSpan(years)}`, discountNote(discount));
}

/** Net as words for the chart: "NPV £45.6m" or "NPV −£5.6m". */
export function netText(net: number): string {
  return `NPV ${money(net)}`;
}

/** The group's accessible name: the visible text in reading order (WCAG 2.5.3 label in name). */
export function stpDescription(row: StpRow): string {
  return `${row.name}, ${netText(row.net)}, ${money(row.gross)} NHS benefits, ${money(row.cost)} cost`;
}

export function stpTable(rows: readonly StpRow[], selected: string, group: string): TableData {
  return {
    caption: `NHS benefits, cost and net present value by ${group} (£)`,
    rowKey: 'code',
    highlight: selected,
    columns: [
      { key: 'name', label: group },
      { key: 'code', label: 'Code' },
      { key: 'gross', label: 'NHS benefits', numeric: true, format: money },
      { key: 'cost', label: 'Cost', numeric: true, format: money },
      { key: 'net', label: 'NHS net present value', numeric: true, format: money },
      { key: 'bcr', label: 'Benefit per £1 of cost', numeric: true, format: (v) => ratio(v) },
    ],
    rows: rows.map((r) => ({ ...r })),
  };
}
