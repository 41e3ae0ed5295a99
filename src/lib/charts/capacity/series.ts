/**
 * The capacity chart's data and words: for each year, the social prescribing starts
 * wanted (demand), what the link workers can take (FTE x caseload), the starts made
 * and the gap between them. Social prescribing only: expert patient courses need no
 * link worker. Pure, so the arithmetic and the headline can be tested.
 */
import { format } from 'd3-format';
import {
  COHORTS,
  COHORT_INFO,
  type AreaResult,
  type AreaSummary,
  type Delivery,
  type Interval,
} from '../../model/index.ts';
import { fte, people, runsShare } from '../../format.ts';
import { NHS, SERIES, overWhite } from '../../palette.ts';
import type { TableData } from '../../ui/table.ts';
import { joinParts, yearSpan } from '../axes/words.ts';

export interface CapacitySettings {
  delivery: Delivery;
  /** People a link worker supports a year (the register's lwCaseload). */
  caseload: number;
}

export interface CapacityDatum {
  year: string;
  index: number;
  /** Social prescribing starts wanted: those who would start, were there link workers enough. */
  demand: number;
  /** Social prescribing starts made. */
  supported: number;
  /** demand - supported (never below zero). */
  unmet: number;
  /** Starts the link workers can take, FTE x caseload: in post (capacity-led), needed or it would take. */
  capacity: number;
  fte: number;
  /** The 90% range of link workers over the Monte Carlo runs: in every year or none. */
  fteLow?: number;
  fteHigh?: number;
}

/** Below this many people a gap is rounding, not unmet need. */
const NONE = 0.5;

/** Social prescribing's share of a [cohort][year] array, per year. */
function spByYear(byCohort: readonly (readonly number[])[], T: number): number[] {
  const out = new Array<number>(T).fill(0);
  COHORTS.forEach((c, ci) => {
    if (COHORT_INFO[c].programme !== 'sp') return;
    const ys = byCohort[ci] ?? [];
    for (let t = 0; t < T; t++) out[t] = (out[t] as number) + (ys[t] ?? 0);
  });
  return out;
}

export function capacitySeries(
  area: AreaResult,
  summary: AreaSummary,
  years: readonly string[],
  settings: CapacitySettings,
  /** Link workers per year over the runs; ignored unless there is one for every year. */
  band: readonly Interval[] | null = null,
): CapacityDatum[] {
  const T = years.length;
  const demand = spByYear(area.demand, T);
  const supported = spByYear(area.starts, T);
  const ranges = band?.length === T ? band : null;
  return years.map((year, t) => {
    const d = demand[t] as number;
    const s = supported[t] as number;
    const f = summary.fteByYear[t] ?? 0;
    return {
      year,
      index: t,
      demand: d,
      supported: s,
      unmet: Math.max(0, d - s),
      capacity: f * settings.caseload,
      fte: f,
      ...(ranges ? { fteLow: ranges[t]?.p5 ?? 0, fteHigh: ranges[t]?.p95 ?? 0 } : {}),
    };
  });
}

/** The people panel's extent: zero to the largest of demand, capacity and starts (0 to 100 when all are zero). */
export function peopleExtent(data: readonly CapacityDatum[]): [number, number] {
  const hi = Math.max(0, ...data.flatMap((d) => [d.demand, d.capacity, d.supported]));
  return [0, hi > 0 ? hi : 100];
}

/** The link worker panel's extent, with the runs' latest range kept in view (as the yearly chart does). */
export function fteExtent(
  data: readonly CapacityDatum[],
  reserve: readonly Interval[] | null = null,
): [number, number] {
  let hi = Math.max(0, ...data.map((d) => Math.max(d.fte, d.fteHigh ?? 0)));
  if (reserve?.length === data.length) hi = Math.max(hi, ...reserve.map((r) => r.p95));
  return [0, hi > 0 ? hi : 1];
}

/** People axis labels: "0", "50k", "120k", "1.2M". */
export const peopleTick = (v: number): string => (v === 0 ? '0' : format('~s')(v));

