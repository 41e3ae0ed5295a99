/** The measures a borough can be coloured or ranked by (map metric selector, ranked chart). */
import type { AreaColumns, AreaSummary, Summaries } from './model/index.ts';
import { fte, money, perHead, perThousand, people, ratio } from './format.ts';
import type { MetricId } from './state/view-state.ts';

export interface MetricDef {
  id: MetricId;
  label: string;
  /** Unit line for legends and axis titles. */
  unit: string;
  value: (s: AreaSummary) => number;
  /** The same value for area i from a run's columns (views that cover every area read these). */
  at: (c: AreaColumns, i: number) => number;
  format: (x: number) => string;
  /** 'diverging' when values can fall either side of a meaningful midpoint. */
  scale: 'sequential' | 'diverging';
  /** Midpoint of a diverging scale (0 for net present value, 1 for a benefit-cost ratio). */
  midpoint: number;
  /** Money, counted over the years, and so shown as present values when the scenario discounts. */
  money: boolean;
}

const perThousandAdults = (x: number, s: AreaSummary) =>
  s.peopleCouldBenefit > 0 ? (x / s.peopleCouldBenefit) * s.perThousandAdults : 0;

const perThousandAt = (x: number, c: AreaColumns, i: number) =>
  c.peopleCouldBenefit[i]! > 0 ? (x / c.peopleCouldBenefit[i]!) * c.perThousandAdults[i]! : 0;

/** A measure's value for one area from a run's summaries, by way of its columns; undefined for an unknown area. */
export function metricOf(summaries: Summaries, def: MetricDef, id: string): number | undefined {
  const i = summaries.index.get(id);
  return i === undefined ? undefined : def.at(summaries.columns, i);
}

export const METRIC_DEFS: Record<MetricId, MetricDef> = {
  people: {
    id: 'people',
    label: 'People who could benefit',
    unit: 'people in the cohorts, first year',
    value: (s) => s.peopleCouldBenefit,
    at: (c, i) => c.peopleCouldBenefit[i]!,
    format: people,
    scale: 'sequential',
    midpoint: 0,
    money: false,
  },
  perThousand: {
    id: 'perThousand',
    label: 'People who could benefit per 1,000 adults',
    unit: 'per 1,000 adults aged 18+, first year',
    value: (s) => s.perThousandAdults,
    at: (c, i) => c.perThousandAdults[i]!,
    format: perThousand,
    scale: 'sequential',
    midpoint: 0,
    money: false,
  },
  supported: {
    id: 'supported',
    label: 'People supported',
    unit: 'people starting, whole horizon',
    value: (s) => s.peopleSupported,
    at: (c, i) => c.peopleSupported[i]!,
    format: people,
    scale: 'sequential',
    midpoint: 0,
    money: false,
  },
  supportedPerThousand: {
    id: 'supportedPerThousand',
    label: 'People supported per 1,000 adults',
    unit: 'per 1,000 adults aged 18+, whole horizon',
    value: (s) => perThousandAdults(s.peopleSupported, s),
    at: (c, i) => perThousandAt(c.peopleSupported[i]!, c, i),
    format: perThousand,
    scale: 'sequential',
    midpoint: 0,
    money: false,
  },
  fte: {
    id: 'fte',
    label: 'Link workers',
    unit: 'full-time equivalent, in the year with the most',
    value: (s) => s.ftePeak,
    at: (c, i) => c.ftePeak[i]!,
    format: fte,
    scale: 'sequential',
    midpoint: 0,
    money: false,
  },
  hospital: {
    id: 'hospital',
    label: 'Hospital activity avoided',
    unit: '£, whole horizon',
    value: (s) => s.hospital,
    at: (c, i) => c.hospital[i]!,
    format: money,
    scale: 'sequential',
    midpoint: 0,
    money: true,
  },
  primaryCare: {
    id: 'primaryCare',
    label: 'Primary care capacity released',
    unit: '£ of GP time, whole horizon',
    value: (s) => s.primaryCare,
    at: (c, i) => c.primaryCare[i]!,
    format: money,
    scale: 'sequential',
    midpoint: 0,
    money: true,
  },
  gross: {
    id: 'gross',
    label: 'NHS benefits',
    unit: '£ (hospital and primary care), whole horizon',
    value: (s) => s.gross,
    at: (c, i) => c.gross[i]!,
    format: money,
    scale: 'sequential',
    midpoint: 0,
    money: true,
  },
  net: {
    id: 'net',
    label: 'Net present value to the NHS (benefits minus cost)',
    unit: '£, whole horizon',
    value: (s) => s.net,
    at: (c, i) => c.net[i]!,
    format: money,
    scale: 'diverging',
    midpoint: 0,
    money: true,
  },
  bcr: {
    id: 'bcr',
    label: 'NHS benefit-cost ratio',
    unit: '£ of NHS benefit per £1 of cost',
    value: (s) => s.bcrNhs ?? 0,
    at: (c, i) => (c.cost[i]! > 0 ? c.gross[i]! / c.cost[i]! : 0),
    format: (x) => ratio(x),
    scale: 'diverging',
    midpoint: 1,
    money: true,
  },
  netPerHead: {
    id: 'netPerHead',
    label: 'Net present value to the NHS per resident',
    unit: '£ per resident, whole horizon',
    value: (s) => s.netPerHead,
    at: (c, i) => c.netPerHead[i]!,
    format: perHead,
    scale: 'diverging',
    midpoint: 0,
    money: true,
  },
  wellbeing: {
    id: 'wellbeing',
    label: 'Wellbeing (not NHS money)',
    unit: '£ value of WELLBYs, whole horizon',
    value: (s) => s.wellbeing,
    at: (c, i) => c.wellbeing[i]!,
    format: money,
    scale: 'sequential',
    midpoint: 0,
    money: true,
  },
};
