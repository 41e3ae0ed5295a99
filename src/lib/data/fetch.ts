/** Load the generated data in the browser: same-origin files only, validated on arrival. */
import { parseDataset, parseMapGeometry } from './parse.ts';
import type { Dataset, MapGeometry } from './types.ts';
import { Loader } from '../lazy/loader.svelte.ts';

/** The single-file build's data, inside its script (the normal build never asks for it). */
const inline = /* @__PURE__ */ new Loader('The borough data', () => import('./inline-data.ts'));

export interface LoadedData {
  dataset: Dataset;
  /** The map, projected at build time. */
  geometry: MapGeometry;
}

/** How long a data file may take before the page says so and offers to try again. */
export const DATA_TIMEOUT_MS = 15_000;

async function getJson(url: string): Promise<unknown> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), DATA_TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: abort.signal });
    if (!res.ok) throw new Error(`${url}: the server answered ${res.status} ${res.statusText}`.trim());
    return (await res.json()) as unknown;
  } catch (e) {
    if (abort.signal.aborted)
      throw new Error(`${url}: no answer after ${DATA_TIMEOUT_MS / 1000} seconds`, { cause: e });
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

export async function loadData(base = './data/'): Promise<LoadedData> {
  // MODE is replaced at build time, so each build carries only one of these branches.
  const [datasetJson, mapJson] =
    import.meta.env.MODE === 'single'
      ? (await inline.load()).inlineData
      : await Promise.all([getJson(`${base}boroughs.json`), getJson(`${base}map.json`)]);
  const dataset = parseDataset(datasetJson);
  const geometry = parseMapGeometry(
    mapJson,
    dataset.boroughs.map((b) => b.code),
  );
  return { dataset, geometry };
}
