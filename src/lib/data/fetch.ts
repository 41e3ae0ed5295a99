/** Load the generated data in the browser: same-origin files only, validated on arrival. */
import type { Topology } from 'topojson-specification';
import { parseDataset } from './parse.ts';
import type { Dataset } from './types.ts';

export interface LoadedData {
  dataset: Dataset;
  topology: Topology;
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: the server answered ${res.status} ${res.statusText}`.trim());
  return res.json() as Promise<unknown>;
}

function asTopology(json: unknown): Topology {
  const t = json as Partial<Topology> | null;
  if (!t || t.type !== 'Topology' || !t.objects || !('boroughs' in t.objects)) {
    throw new Error('data/boroughs.topo.json is not the expected borough boundaries');
  }
  return t as Topology;
}

export async function loadData(base = './data/'): Promise<LoadedData> {
  const [dataset, topology] = await Promise.all([
    getJson(`${base}boroughs.json`),
    getJson(`${base}boroughs.topo.json`),
  ]);
  return { dataset: parseDataset(dataset), topology: asTopology(topology) };
}
