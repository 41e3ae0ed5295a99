/**
 * Reading a dataset's levels (its Geography): which groups an area is in, every area id
 * a selector may hold, and how a level is named. Pure, and the same for London's
 * boroughs and for areas a user brings.
 */
import { thousands } from './thousands.ts';
import type { AreaGroup, Borough, Dataset, Geography, Grouping } from './types.ts';

/** The whole's area id, whatever the areas: links made before other areas could be loaded say `area=london`. */
export const WHOLE_ID = 'london';

/** The grouping drawn as lines on the map and charted on its own (London's ICBs). */
export function mainGrouping(geo: Geography): Grouping {
  const found = geo.groupings.find((g) => g.id === geo.main);
  if (!found) throw new Error(`The main grouping "${geo.main}" is not one of the groupings`);
  return found;
}

/** Each area's group in one grouping, by area code. */
export function groupOfArea(grouping: Grouping): ReadonlyMap<string, AreaGroup> {
  return new Map(grouping.groups.flatMap((g) => g.members.map((code) => [code, g] as const)));
}

/** Every group of every grouping, in the geography's order. */
export function allGroups(geo: Geography): AreaGroup[] {
  return geo.groupings.flatMap((g) => g.groups);
}

/** Every id an area selector may hold: the whole, every group, every area. */
export function areaIdSet(data: Pick<Dataset, 'boroughs' | 'geography'>): ReadonlySet<string> {
  return new Set([
    WHOLE_ID,
    ...allGroups(data.geography).map((g) => g.code),
    ...data.boroughs.map((b) => b.code),
  ]);
}

/** "33 boroughs", "1 area". */
export function countOf(n: number, names: { singular: string; plural: string }): string {
  return `${thousands(n)} ${n === 1 ? names.singular : names.plural}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How the page names the levels: "Borough", "boroughs", "ICB", "ICBs", "London", "ONS code". */
export interface LevelLabels {
  Area: string;
  Areas: string;
  area: string;
  areas: string;
  Group: string;
  group: string;
  groups: string;
  whole: string;
  code: string;
}

export function levelLabels(geo: Geography): LevelLabels {
  const main = mainGrouping(geo);
  return {
    Area: capital(geo.leaf.names.singular),
    Areas: capital(geo.leaf.names.plural),
    area: geo.leaf.names.singular,
    areas: geo.leaf.names.plural,
    Group: capital(main.names.singular),
    group: main.names.singular,
    groups: main.names.plural,
    whole: geo.whole.name,
    code: geo.leaf.code,
  };
}

/** Each area's label for the maps, by code. */
export function shortNames(areas: readonly Pick<Borough, 'code' | 'short'>[]): ReadonlyMap<string, string> {
  return new Map(areas.map((b) => [b.code, b.short]));
}

/** "London’s 5 integrated care boards (ICBs), the 2016 STP footprints: North West London, ...": the map's thick lines. */
export function groupLines(geo: Geography): string {
  const main = mainGrouping(geo);
  const title = /^.[a-z]/.test(main.title)
    ? main.title.charAt(0).toLowerCase() + main.title.slice(1)
    : main.title;
  return `${geo.whole.name}’s ${main.groups.length} ${title}: ${main.groups.map((g) => g.name).join(', ')}`;
}
