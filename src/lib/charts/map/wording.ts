/** Words for the map card: headlines per metric and each borough's accessible name. */
import type { MetricDef } from '../../metrics.ts';
import type { MetricId } from '../../state/view-state.ts';

export const HEADLINES: Record<MetricId, string> = {
  people: 'People who could benefit, by borough',
  perThousand: 'People who could benefit per 1,000 adults, by borough',
  supported: 'People supported, by borough',
  supportedPerThousand: 'People supported per 1,000 adults, by borough',
  fte: 'Link workers, by borough',
  hospital: 'Hospital activity avoided, by borough',
  primaryCare: 'Primary care capacity released, by borough',
  gross: 'NHS benefits, by borough',
  net: 'Net present value to the NHS, by borough',
  bcr: 'NHS benefit-cost ratio, by borough',
  netPerHead: 'Net present value to the NHS per resident, by borough',
  wellbeing: 'Wellbeing value, by borough',
};

const PHRASES: Record<MetricId, (v: string) => string> = {
  people: (v) => `${v} people could benefit`,
  perThousand: (v) => `${v} per 1,000 adults could benefit`,
  supported: (v) => `${v} people supported`,
  supportedPerThousand: (v) => `${v} per 1,000 adults supported`,
  fte: (v) => `${v} link workers`,
  hospital: (v) => `hospital activity avoided ${v}`,
  primaryCare: (v) => `GP time released ${v}`,
  gross: (v) => `NHS benefits ${v}`,
  net: (v) => `NHS net present value ${v}`,
  bcr: (v) => `${v} of NHS benefit per £1 of cost`,
  netPerHead: (v) => `NHS net present value ${v} per resident`,
  wellbeing: (v) => `wellbeing ${v}`,
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
