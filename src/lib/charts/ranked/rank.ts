import type { LevelLabels } from '../../data/geography.ts';
/** The ranked chart's data and words: boroughs sorted by the chosen metric. */
import type { Summaries } from '../../model/index.ts';
import type { MetricDef } from '../../metrics.ts';
import type { MetricId } from '../../state/view-state.ts';
import type { ExtraColumns, TableData } from '../../ui/table.ts';
import { byName } from '../../by-name.ts';
import { discountNote, joinParts, yearSpan } from '../axes/words.ts';

export interface RankedRow {
  code: string;
  name: string;
  value: number;
  /** 1 = highest value. */
  rank: number;
}

/** Boroughs from highest to lowest value; ties in name order so the order is stable. */
export function rankAreas(
  areas: readonly { id: string; name: string }[],
  summaries: Summaries,
  def: MetricDef,
): RankedRow[] {
  const { columns, index } = summaries;
  return areas
    .flatMap((a) => {
      const i = index.get(a.id);
      return i === undefined ? [] : [{ code: a.id, name: a.name, value: def.at(columns, i) }];
    })
    .sort((a, b) => b.value - a.value || byName(a, b))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}

const QUESTION: Record<MetricId, string> = {
  people: 'Where most people could benefit',
  perThousand: 'Where need is highest: people who could benefit per 1,000 adults',
  supported: 'Where most people are supported',
  supportedPerThousand: 'Where most are supported for their size: people supported per 1,000 adults',
  fte: 'Where most link workers are needed or in post',
  hospital: 'Where most hospital activity is avoided',
  primaryCare: 'Where most GP time is released',
  gross: 'Which {areas} benefit most: NHS benefits',
  net: 'Which {areas} gain most: net present value to the NHS',
  bcr: 'Which {areas} get most back for each £1: NHS benefit-cost ratio',
  netPerHead: 'Which {areas} gain most per resident: NHS net present value per head',
  wellbeing: 'Where wellbeing gains most (valued in WELLBYs, not NHS money)',
};

/** The ranked chart's question; `areas` names the areas ranked ("boroughs"). */
export function rankedTitle(metric: MetricId, areas: string): string {
  return QUESTION[metric].replace('{areas}', areas);
}

/** Units and years: those who could benefit are counted in the first year, the rest over the horizon. */
export function rankedSubtitle(metric: MetricId, years: readonly string[], discount: number): string {
  const first = `${years[0] ?? ''}, the first modelled year`;
  const total = `total ${yearSpan(years)}`;
  const pv = discountNote(discount);
  switch (metric) {
    case 'people':
      return `People, ${first}`;
    case 'perThousand':
      return `People per 1,000 adults aged 18+, ${first}`;
    case 'supported':
      return `People starting, ${total}`;
    case 'supportedPerThousand':
      return `People starting per 1,000 adults aged 18+, ${total}`;
    case 'fte':
      return `Full-time equivalent, in the year with the most, ${yearSpan(years)}`;
    case 'hospital':
    case 'primaryCare':
    case 'gross':
    case 'net':
    case 'wellbeing':
      return joinParts('£', total, pv);
    case 'bcr':
      return joinParts('£ of NHS benefit per £1 of cost', yearSpan(years), pv);
    case 'netPerHead':
      return joinParts('£ per resident', total, pv);
  }
}

/** Up to this many areas the chart shows every one; past it, the highest and lowest and the selected. */
export const RANKED_ALL_UP_TO = 60;
/** How many of the highest, and of the lowest, the chart shows past RANKED_ALL_UP_TO areas. */
export const RANKED_EDGE = 25;

/** A line of the ranked chart: an area, or the areas left out between two shown ones (ranks from..to). */
export type RankedItem =
  { row: RankedRow; gap?: undefined } | { row?: undefined; gap: { from: number; to: number } };

/**
 * What the chart draws of the ranked rows: all of them up to RANKED_ALL_UP_TO; past that
 * (thousands of PCNs, practices or LSOAs), the RANKED_EDGE highest and lowest, the
 * selected area wherever it ranks, and a line for each run of areas left out (the chart's
 * table lists them all).
 */
export function rankedShown(rows: readonly RankedRow[], selected: string): RankedItem[] {
  if (rows.length <= RANKED_ALL_UP_TO) return rows.map((row) => ({ row }));
  const keep = (r: RankedRow, i: number) =>
    i < RANKED_EDGE || i >= rows.length - RANKED_EDGE || r.code === selected;
  const items: RankedItem[] = [];
  let from = 0;
  rows.forEach((row, i) => {
    if (keep(row, i)) {
      if (from > 0) items.push({ gap: { from, to: i } });
      from = 0;
      items.push({ row });
    } else if (from === 0) from = i + 1;
  });
  return items;
}

/** Names that fit a narrow label column: "Kensington & Chelsea". */
export function shortName(name: string): string {
  return name.replace(/ and /g, ' & ');
}

export function rankedDescription(rows: readonly RankedRow[], def: MetricDef, areas: string): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return `No ${areas} to rank by ${def.label.toLowerCase()}.`;
  const below = def.scale === 'diverging' ? rows.filter((r) => r.value < def.midpoint).length : 0;
  const belowText = below > 0 ? ` ${below} of ${rows.length} are below ${def.format(def.midpoint)}.` : '';
  return (
    `${rows.length} ${areas} ranked by ${def.label.toLowerCase()}: highest ${first.name} ` +
    `(${def.format(first.value)}), lowest ${last.name} (${def.format(last.value)}).${belowText}`
  );
}

/** `extra` adds columns by borough code (the Monte Carlo ranges of net savings once known). */
export function rankedTable(
  rows: readonly RankedRow[],
  def: MetricDef,
  selected: string,
  words: Pick<LevelLabels, 'Area' | 'Areas' | 'code'>,
  extra: ExtraColumns | null = null,
): TableData {
  return {
    caption: `${words.Areas} ranked by ${def.label.toLowerCase()} (${def.unit})`,
    rowKey: 'code',
    highlight: selected,
    columns: [
      { key: 'name', label: words.Area },
      { key: 'code', label: words.code },
      { key: 'rank', label: 'Rank', numeric: true },
      { key: 'value', label: def.label, numeric: true, format: def.format },
      ...(extra?.columns ?? []),
    ],
    rows: rows.map((r) => ({
      name: r.name,
      code: r.code,
      rank: r.rank,
      value: r.value,
      ...extra?.cells(r.code),
    })),
  };
}
