/** Financial years. t = 1 is 2017/18; the base year is 2016/17 (mid-2016 population). */

export const FIRST_END_YEAR = 2018;
export const LAST_END_YEAR = 2031;
export const DEFAULT_END_YEAR = 2021;

/** Financial-year label for year index t (1-based): 1 -> "2017/18". */
export function fyLabel(t: number): string {
  const start = 2016 + t;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Number of modelled years for a horizon ending in March of endYear (2021 -> 4). */
export function horizonYears(endYear: number): number {
  return endYear - 2017;
}

export function fyLabels(endYear: number): string[] {
  return Array.from({ length: horizonYears(endYear) }, (_, i) => fyLabel(i + 1));
}
