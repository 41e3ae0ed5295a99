/** Load the generated data in the browser: same-origin files only, validated on arrival. */
import { parseDataset, parseMapGeometry } from './parse.ts';
import type { Dataset, MapGeometry } from './types.ts';

export interface LoadedData {
  dataset: Dataset;
  /** The map, projected at build time. */
  geometry: MapGeometry;
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: the server answered ${res.status} ${res.statusText}`.trim());
  return res.json() as Promise<unknown>;
}

export async function loadData(base = './data/'): Promise<LoadedData> {
  // MODE is replaced at build time, so each build carries only one of these branches.
  const [datasetJson, mapJson] =
    import.meta.env.MODE === 'single'
      ? (await import('./inline-data.ts')).inlineData
      : await Promise.all([getJson(`${base}boroughs.json`), getJson(`${base}map.json`)]);
  const dataset = parseDataset(datasetJson);
  const geometry = parseMapGeometry(
    mapJson,
    dataset.boroughs.map((b) => b.code),
  );
  return { dataset, geometry };
}
