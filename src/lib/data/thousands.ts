/**
 * A whole number with thousands separators, "10,000", without `toLocaleString`: the first
 * call of that starts the browser's locale data, about 25 ms on the first screen's path.
 */
export function thousands(n: number): string {
  const s = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 && Math.round(n) !== 0 ? `-${s}` : s;
}
