/** Words for the map card: headlines per metric and each borough's accessible name. */
import type { MetricDef } from '../../metrics.ts';
import type { MetricId } from '../../state/view-state.ts';

export const HEADLINES: Record<MetricId, string> = {
  people: 'People who could benefit, by borough',
  perThousand: 'People who could benefit per 1,000 adults, by borough',
  gross: 'Gross NHS savings, by borough',
  net: 'Net savings after programme costs, by borough',
  roi: 'Return on investment, by borough',
  netPerHead: 'Net savings per resident, by borough',
};

const PHRASES: Record<MetricId, (v: string) => string> = {
  people: (v) => `${v} people could benefit`,
  perThousand: (v) => `${v} per 1,000 adults could benefit`,
  gross: (v) => `gross savings ${v}`,
  net: (v) => `net savings ${v}`,
  roi: (v) => `${v} saved per £1 spent`,
  netPerHead: (v) => `net savings ${v} per resident`,
};

/** "Camden: 64,250 people could benefit". */
export function boroughLabel(name: string, def: MetricDef, value: number): string {
  return `${name}: ${PHRASES[def.id](def.format(value))}`;
}

const ATTRIBUTION =
  'Contains National Statistics and Ordnance Survey data © Crown copyright and database right 2015 ' +
  '(Open Government Licence).';

/** The map's footnote: the boundary attribution, and how the tiles are placed when they are shown. */
export function footnote(form: 'geo' | 'tile'): string {
  return form === 'tile'
    ? `Tile map: one equal square per borough, placed by the project from borough centroids. ${ATTRIBUTION}`
    : `Borough boundaries simplified for display. ${ATTRIBUTION}`;
}

export function subtitle(def: MetricDef, years: readonly string[]): string {
  const span = years.length > 1 ? `${years[0]} to ${years[years.length - 1]}` : (years[0] ?? '');
  const unit = def.unit.charAt(0).toUpperCase() + def.unit.slice(1);
  return span ? `${unit}. Scenario years ${span}.` : `${unit}.`;
}
