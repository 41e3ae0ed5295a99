/** Words shared by the chart subtitles: year spans and the discounting note. */
import { format } from 'd3-format';

const pct = format('.2~f');

/** "2017/18 to 2020/21" (or the one year). */
export function yearSpan(years: readonly string[]): string {
  const first = years[0] ?? '';
  const last = years[years.length - 1] ?? '';
  return years.length > 1 ? `${first} to ${last}` : first;
}

/** "present values at 3.5%" when discounting, else an empty string. */
export function discountNote(discount: number): string {
  return discount > 0 ? `present values at ${pct(discount * 100)}%` : '';
}

/** "A, B" without empty parts. */
export function joinParts(...parts: string[]): string {
  return parts.filter((p) => p !== '').join(', ');
}
