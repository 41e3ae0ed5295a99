/** Words for the yearly chart: a headline that states the finding, the units line, the summary. */
import type { AreaSummary } from '../../model/index.ts';
import { money } from '../../format.ts';
import { discountNote, joinParts, yearSpan } from '../axes/words.ts';
import type { YearDatum } from './series.ts';

export function yearlyTitle(s: AreaSummary, years: readonly string[]): string {
  if (s.gross === 0 && s.cost === 0) return 'No savings or costs in this scenario';
  const last = years[years.length - 1] ?? '';
  if (s.paybackIndex === 0) return `Savings exceed costs from the first year, ${years[0] ?? ''}`;
  if (s.paybackIndex !== null) return `Savings pass costs in ${years[s.paybackIndex] ?? ''}`;
  if (s.netByYear.every((n) => n < 0)) return 'Costs exceed savings in every year';
  return `Savings have not repaid costs by ${last}`;
}

export function yearlySubtitle(areaName: string, years: readonly string[], discount: number): string {
  return `${areaName}: ${joinParts('£ million a year', yearSpan(years), discountNote(discount))}`;
}

/** The break-even label on the chart, or the note shown when there is none. */
export function paybackText(s: AreaSummary, years: readonly string[]): string {
  if (s.paybackIndex !== null) return `Pays back in ${years[s.paybackIndex] ?? ''}`;
  return `Does not pay back by ${years[years.length - 1] ?? ''}: cumulative net savings stay below zero`;
}

/** What a screen reader hears for the chart image. */
export function yearlyDescription(
  areaName: string,
  s: AreaSummary,
  years: readonly string[],
  data: readonly YearDatum[] = [],
): string {
  const net = s.net >= 0 ? `net savings ${money(s.net)}` : `a net loss of ${money(-s.net)}`;
  const last = data[data.length - 1];
  const range =
    last?.netLow !== undefined && last.netHigh !== undefined
      ? ` In 90% of runs cumulative net savings by ${last.year} lie between ${money(last.netLow)} and ${money(last.netHigh)}.`
      : '';
  return (
    `Bar and line chart for ${areaName}, ${yearSpan(years)}: gross savings ${money(s.gross)}, ` +
    `programme cost ${money(s.cost)}, ${net}. ${paybackText(s, years)}.${range} ` +
    'The table view lists every year.'
  );
}
