/** The measures a borough can be coloured or ranked by (map metric selector, ranked chart). */
import type { AreaSummary } from './model/index.ts';
import { fte, money, perHead, perThousand, people, ratio } from './format.ts';
import type { MetricId } from './state/view-state.ts';

export interface MetricDef {
  id: MetricId;
  label: string;
  /** Unit line for legends and axis titles. */
  unit: string;
  value: (s: AreaSummary) => number;
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

export const METRIC_DEFS: Record<MetricId, MetricDef> = {
  people: {
    id: 'people',
    label: 'People who could benefit',
    unit: 'people in the cohorts, first year',
    value: (s) => s.peopleCouldBenefit,
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
    format: money,
    scale: 'sequential',
    midpoint: 0,
    money: true,
  },
};
