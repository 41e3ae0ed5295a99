/** The plain-English summary of a result: shown under the headline and read by screen readers. */
import type { AreaSummary, PresetInfo, ScenarioSettings } from './model/index.ts';
import { count, fte, money, people, ratio } from './format.ts';

export interface SummaryInput {
  areaName: string;
  summary: AreaSummary;
  years: string[];
  preset: PresetInfo;
  discount: number;
  settings: Pick<ScenarioSettings, 'delivery' | 'services' | 'priceYear'>;
}

/** Round a head count for prose: "about 872,000". */
function aboutPeople(n: number): string {
  if (n >= 10000) return `about ${people(Math.round(n / 1000) * 1000)}`;
  if (n >= 1000) return `about ${people(Math.round(n / 100) * 100)}`;
  return `about ${people(Math.round(n))}`;
}

const fy = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, '0')}`;

export function summarySentence({
  areaName,
  summary: s,
  years,
  preset,
  discount,
  settings,
}: SummaryInput): string {
  const span = years.length === 1 ? years[0] : `${years[0]} to ${years[years.length - 1]}`;
  const prices = `at ${fy(settings.priceYear)} prices${discount > 0 ? `, discounted at ${(discount * 100).toFixed(1)}% a year` : ''}`;
  const who =
    `In ${areaName}, ${aboutPeople(s.peopleCouldBenefit)} people could benefit; ` +
    `over ${span} the "${preset.label}" scenario supports ${aboutPeople(s.peopleSupported)} of them` +
    (settings.delivery === 'perStart' ? '.' : ` with ${fte(s.ftePeak)} link workers.`);
  const nhs =
    ` The NHS gets ${money(s.hospital)} of hospital activity avoided` +
    (settings.services === 'all' ? ` and ${money(s.primaryCare)} of GP time` : '') +
    ` for ${money(s.cost)} of cost (${prices}): ` +
    (s.net >= 0 ? `${money(s.net)} more than it spends` : `${money(-s.net)} less than it spends`) +
    (s.bcrNhs === null ? '.' : `, ${ratio(s.bcrNhs)} back for every £1.`);
  const when =
    s.paybackIndex === null
      ? ' NHS benefits do not cover the cost within these years.'
      : ` NHS benefits cover the cost from ${years[s.paybackIndex]}.`;
  const gp =
    s.gpAppointments > 0
      ? ` ${count(Math.round(s.gpAppointments))} GP appointments are released: time, not cash.`
      : '';
  const wellbeing = ` Wellbeing gains of ${count(Math.round(s.wellbys))} WELLBYs are worth ${money(s.wellbeing)} to society, apart from the NHS figures.`;
  return who + nhs + when + gp + wellbeing;
}

/** Why a scenario's net figure can sit outside its own 90% range of runs. */
export const OUTSIDE_RANGE_NOTE =
  'The NHS net present value lies outside its own 90% range: this scenario puts several assumptions at one end ' +
  'of their evidence ranges, while the runs draw each one across its whole range.';

/** True when `net` is below the range's 5th or above its 95th percentile. */
export const outsideRange = (net: number, range: { p5: number; p95: number }): boolean =>
  net < range.p5 || net > range.p95;
