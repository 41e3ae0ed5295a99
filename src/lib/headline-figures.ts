/**
 * The headline figures of an area, with their labels and the line under each: one
 * list for the explorer's headline, the presenter's scenes and the print brief. The
 * three kinds of value (hospital activity, primary care, wellbeing) are shown apart;
 * wellbeing is never added into the NHS figures.
 */
import { count, fte, money, people, perThousand, ratio } from './format.ts';
import type { AreaSummary, AreaUncertainty, Interval, ScenarioSettings } from './model/index.ts';

export type FigureKey =
  | 'people'
  | 'supported'
  | 'fte'
  | 'hospital'
  | 'primaryCare'
  | 'cost'
  | 'net'
  | 'bcr'
  | 'wellbeing'
  | 'payback';

/** The three rows of the headline: who is reached, value to the NHS, wellbeing (never added in). */
export type FigureGroup = 'people' | 'nhs' | 'wellbeing';

export const GROUP_LABEL: Record<FigureGroup, string> = {
  people: 'People',
  nhs: 'Value to the NHS',
  wellbeing: 'Value to society: wellbeing, not NHS money',
};

export interface Figure {
  key: FigureKey;
  group: FigureGroup;
  label: string;
  value: string;
  /** The line under the figure. */
  sub: string;
  negative: boolean;
  /** Words ("Not by 2020/21"), which may wrap, rather than a number, which must not. */
  words: boolean;
}

/** The figures a presenter shows, six to a slide. */
export const PRESENTED: readonly FigureKey[] = [
  'supported',
  'fte',
  'hospital',
  'primaryCare',
  'net',
  'wellbeing',
];

const LINK_WORKERS: Record<ScenarioSettings['delivery'], { label: string; sub: string }> = {
  capacityLed: { label: 'Link workers in post', sub: 'full-time equivalent, in the year with the most' },
  demandLed: { label: 'Link workers needed', sub: 'full-time equivalent, at the peak' },
  perStart: {
    label: 'Link workers it would take',
    sub: 'full-time equivalent; costed per start, as in 2017',
  },
};

export function headlineFigures(
  s: AreaSummary,
  years: readonly string[],
  settings: Pick<ScenarioSettings, 'delivery' | 'services'>,
): Figure[] {
  const first = years[0] ?? '';
  const last = years[years.length - 1] ?? '';
  const span = `${first} to ${last}`;
  const figure = (key: FigureKey, label: string, value: string, sub: string, negative = false): Figure => ({
    key,
    group:
      key === 'people' || key === 'supported' || key === 'fte'
        ? 'people'
        : key === 'wellbeing'
          ? 'wellbeing'
          : 'nhs',
    label,
    value,
    sub,
    negative,
    words: false,
  });
  const lw = LINK_WORKERS[settings.delivery];
  const unmet = s.unmetNeed > 0.5 ? `; ${people(s.unmetNeed)} more wanted to start` : '';
  return [
    figure(
      'people',
      'People who could benefit',
      people(s.peopleCouldBenefit),
      `everyone in the cohorts in ${first}: ${perThousand(s.perThousandAdults)} per 1,000 adults`,
    ),
    figure('supported', 'People supported', people(s.peopleSupported), `starts, ${span}${unmet}`),
    figure('fte', lw.label, fte(s.ftePeak), lw.sub),
    figure(
      'hospital',
      'Hospital activity avoided',
      money(s.hospital),
      'A&E, admissions and outpatients, at NHS unit costs',
    ),
    figure(
      'primaryCare',
      'GP appointments released',
      count(Math.round(s.gpAppointments)),
      settings.services === 'all'
        ? `primary-care capacity worth ${money(s.primaryCare)}: time, not cash`
        : 'primary-care capacity; not valued in this reading',
    ),
    figure(
      'cost',
      'Cost',
      money(s.cost),
      s.workforceCost > 0 ? `${money(s.workforceCost)} of it link workers` : span,
    ),
    figure('net', 'NHS net present value', money(s.net), 'NHS benefits minus cost', s.net < 0),
    figure('bcr', 'NHS benefit-cost ratio', ratio(s.bcrNhs), 'of NHS benefit per £1 of cost'),
    figure(
      'wellbeing',
      'Wellbeing gained (WELLBYs), not NHS money',
      count(Math.round(s.wellbys)),
      `worth ${money(s.wellbeing)} at the Green Book value; ${ratio(s.bcrSocietal)} per £1 of cost with NHS benefits`,
    ),
    {
      key: 'payback',
      group: 'nhs',
      label: 'NHS benefits cover cost',
      value: s.paybackIndex === null ? `Not by ${last}` : (years[s.paybackIndex] ?? ''),
      sub:
        s.paybackIndex === null
          ? 'benefits to date stay below costs to date'
          : 'the first year that benefits to date reach costs to date',
      negative: false,
      words: s.paybackIndex === null,
    },
  ];
}

/** A figure's 90% range of runs, formatted as the figure is, or null where the runs give none. */
export function figureRange(key: FigureKey, u: AreaUncertainty | null): [string, string] | null {
  if (!u) return null;
  const pair = (i: Interval | null | undefined, f: (x: number) => string): [string, string] | null =>
    i ? [f(i.p5), f(i.p95)] : null;
  const d = u.detail;
  switch (key) {
    case 'supported':
      return pair(d?.peopleSupported, people);
    case 'fte':
      return pair(d?.ftePeak, fte);
    case 'hospital':
      return pair(d?.hospital, money);
    case 'primaryCare':
      return pair(d?.gpAppointments, (x) => count(Math.round(x)));
    case 'cost':
      return pair(u.cost, money);
    case 'net':
      return pair(u.net, money);
    case 'bcr':
      return pair(u.bcrNhs, (x) => ratio(x));
    case 'wellbeing':
      return pair(d?.wellbys, (x) => count(Math.round(x)));
    default:
      return null;
  }
}
