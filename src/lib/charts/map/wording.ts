/** Words for the map card: headlines per metric and each borough's accessible name. */
import type { MetricDef } from '../../metrics.ts';
import type { MetricId } from '../../state/view-state.ts';

/** Each measure as the map's headline names it; `mapHeadline` adds the areas it is by. */
export const HEADLINES: Record<MetricId, string> = {
  people: 'People who could benefit',
  perThousand: 'People who could benefit per 1,000 adults',
  supported: 'People supported',
  supportedPerThousand: 'People supported per 1,000 adults',
  fte: 'Link workers',
  hospital: 'Hospital activity avoided',
  primaryCare: 'Primary care capacity released',
  gross: 'NHS benefits',
  net: 'Net present value to the NHS',
  bcr: 'NHS benefit-cost ratio',
  netPerHead: 'Net present value to the NHS per resident',
  wellbeing: 'Wellbeing value',
};

/** "People supported, by borough". */
export function mapHeadline(metric: MetricId, area: string): string {
  return `${HEADLINES[metric]}, by ${area}`;
}

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

/**
 * The map's footnote: the boundary attribution, and how the tiles are placed when they
 * are shown; 'grid' is one's own areas without boundaries, in squares by group. With one's
 * own areas (`own`: the boundaries' file, or null without) the shapes are the file's and
 * the squares are grouped, never placed from London's centroids.
 */
export function footnote(
  form: 'geo' | 'tile' | 'grid',
  labels?: { area: string; group: string },
  own?: { boundaries: string | null } | null,
): string {
  const squares = `Equal squares: one per ${labels?.area ?? 'area'}, each ${labels?.group ?? 'group'}'s side by side.`;
  if (form === 'grid') return `${squares} No boundaries were loaded, so there is no map of shapes.`;
  if (own)
    return form === 'tile'
      ? squares
      : `Boundaries from ${own.boundaries ?? 'your file'}, loaded with your areas.`;
  return form === 'tile'
    ? `Tile map: one equal square per borough, placed by the project from borough centroids. ${ATTRIBUTION}`
    : `Borough boundaries simplified for display. ${ATTRIBUTION}`;
}

export function subtitle(def: MetricDef, years: readonly string[]): string {
  const span = years.length > 1 ? `${years[0]} to ${years[years.length - 1]}` : (years[0] ?? '');
  const unit = def.unit.charAt(0).toUpperCase() + def.unit.slice(1);
  return span ? `${unit}. Scenario years ${span}.` : `${unit}.`;
}
