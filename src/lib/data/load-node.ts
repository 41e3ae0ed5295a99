import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from './parse.ts';
import type { Dataset } from './types.ts';

/** Reads the generated dataset in node (CLI, tests); the page fetches the same file. */
export function loadDatasetFromDisk(dir = 'public/data'): Dataset {
  const file = join(dir, 'boroughs.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${file} not found: run npm run data first to build it from data/*.csv`, {
        cause: err,
      });
    }
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file} is not valid JSON (${(err as Error).message}): run npm run data to rebuild it`, {
      cause: err,
    });
  }
  return parseDataset(json);
}
