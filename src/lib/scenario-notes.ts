/**
 * The notes a scenario's figures need wherever they are shown (headline, presenter,
 * print brief, exports): prices, discounting, how GP time is counted, and where the
 * reconstruction runs past the years HLP modelled.
 */
import type { Dataset } from './data/types.ts';
import { fyLabel, type Scenario } from './model/index.ts';

/** The last financial year HLP's modelling covered: "by 2021" is to March 2021. */
export const HLP_LAST_YEAR = 2020;

export function pricesNote(s: Scenario, data: Pick<Dataset, 'deflators'>): string {
  const r = s.values.discount;
  const forecast = data.deflators.forecastFrom !== null && s.priceYear >= data.deflators.forecastFrom;
  return (
    `Money at ${fyLabel(s.priceYear)} prices` +
    (forecast ? ' (an OBR forecast of the GDP deflator)' : '') +
    (r > 0 ? `, as present values discounted at ${(r * 100).toFixed(1)}% a year.` : ', not discounted.')
  );
}

export function scenarioNotes(s: Scenario, data: Pick<Dataset, 'deflators'>): string[] {
  const notes = [pricesNote(s, data)];
  if (s.services === 'hospital')
    notes.push(
      'GP appointments released are counted but not valued: this reading counts hospital activity only.',
    );
  if (s.preset === 'hlp2017' && (s.startYear !== 2017 || s.endYear - 1 > HLP_LAST_YEAR))
    notes.push(
      `HLP modelled 2017/18 to ${fyLabel(HLP_LAST_YEAR)} only: other years extend the reconstruction and are not HLP's figures.`,
    );
  return notes;
}
