/** Number formats for the screen, the tables and the exports. en-GB, no time-zone dependence. */

/**
 * x to `digits` decimals with thousands separators and a true minus sign, rounded as
 * Number.prototype.toFixed rounds (d3-format's ',.Nf', without its weight on the first
 * page load); a value that rounds to zero has no sign.
 */
export function fixed(x: number, digits: number, group = true): string {
  const text = Math.abs(x).toFixed(digits);
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const grouped = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const sign = x < 0 && Number(text) !== 0 ? '−' : '';
  return sign + grouped + (dot < 0 ? '' : text.slice(dot));
}

const oneDp = (x: number) => fixed(x, 1);
const noDp = (x: number) => fixed(x, 0);

/** £533.0m, £1.2bn, £850k, £36: money at a readable precision. */
export function money(x: number): string {
  const a = Math.abs(x);
  // Each unit from the figure as rounded: £999,950,000 reads £1.0bn, not £1,000.0m.
  const whole = a < 1e4 ? noDp(a) : '';
  const k = a < 1e6 && (whole === '' || whole === '10,000') ? noDp(a / 1e3) : '';
  const m = a >= 1e6 || k === '1,000' ? oneDp(a / 1e6) : '';
  const body =
    a >= 1e9 || m === '1,000.0' ? `${oneDp(a / 1e9)}bn` : m !== '' ? `${m}m` : k !== '' ? `${k}k` : whole;
  // A value that rounds to £0 has no sign.
  return `${x < 0 && body !== '0' ? '−' : ''}£${body}`;
}

/** Money in £m with one decimal, for tables with a "£m" unit in the header. */
export function millions(x: number): string {
  return oneDp(x / 1e6);
}

/** 12,345 people. */
export function people(x: number): string {
  return noDp(x);
}

/** A count for a narrow column: 922,018 as it is, 18,197,734 as "18.2m". */
export function compactCount(x: number): string {
  return Math.abs(x) >= 1e6 ? `${oneDp(x / 1e6)}m` : noDp(x);
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
  return x === null ? 'n/a' : `£${fixed(x, 2, false)}`;
}

/** Link workers (full-time equivalent): whole numbers, one decimal below 10. */
export function fte(x: number): string {
  return Math.abs(x) < 10 ? oneDp(x) : noDp(x);
}

/** A fraction as a percentage, with as many decimals as the step needs. */
export function percent(fraction: number, decimals = 0): string {
  return `${fixed(fraction * 100, decimals, false)}%`;
}

/** Net per head: £12.34. */
export function perHead(x: number): string {
  return `${x < 0 ? '−' : ''}£${fixed(Math.abs(x), 2, false)}`;
}

/** A share of Monte Carlo runs as a whole percentage; never rounds a few runs up to "100%" or down to "0%". */
export function runsShare(p: number): string {
  if (p > 0.99 && p < 1) return 'over 99%';
  if (p > 0 && p < 0.01) return 'under 1%';
  return percent(p);
}

const SHOWN = /^([−-])?£?(\d[\d,]*(?:\.\d+)?)(bn|m|k)?$/;
const SCALE = { bn: 1e9, m: 1e6, k: 1e3 } as const;

/**
 * The number a formatted figure shows ("−£2.7m" is −2,700,000; "£1.23" is 1.23), so
 * that two figures that read the same can be treated the same; NaN for other text.
 */
export function shownValue(text: string): number {
  const m = SHOWN.exec(text.trim());
  if (!m) return Number.NaN;
  const x = Number((m[2] as string).replace(/,/g, '')) * (m[3] ? SCALE[m[3] as keyof typeof SCALE] : 1);
  return m[1] ? -x : x;
}
