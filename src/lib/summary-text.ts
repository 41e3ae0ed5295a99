/** The plain-English summary of a result: shown under the headline and read by screen readers. */
import type { AreaSummary, PresetInfo } from './model/index.ts';
import { money, people, roi } from './format.ts';

export interface SummaryInput {
  areaName: string;
  summary: AreaSummary;
  years: string[];
  preset: PresetInfo;
  discount: number;
}

/** Round a head count for prose: "about 872,000". */
function aboutPeople(n: number): string {
  if (n >= 10000) return `about ${people(Math.round(n / 1000) * 1000)}`;
  if (n >= 1000) return `about ${people(Math.round(n / 100) * 100)}`;
  return `about ${people(Math.round(n))}`;
}

export function summarySentence({ areaName, summary: s, years, preset, discount }: SummaryInput): string {
  const span = years.length === 1 ? years[0] : `${years[0]} to ${years[years.length - 1]}`;
  const pv = discount > 0 ? ` (present values at ${(discount * 100).toFixed(1)}% a year)` : '';
  const who = `In ${areaName}, ${aboutPeople(s.peopleCouldBenefit)} people could benefit.`;
  const what =
    `Over ${span}, the "${preset.label}" scenario saves the NHS ${money(s.gross)} gross for ${money(s.cost)} of programme costs${pv}: ` +
    (s.net >= 0 ? `${money(s.net)} net` : `a net loss of ${money(-s.net)}`) +
    (s.roi === null ? '.' : `, or ${roi(s.roi)} back for every £1 spent.`);
  const when =
    s.paybackIndex === null
      ? ' It does not pay for itself within these years.'
      : ` It pays for itself in ${years[s.paybackIndex]}.`;
  const gp =
    s.grossByPayer.primary > 0
      ? ` ${money(s.grossByPayer.primary)} of the savings is GP time: capacity released, not cash.`
      : '';
  return who + ' ' + what + when + gp;
}

/** Why a scenario's net figure can sit outside its own 90% range of runs. */
export const OUTSIDE_RANGE_NOTE =
  'The net figure lies outside its own 90% range: this scenario puts several assumptions at one end ' +
  'of their evidence ranges, while the runs draw each one across its whole range.';

/** True when `net` is below the range's 5th or above its 95th percentile. */
export const outsideRange = (net: number, range: { p5: number; p95: number }): boolean =>
  net < range.p5 || net > range.p95;
