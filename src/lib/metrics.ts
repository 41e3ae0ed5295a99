/** The measures a borough can be coloured or ranked by (map metric selector, ranked chart). */
import type { AreaSummary } from './model/index.ts';
import { money, perHead, perThousand, people, roi } from './format.ts';
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
  /** Midpoint of a diverging scale (0 for net, 1 for ROI). */
  midpoint: number;
}

export const METRIC_DEFS: Record<MetricId, MetricDef> = {
  people: {
    id: 'people',
    label: 'People who could benefit',
    unit: 'people, first year',
    value: (s) => s.peopleCouldBenefit,
    format: people,
    scale: 'sequential',
    midpoint: 0,
  },
  perThousand: {
    id: 'perThousand',
    label: 'People who could benefit per 1,000 adults',
    unit: 'per 1,000 adults aged 18+',
    value: (s) => s.perThousandAdults,
    format: perThousand,
    scale: 'sequential',
    midpoint: 0,
  },
  gross: {
    id: 'gross',
    label: 'Gross NHS savings',
    unit: '£, whole horizon',
    value: (s) => s.gross,
    format: money,
    scale: 'sequential',
    midpoint: 0,
  },
  net: {
    id: 'net',
    label: 'Net savings (savings minus programme cost)',
    unit: '£, whole horizon',
    value: (s) => s.net,
    format: money,
    scale: 'diverging',
    midpoint: 0,
  },
  roi: {
    id: 'roi',
    label: 'Return on investment',
    unit: '£ saved per £1 spent',
    value: (s) => s.roi ?? 0,
    format: (x) => roi(x),
    scale: 'diverging',
    midpoint: 1,
  },
  netPerHead: {
    id: 'netPerHead',
    label: 'Net savings per resident',
    unit: '£ per resident, whole horizon',
    value: (s) => s.netPerHead,
    format: perHead,
    scale: 'diverging',
    midpoint: 0,
  },
};