/** What the link workers are, in each way of delivering: the lower panel's heading and the table's column. */
export const LINK_WORKERS: Record<Delivery, string> = {
  capacityLed: 'Link workers in post',
  demandLed: 'Link workers needed',
  perStart: 'Link workers it would take',
};

const total = (data: readonly CapacityDatum[], key: 'demand' | 'unmet') =>
  data.reduce((a, d) => a + d[key], 0);

/** The headline: what the last year shows, in numbers taken from the data. */
export function capacityTitle(data: readonly CapacityDatum[], delivery: Delivery): string {
  const last = data[data.length - 1];
  if (!last || total(data, 'demand') < NONE) return 'No one would start social prescribing in this scenario';
  if (delivery === 'demandLed') return `Demand needs ${fte(last.fte)} link workers by ${last.year}`;
  if (delivery === 'perStart') return `Demand would take ${fte(last.fte)} link workers by ${last.year}`;
  if (data.every((d) => d.capacity <= 0))
    return 'With no link workers in post, no one can start social prescribing';
  if (total(data, 'unmet') < NONE)
    return 'Link workers in post can support everyone who would start, every year';
  if (last.unmet < NONE) return `Link workers can support everyone who would start by ${last.year}`;
  return `Link workers can support ${runsShare(last.supported / last.demand)} of those who would start in ${last.year}`;
}

export function capacitySubtitle(areaName: string, years: readonly string[], caseload: number): string {
  return `${areaName}: ${joinParts(
    'social prescribing, people a year and link workers (full-time equivalent)',
    yearSpan(years),
    `${people(caseload)} people a link worker a year`,
  )}`;
}

/** Whether some year has unmet need to draw. */
export const hasGap = (data: readonly CapacityDatum[]): boolean => data.some((d) => d.unmet >= NONE);

/** Whether an area of several boroughs has spare places in one while need goes unmet in another. */
export function strandedCapacity(data: readonly CapacityDatum[], boroughs: number): boolean {
  return boroughs > 1 && data.some((d) => d.unmet >= NONE && d.capacity - d.supported >= NONE);
}

/** The note under the chart: what is counted, and how link workers follow from it. */
export function capacityFootnote(settings: CapacitySettings, stranded: boolean): string {
  const only = 'Social prescribing only: expert patient programme courses need no link worker.';
  const n = people(settings.caseload);
  if (settings.delivery === 'capacityLed')
    return (
      `${only} Capacity = link workers in post × ${n} people a year.` +
      (stranded
        ? ' It is counted borough by borough: spare places in one borough do not meet need in another.'
        : '')
    );
  if (settings.delivery === 'demandLed')
    return `${only} Demand-led: everyone who would start is supported; link workers needed = starts ÷ ${n}.`;
  return `${only} Costed per start, as in 2017: link workers do not limit starts; those it would take = starts ÷ ${n}.`;
}

/** What a screen reader hears for the chart image. */
export function capacityDescription(
  areaName: string,
  data: readonly CapacityDatum[],
  delivery: Delivery,
): string {
  const first = data[0];
  const last = data[data.length - 1];
  if (!first || !last) return `Chart for ${areaName}: no years to show.`;
  const span = yearSpan(data.map((d) => d.year));
  const lw = LINK_WORKERS[delivery].toLowerCase();
  const year = (d: CapacityDatum) =>
    delivery === 'capacityLed'
      ? `in ${d.year}, ${people(d.demand)} would start, ${fte(d.fte)} ${lw} can support ${people(d.capacity)} and ${people(d.supported)} are supported`
      : `in ${d.year}, ${people(d.supported)} start with ${fte(d.fte)} ${lw}`;
  const gap =
    delivery === 'capacityLed'
      ? ` Unmet need: ${people(last.unmet)} in ${last.year}, ${people(total(data, 'unmet'))} over the years.`
      : ' Everyone who would start is supported.';
  const range =
    last.fteLow !== undefined && last.fteHigh !== undefined
      ? ` In 90% of runs the ${lw} in ${last.year} number between ${fte(last.fteLow)} and ${fte(last.fteHigh)}.`
      : '';
  return (
    `Bar chart of social prescribing for ${areaName}, ${span}: ${year(first)}; ${year(last)}.` +
    `${gap}${range} The table view lists every year.`
  );
}

