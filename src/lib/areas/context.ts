/** How a view switches the page to one's own areas and back: App.svelte provides it. */
import { getContext, setContext } from 'svelte';
import type { Dataset, MapGeometry } from '../data/types.ts';
import type { OwnAreas } from './own-areas.ts';

export interface AreasSwitch {
  /** Run the whole page on these areas, keeping the scenario. */
  use(data: Dataset, geometry: MapGeometry, own: OwnAreas): void;
  /** Back to London's boroughs, keeping the scenario. */
  reset(): void;
}

const KEY = Symbol('areas-switch');

export function setAreasSwitch(s: AreasSwitch): void {
  setContext(KEY, s);
}

export function getAreasSwitch(): AreasSwitch | undefined {
  return getContext<AreasSwitch | undefined>(KEY);
}
