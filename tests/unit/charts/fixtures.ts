/** The generated borough boundaries (npm run data writes them) for map tests. */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';

export function loadTopology(file = 'public/data/boroughs.topo.json'): Topology {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Topology;
  } catch (err) {
    throw new Error(`${file} could not be read: run npm run data first`, { cause: err });
  }
}