/** The chart as a table: one row a year, raw numbers for the CSV. */
export function capacityTable(
  areaName: string,
  data: readonly CapacityDatum[],
  delivery: Delivery,
): TableData {
  const capacityLed = delivery === 'capacityLed';
  const band = data[0]?.fteLow !== undefined;
  const lw = LINK_WORKERS[delivery];
  return {
    caption: `Social prescribing by year, ${areaName}: people a year and link workers (full-time equivalent)`,
    rowKey: 'year',
    columns: [
      { key: 'year', label: 'Financial year' },
      { key: 'demand', label: 'Would start (demand)', numeric: true, format: people },
      ...(capacityLed
        ? [{ key: 'capacity', label: 'Capacity (link workers × caseload)', numeric: true, format: people }]
        : []),
      { key: 'supported', label: 'People supported', numeric: true, format: people },
      ...(capacityLed ? [{ key: 'unmet', label: 'Unmet need', numeric: true, format: people }] : []),
      { key: 'fte', label: `${lw} (FTE)`, numeric: true, format: fte },
      ...(band
        ? [
            { key: 'fteLow', label: `${lw}, 90% of runs from`, numeric: true, format: fte },
            { key: 'fteHigh', label: `${lw}, 90% of runs to`, numeric: true, format: fte },
          ]
        : []),
    ],
    rows: data.map((d) => ({
      year: d.year,
      demand: d.demand,
      ...(capacityLed ? { capacity: d.capacity } : {}),
      supported: d.supported,
      ...(capacityLed ? { unmet: d.unmet } : {}),
      fte: d.fte,
      ...(band ? { fteLow: d.fteLow ?? null, fteHigh: d.fteHigh ?? null } : {}),
    })),
  };
}

/** Colours of the chart's marks; each mark also has its own shape (bar, hatching, tick, dashes). */
export const CAPACITY_COLOURS = {
  supported: SERIES.sp,
  unmet: NHS.red,
  unmetFill: overWhite(NHS.red, 0.12),
  demand: NHS.black,
  capacity: NHS.black,
  fte: NHS.midGrey,
} as const;

export interface CapacityLegendItem {
  key: string;
  label: string;
  colour: string;
  mark: 'bar' | 'hatch' | 'tick' | 'dashed' | 'whisker';
}

/** The legend, in the order the marks are drawn; unmet need only where there is some to draw. */
export function capacityLegend(
  settings: CapacitySettings,
  banded: boolean,
  gap = true,
): CapacityLegendItem[] {
  const capacityLed = settings.delivery === 'capacityLed';
  const lw = LINK_WORKERS[settings.delivery];
  const C = CAPACITY_COLOURS;
  return [
    { key: 'supported', label: 'People supported', colour: C.supported, mark: 'bar' },
    ...(capacityLed && gap
      ? [{ key: 'unmet', label: 'Unmet need', colour: C.unmet, mark: 'hatch' as const }]
      : []),
    {
      key: 'demand',
      label: capacityLed ? 'Would start (demand)' : 'Would start: all supported',
      colour: C.demand,
      mark: 'tick',
    },
    ...(capacityLed
      ? [
          {
            key: 'capacity',
            label: `Capacity: link workers × ${people(settings.caseload)}`,
            colour: C.capacity,
            mark: 'dashed' as const,
          },
        ]
      : []),
    { key: 'fte', label: `${lw} (lower panel)`, colour: C.fte, mark: 'bar' },
    ...(banded
      ? [{ key: 'band', label: `${lw}, range of 90% of runs`, colour: C.demand, mark: 'whisker' as const }]
      : []),
  ];
}
