/** Number formats for the screen, the tables and the exports. en-GB, no time-zone dependence. */
import { format } from 'd3-format';

const oneDp = format(',.1f');
const noDp = format(',.0f');

/** £533.0m, £1.2bn, £850k, £36: money at a readable precision. */
export function money(x: number): string {
  const sign = x < 0 ? '−' : '';
  const a = Math.abs(x);
  if (a >= 1e9) return `${sign}£${oneDp(a / 1e9)}bn`;
  if (a >= 1e6) return `${sign}£${oneDp(a / 1e6)}m`;
  if (a >= 1e4) return `${sign}£${noDp(a / 1e3)}k`;
  return `${sign}£${noDp(a)}`;
}

/** Money in £m with one decimal, for tables with a "£m" unit in the header. */
export function millions(x: number): string {
  return oneDp(x / 1e6).replace('-', '−');
}

/** 12,345 people. */
export function people(x: number): string {
  return noDp(x);
}

/** A count for a narrow column: 922,018 as it is, 18,197,734 as "18.2m". */
export function compactCount(x: number): string {
  return Math.abs(x) >= 1e6 ? `${oneDp(x / 1e6)}m`.replace('-', '−') : noDp(x).replace('-', '−');
}

/** 10,000 runs: a whole number with thousands separators (toLocaleString took about 0.1 ms a call in Chromium's profile). */
export function count(n: number): string {
  return noDp(n);
}

export function perThousand(x: number): string {
  return oneDp(x);
}

/** A benefit-cost ratio as £ of benefit per £1 of cost: £1.23; "n/a" without a cost. */
export function ratio(x: number | null): string {
  return x === null ? 'n/a' : `£${format('.2f')(x)}`;
}

/** Link workers (full-time equivalent): whole numbers, one decimal below 10. */
export function fte(x: number): string {
  return Math.abs(x) < 10 ? oneDp(x) : noDp(x);
}

/** A fraction as a percentage, with as many decimals as the step needs. */
export function percent(fraction: number, decimals = 0): string {
  return `${format(`.${decimals}f`)(fraction * 100)}%`;
}

/** Net per head: £12.34. */
export function perHead(x: number): string {
  return `${x < 0 ? '−' : ''}£${format('.2f')(Math.abs(x))}`;
}

/** A share of Monte Carlo runs as a whole percentage; never rounds a few runs up to "100%" or down to "0%". */
export function runsShare(p: number): string {
  if (p > 0.99 && p < 1) return 'over 99%';
  if (p > 0 && p < 0.01) return 'under 1%';
  return percent(p);
}
