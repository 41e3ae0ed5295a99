/** The STP chart's data and words: gross savings against programme cost for each STP. */
import type { AreaResult, AreaSummary } from '../../model/index.ts';
import { money, roi } from '../../format.ts';
import type { TableData } from '../../ui/table.ts';
import { discountNote, joinParts, yearSpan } from '../axes/words.ts';

export interface StpRow {
  code: string;
  name: string;
  gross: number;
  cost: number;
  net: number;
  roi: number | null;
}

export function stpRows(stps: readonly AreaResult[], summaries: ReadonlyMap<string, AreaSummary>): StpRow[] {
  return stps.flatMap((a) => {
    const s = summaries.get(a.id);
    return s ? [{ code: a.id, name: a.name, gross: s.gross, cost: s.cost, net: s.net, roi: s.roi }] : [];
  });
}

const COUNT = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n: number) => COUNT[n] ?? String(n);
const capital = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

/** A headline computed from the data: how many STPs save more than they spend. */
export function stpTitle(rows: readonly StpRow[]): string {
  const n = rows.length;
  const k = rows.filter((r) => r.net > 0).length;
  if (n === 0) return 'No STPs to compare';
  if (k === n)
    return n === 1 ? 'The STP saves more than it spends' : `All ${count(n)} STPs save more than they spend`;
  if (k === 0) return `None of the ${count(n)} STPs saves more than it spends`;
  return `${capital(count(k))} of the ${count(n)} STPs save${k === 1 ? 's' : ''} more than ${k === 1 ? 'it spends' : 'they spend'}`;
}

export function stpSubtitle(years: readonly string[], discount: number): string {
  return joinParts(`Gross savings and programme cost in £, total ${yearSpan(years)}`, discountNote(discount));
}

/** Net as words for the chart: "net £45.6m" or "net −£5.6m". */
export function netText(net: number): string {
  return `Net ${money(net)}`;
}

/** The group's accessible name: the visible text in reading order (WCAG 2.5.3 label in name). */
export function stpDescription(row: StpRow): string {
  return `${row.name}, ${netText(row.net)}, ${money(row.gross)} saved, ${money(row.cost)} cost`;
}

export function stpTable(rows: readonly StpRow[], selected: string): TableData {
  return {
    caption: 'Gross savings, programme cost and net savings by STP (£)',
    rowKey: 'code',
    highlight: selected,
    columns: [
      { key: 'name', label: 'STP' },
      { key: 'code', label: 'GSS code' },
      { key: 'gross', label: 'Gross savings', numeric: true, format: money },
      { key: 'cost', label: 'Programme cost', numeric: true, format: money },
      { key: 'net', label: 'Net savings', numeric: true, format: money },
      { key: 'roi', label: 'Saved per £1 spent', numeric: true, format: (v) => roi(v) },
    ],
    rows: rows.map((r) => ({ ...r })),
  };
}
