/**
 * The page on 5,016 areas (a synthetic file, timing only: London's boroughs cut into equal
 * parts, scripts/data/synthetic-areas.ts), loaded through "Use your own areas" as a planner
 * loads theirs: the file's load, slider steps with every view updated, and the Monte Carlo's
 * 10,000 draws for the whole and the selected area in the site's worker.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { readAreas } from '../../src/lib/areas/read-areas.ts';
import { loadDatasetFromDisk } from '../../src/lib/data/load-node.ts';
import type { Dataset } from '../../src/lib/data/types.ts';
import { presetScenario } from '../../src/lib/model/index.ts';
import { touch } from '../../tests/e2e/support/site.ts';
import { syntheticAreasCsv, syntheticBoundaries } from '../data/synthetic-areas.ts';

/** The synthetic file's text and its dataset as the page reads it. */
export function syntheticAreas(): { csv: string; data: Dataset } {
  const csv = syntheticAreasCsv(readFileSync('public/data/areas-template.csv', 'utf8'));
  const read = readAreas({ file: 'synthetic.csv', text: csv, base: loadDatasetFromDisk() });
  if (!read.ok) throw new Error(`the synthetic areas do not read: ${read.issues[0]?.message ?? ''}`);
  return { csv, data: read.dataset };
}

/**
 * Opens the page and loads the synthetic areas through the file input, with their synthetic
 * boundaries when `shapes` (a GeoJSON square for each); returns the page and the load's ms.
 */
export async function openWithManyAreas(
  browser: Browser,
  url: string,
  csv: string,
  shapes = false,
): Promise<{ page: Page; loadMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await touch(page);
  await page.getByRole('button', { name: 'Use your own areas' }).click();
  await page.setInputFiles('#own-areas-file', {
    name: 'synthetic-5016.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  if (shapes)
    await page.setInputFiles('#own-areas-shapes', {
      name: 'synthetic-5016.geojson',
      mimeType: 'application/json',
      buffer: Buffer.from(syntheticBoundaries(csv)),
    });
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Load your areas' }).click();
  await page
    .getByRole('heading', { name: 'Your own areas: synthetic-5016.csv' })
    .waitFor({ timeout: 120_000 });
  const loadMs = Date.now() - t0;
  await page.locator('[data-chart="ranked"]').waitFor({ timeout: 60_000 });
  return { page, loadMs };
}

/**
 * 10,000 draws of the default scenario for the whole and the selected area in the site's
 * worker on `data`: the worker's own time for its first reply, which carries those two
 * (every area's ranges follow in batches). One run of 1,000 draws first
 * (which also sends the data); where that is quick, the median of 3 runs of 10,000 after
 * a warm-up, else a single run of 10,000 (it can take half a minute today).
 */
export async function manyAreasMonteCarlo(
  browser: Browser,
  url: string,
  worker: string,
  data: Dataset,
): Promise<{ ms: number; runs: number }> {
  const scenario = presetScenario('evidence-2026', data);
  const areaId = data.boroughs[0]?.code ?? 'london';
  const page = await browser.newPage();
  await page.goto(url);
  const out = await page.evaluate(
    async ({ worker, data, scenario, areaId }) => {
      // No named functions in here: the script runner would wrap them in a helper the page lacks.
      const w = new Worker(`./${worker}`, { type: 'module' });
      const times: number[] = [];
      // 1,000 draws first (with the data); then, where that took under a second, a warm-up and
      // three timed runs of 10,000, else one timed run of 10,000.
      let plan = [1_000];
      for (let k = 0; k < plan.length; k++) {
        const draws = plan[k] as number;
        const ms = await new Promise<number>((resolve, reject) => {
          // The first reply for this request: the whole's and the selected area's ranges. Progress
          // on every area's, and replies to an earlier request, are not this one's answer.
          w.onmessage = (e: MessageEvent<{ id: number; ms?: { monteCarlo: number }; error?: string }>) => {
            if (e.data.id !== k + 1) return;
            if (e.data.ms) resolve(e.data.ms.monteCarlo);
            else if (e.data.error !== undefined) reject(new Error(e.data.error));
          };
          w.postMessage({ id: k + 1, scenario, draws, seed: 1, areaId, ...(k === 0 ? { data } : {}) });
        });
        if (k === 0) plan = ms < 1_000 ? [1_000, 10_000, 10_000, 10_000, 10_000] : [1_000, 10_000];
        else if (plan.length === 2 || k >= 2) times.push(ms);
      }
      w.terminate();
      times.sort((a, b) => a - b);
      return { ms: times[Math.floor(times.length / 2)] as number, runs: times.length };
    },
    { worker, data, scenario, areaId },
  );
  await page.close();
  return out;
}

/**
 * Slider steps on a page whose map is a canvas: from the input to the end of the frame that
 * draws the canvas (the map draws in the frame after a change; a callback asked for after
 * it runs after it in that frame). Includes the wait for the frame.
 */
export async function stepsToCanvasDrawn(page: Page, steps: number): Promise<number[]> {
  return page.evaluate(async (steps) => {
    const out: number[] = [];
    const el = document.querySelector<HTMLInputElement>('[data-testid="slider-lwPer10k"]');
    if (!el) throw new Error('no slider');
    for (let i = 0; i < steps; i++) {
      const t0 = performance.now();
      el.value = String(Number(el.min) + ((Number(el.max) - Number(el.min)) * ((i * 7) % 20)) / 20);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      // Svelte's effects (the canvas asks for its frame) run in a microtask after the input.
      await Promise.resolve();
      const drawn = await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
      out.push(drawn - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }, steps);
}
