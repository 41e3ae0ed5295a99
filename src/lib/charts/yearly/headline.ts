/** Words for the yearly chart: a headline that states the finding, the units line, the summary. */
import type { AreaSummary } from '../../model/index.ts';
import { money } from '../../format.ts';
import { discountNote, joinParts, yearSpan } from '../axes/words.ts';
import type { YearDatum } from './series.ts';

export function yearlyTitle(s: AreaSummary, years: readonly string[]): string {
  if (s.gross === 0 && s.cost === 0) return 'No NHS benefits or costs in this scenario';
  const last = years[years.length - 1] ?? '';
  if (s.paybackIndex === 0) return `NHS benefits exceed the cost from the first year, ${years[0] ?? ''}`;
  if (s.paybackIndex !== null)
    return `NHS benefits to date pass costs to date in ${years[s.paybackIndex] ?? ''}`;
  if (s.netByYear.every((n) => n < 0)) return 'The cost exceeds NHS benefits in every year';
  return `NHS benefits to date stay below costs to date by ${last}`;
}

export function yearlySubtitle(areaName: string, years: readonly string[], discount: number): string {
  return `${areaName}: ${joinParts('£ million a year', yearSpan(years), discountNote(discount))}`;
}

/** The break-even label on the chart, or the note shown when there is none. */
export function paybackText(s: AreaSummary, years: readonly string[]): string {
  if (s.paybackIndex !== null)
    return `Benefits to date cover costs to date in ${years[s.paybackIndex] ?? ''}`;
  return `Benefits to date stay below costs to date by ${years[years.length - 1] ?? ''}: the NHS net present value stays below zero`;
}

/** What a screen reader hears for the chart image. */
export function yearlyDescription(
  areaName: string,
  s: AreaSummary,
  years: readonly string[],
  data: readonly YearDatum[] = [],
): string {
  const net = `NHS net present value ${money(s.net)}`;
  const last = data[data.length - 1];
  const range =
    last?.netLow !== undefined && last.netHigh !== undefined
      ? ` In 90% of runs the NHS net present value to ${last.year} lies between ${money(last.netLow)} and ${money(last.netHigh)}.`
      : '';
  return (
    `Bar and line chart for ${areaName}, ${yearSpan(years)}: NHS benefits ${money(s.gross)}, ` +
    `cost ${money(s.cost)}, ${net}. ${paybackText(s, years)}.${range} ` +
    'Wellbeing is not part of these figures. The table view lists every year.'
  );
}
