/**
 * Conversion of money between the prices of financial years with HM Treasury GDP
 * deflators (MODEL.md 8.5), and link worker pay by year.
 */
import type { LinkWorkerPay, PriceIndex } from '../data/types.ts';
import { ScenarioError } from './scenario.ts';
import { fyLabel } from './years.ts';

/** The deflator of a financial year (by its first calendar year); throws where the table has none. */
export function deflator(d: PriceIndex, year: number): number {
  const i = year - (d.years[0] as number);
  const value = d.index[i];
  if (value === undefined || i < 0)
    throw new ScenarioError([
      `no GDP deflator for ${fyLabel(year)}: the table covers ${fyLabel(d.years[0] as number)} to ${fyLabel(d.years[d.years.length - 1] as number)}`,
    ]);
  return value;
}

/** What £1 at the prices of `from` is worth at the prices of `to`. */
export function priceFactor(d: PriceIndex, from: number, to: number): number {
  return from === to ? 1 : deflator(d, to) / deflator(d, from);
}

/**
 * Link worker pay for financial year `year`, at the prices of `priceYear`: the ARRS
 * maximum of the latest year with a published amount on or before it (or of the first
 * such year, before the scheme began), carried at its real value. Years without a
 * published amount are never filled with a guess.
 */
export function linkWorkerPayIn(
  pay: readonly LinkWorkerPay[],
  d: PriceIndex,
  year: number,
  priceYear: number,
): number {
  const first = pay[0];
  if (!first) throw new ScenarioError(['no link worker pay in the data']);
  let used = first;
  for (const p of pay) if (p.year <= year) used = p;
  return used.amount * priceFactor(d, used.year, priceYear);
}
