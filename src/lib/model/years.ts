/**
 * Financial years, named by the calendar year they start in: 2017 is 2017/18
 * (April 2017 to March 2018). A scenario runs from the financial year starting in
 * April of startYear to the one ending in March of endYear.
 */

/** The earliest first year: the reconstruction's 2017/18. */
export const FIRST_START_YEAR = 2017;
/** The latest first year a scenario may have. */
export const LAST_START_YEAR = 2030;
/** The longest horizon, in years (MODEL.md 8.5). */
export const MAX_HORIZON = 15;
/** The last end year any scenario may have. */
export const LAST_END_YEAR = LAST_START_YEAR + MAX_HORIZON;

/** "2017/18" for 2017. */
export function fyLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** Number of modelled years from the year starting in startYear to the one ending in March of endYear. */
export function horizonYears(startYear: number, endYear: number): number {
  return endYear - startYear;
}

/** Labels of the modelled years: 2017, 2021 -> ["2017/18", ..., "2020/21"]. */
export function yearLabels(startYear: number, endYear: number): string[] {
  return Array.from({ length: horizonYears(startYear, endYear) }, (_, i) => fyLabel(startYear + i));
}

/** End years a scenario starting in startYear may have (one to MAX_HORIZON years later). */
export function endYearsFor(startYear: number): number[] {
  return Array.from({ length: MAX_HORIZON }, (_, i) => startYear + 1 + i);
}
