/**
 * Names for downloads that can be told apart in a folder: what the file is, for which
 * area and scenario, and the day it was made, e.g.
 * "yearly_camden_evidence-central-with-1-change_2026-12-03.csv".
 */

/** Lower-case words joined by hyphens: letters and digits only, at most 48 characters. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '');
}

/** The local date as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "what_area_scenario_date.ext"; parts left empty are left out. */
export function fileName(
  parts: { what: string; area?: string; scenario: string; ext: string },
  date = new Date(),
): string {
  const words = [parts.what, parts.area ?? '', parts.scenario].map(slug).filter((w) => w.length > 0);
  return `${[...words, isoDay(date)].join('_')}.${parts.ext}`;
}
