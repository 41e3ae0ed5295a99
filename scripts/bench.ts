/**
 * Browser benchmark against the built site (run `npm run bench`, which builds first).
 * Measures what DESIGN.md budgets, in headless Chromium on this machine, prints a
 * table, writes bench-results/bench.json and exits non-zero naming any broken budget.
 * Cold loads of the Vega-Lite peer (../shared/peers) are interleaved with the page's:
 * both are printed, and on a machine slower than the one the budgets were set on (the
 * peer shows it) the time budgets are scaled by the peer's slowdown.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../tests/e2e/support/browser.ts';
import { touch } from '../tests/e2e/support/site.ts';
import { serveDist } from '../tests/e2e/support/server.ts';
import { keyPressFrames, type PressFrame } from './key-press-frames.ts';
import { PEER_SLIDER, openPeer, peerFirstLoadBytes, peerSliderSteps } from './bench/peer.ts';
import {
  manyAreasMonteCarlo,
  openWithManyAreas,
  stepsToCanvasDrawn,
  syntheticAreas,
} from './bench/many-areas.ts';
import { loadDatasetFromDisk } from '../src/lib/data/load-node.ts';
import { MAX_HORIZON, presetScenario, type Scenario } from '../src/lib/model/index.ts';

const BUDGETS = {
  firstLoadKiB: 80,
  mapPaintMedianMs: 250,
  sliderMedianMs: 4,
  sliderP95Ms: 8,
  /** A key held down (30 a second): each press's work (handler, render, raster and draw), p95. */
  heldKeyWorkP95Ms: 1000 / 60,
  /** Tapping (10 a second): presses longer than a frame, of 60 (one allowed for machine noise). */
  tappedLongKeyPresses: 1,
  monteCarloWorkerMs: 200,
  /** At 5,000 areas (issue 13): a slider step with every view updated, and 10,000 draws for the whole and the selected area. */
  manyAreasSliderP95Ms: 8,
  /** The same with a boundary each: the map of shapes on a canvas. */
  manyShapesSliderP95Ms: 8,
  manyAreasMonteCarloMs: 200,
};

/** "≤ 8 ms", or "≤ 12.1 ms (8 on the budgets' machine)" when scaled. */
function within(budget: number, design: number, unit: string, digits: number): string {
  return budget > design
    ? `≤ ${budget.toFixed(digits)} ${unit} (${design} on the budgets' machine)`
    : `≤ ${design} ${unit}`;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (i - lo);
}

/**
 * Gzipped bytes of every response the first view loads without any input: up to
 * the Monte Carlo range on screen (the worker is part of the first view), then
 * until the network is idle. Then the pointer enters the page, which fetches what
 * the first screen leaves out (the charts below the map, the print brief): that
 * is reported as the weight after the first input.
 */
async function firstLoadBytes(
  browser: Browser,
  url: string,
): Promise<{ total: number; files: [string, number][]; afterInput: number; inputFiles: [string, number][] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  let files: [string, number][] = [];
  // Each file once: a file fetched again (the model chunk, by the worker) comes from the cache.
  const seen = new Set<string>();
  page.on('response', (r) => {
    const list = files;
    const path = new URL(r.url()).pathname;
    if (seen.has(path)) return;
    seen.add(path);
    void r
      .body()
      .then((b) => list.push([path, gzipSync(b, { level: 9 }).length]))
      .catch(() => undefined);
  });
  await page.goto(url);
  await page.waitForFunction(() =>
    /90% of runs/.test(document.querySelector('[data-testid="net-range"]')?.textContent ?? ''),
  );
  await page.waitForLoadState('networkidle');
  const first = files;
  files = [];
  await page.mouse.move(1, 1);
  await page.locator('[data-chart="roi"]').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.close();
  const sum = (xs: [string, number][]) => xs.reduce((a, [, n]) => a + n, 0);
  return { total: sum(first), files: first, afterInput: sum(files), inputFiles: files };
}

/**
 * The Vega-Lite peer (shared/peers beside the project): one map and one slider over the
 * same boundaries. PEER_DIR names another copy; a checkout elsewhere finds the workplace's.
 */
const PEER =
  [
    process.env.PEER_DIR,
    resolve('..', 'shared', 'peers', 'vegalite-map'),
    '/work/shared/peers/vegalite-map',
  ].find((dir): dir is string => dir !== undefined && existsSync(join(dir, 'index.html'))) ??
  resolve('..', 'shared', 'peers', 'vegalite-map');

/**
 * The peer's map-painted time on the machine where the budgets were set, measured side by
 * side with the page (issue 14: 224-230 ms, midpoint). The budgets are times on that
 * machine; a shared machine is at times far slower (the same code's slider steps and the
 * peer's loads both take half as long again), which the peer's loads in the same run
 * show. The time budgets are scaled by that slowdown, never loosened on a machine as quick
 * as that one or quicker; the raw figures are printed beside them.
 */
const PEER_REFERENCE_MS = 227;

/** How much slower than the budgets' machine this one is in this run (1 at least). */
function slowdownOf(peerMs: number | null): number {
  return peerMs === null || !Number.isFinite(peerMs) ? 1 : Math.max(1, peerMs / PEER_REFERENCE_MS);
}

/** The budgets for this run: the times scaled by the machine's slowdown, the rest as DESIGN.md sets them. */
function budgetsFor(slowdown: number): typeof BUDGETS {
  return {
    ...BUDGETS,
    mapPaintMedianMs: BUDGETS.mapPaintMedianMs * slowdown,
    sliderMedianMs: BUDGETS.sliderMedianMs * slowdown,
    sliderP95Ms: BUDGETS.sliderP95Ms * slowdown,
    monteCarloWorkerMs: BUDGETS.monteCarloWorkerMs * slowdown,
    heldKeyWorkP95Ms: BUDGETS.heldKeyWorkP95Ms * slowdown,
    manyAreasSliderP95Ms: BUDGETS.manyAreasSliderP95Ms * slowdown,
    manyShapesSliderP95Ms: BUDGETS.manyShapesSliderP95Ms * slowdown,
    manyAreasMonteCarloMs: BUDGETS.manyAreasMonteCarloMs * slowdown,
  };
}

interface Paint {
  /** Navigation start to the first animation frame after the 33 borough paths are in the DOM. */
  ours: number[];
  /** The same, one frame later: the frame that drew the map has been rendered (as the peer marks it). */
  oursDrawn: number[];
  /** The peer's own mark, two frames after its map is embedded, from loads interleaved with ours. */
  peer: number[];
}

/** Cold loads (a fresh context each) of the page and, interleaved so machine noise hits both, of the peer. */
async function mapPaint(
  browser: Browser,
  url: string,
  runs: number,
  throttle = 1,
  peerUrl: string | null = null,
): Promise<Paint> {
  const out: Paint = { ours: [], oursDrawn: [], peer: [] };
  const open = async (target: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    return { context, page, target };
  };
  for (let i = 0; i < runs; i++) {
    const { context, page } = await open(url);
    await page.addInitScript(() => {
      const w = window as unknown as { __mapPainted?: number; __mapDrawn?: number };
      new MutationObserver((_, obs) => {
        if (document.querySelectorAll('[data-testid="geo-map"] [data-code]').length === 33) {
          requestAnimationFrame(() => {
            w.__mapPainted = performance.now();
            requestAnimationFrame(() => (w.__mapDrawn = performance.now()));
          });
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __mapDrawn?: number }).__mapDrawn !== undefined);
    const [painted, drawn] = await page.evaluate(() => {
      const w = window as unknown as { __mapPainted: number; __mapDrawn: number };
      return [w.__mapPainted, w.__mapDrawn];
    });
    out.ours.push(painted as number);
    out.oursDrawn.push(drawn as number);
    await context.close();
    if (peerUrl) {
      const peer = await open(peerUrl);
      await peer.page.goto(peerUrl);
      await peer.page.waitForFunction(() => document.documentElement.dataset.ready === '1');
      out.peer.push(
        await peer.page.evaluate(() => performance.getEntriesByName('map-painted')[0]?.startTime ?? NaN),
      );
      await peer.context.close();
    }
  }
  return out;
}

/**
 * 10,000 Monte Carlo draws in the site's own worker, started in the page: the
 * worker's time for the draws (its reply says), median of 5 runs after 3 warm-up runs,
 * for the default scenario (15 years, link workers limiting starts in every borough),
 * the same with demand-led delivery, and the 2017 reconstruction at 4 and 15 years.
 */
async function workerMonteCarlo(browser: Browser, url: string): Promise<Record<string, number>> {
  const file = readdirSync('dist').find((f) => f.startsWith('monte-carlo.worker'));
  if (!file) throw new Error('dist has no Monte Carlo worker');
  const data = loadDatasetFromDisk();
  const evidence = presetScenario('evidence-2026', data);
  const hlp = presetScenario('hlp2017', data);
  const cases: Record<string, Scenario> = {
    'Evidence 2026, 15 years, capacity-led': evidence,
    'Evidence 2026, 15 years, demand-led': { ...evidence, delivery: 'demandLed' },
    'HLP 2017, 4 years': hlp,
    'HLP 2017, 15 years, observed population': {
      ...hlp,
      endYear: hlp.startYear + MAX_HORIZON,
      population: 'observed',
    },
  };
  const page = await browser.newPage();
  await page.goto(url);
  const out = await page.evaluate(
    async ({ file, data, cases }) => {
      // No named functions in here: the script runner would wrap them in a helper the page lacks.
      const worker = new Worker(`./${file}`, { type: 'module' });
      const result: Record<string, number> = {};
      let id = 0;
      for (const [name, scenario] of Object.entries(cases)) {
        const times: number[] = [];
        // The first three runs of each case warm up; the first request of all carries the data.
        for (let i = 0; i < 8; i++) {
          const ms = await new Promise<number>((resolve, reject) => {
            worker.onmessage = (e: MessageEvent<{ ms?: { monteCarlo: number }; error?: string }>) =>
              e.data.ms ? resolve(e.data.ms.monteCarlo) : reject(new Error(e.data.error));
            worker.postMessage({
              id: ++id,
              scenario,
              draws: 10_000,
              seed: 1,
              areaId: 'london',
              ...(id === 1 ? { data } : {}),
            });
          });
          if (i >= 3) times.push(ms);
        }
        result[name] = times.sort((a, b) => a - b)[2] as number;
      }
      worker.terminate();
      return result;
    },
    { file, data, cases },
  );
  await page.close();
  return out;
}

/** Sliders of the default scenario (Evidence 2026: capacity-led, 2023/24 unit costs). */
const SLIDERS = ['lwPer10k', 'eff_sp_nel', 'cost2324_gp', 'turnover', 'alpha', 'share_sp_ltc'];

/** Input event on a slider to the last DOM mutation it causes (MutationObserver), per step. */
async function sliderSteps(page: Page, steps: number): Promise<number[]> {
  return page.evaluate(
    async ({ ids, steps }) => {
      const out: number[] = [];
      const root = document.getElementById('main') as HTMLElement;
      for (let i = 0; i < steps; i++) {
        const id = ids[i % ids.length] as string;
        const el = document.querySelector<HTMLInputElement>(`[data-testid="slider-${id}"]`);
        if (!el) throw new Error(`no slider ${id}`);
        const min = Number(el.min);
        const max = Number(el.max);
        const next = min + ((max - min) * ((i * 7) % 20)) / 20;
        let last = 0;
        const obs = new MutationObserver(() => (last = performance.now()));
        obs.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        const t0 = performance.now();
        el.value = String(next);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 0));
        obs.disconnect();
        if (last > 0) out.push(last - t0);
      }
      return out;
    },
    { ids: SLIDERS, steps },
  );
}

/**
 * Real key presses on a slider, one every `gapMs`: held (a held arrow key repeats
 * about 30 times a second, half the presses to the right then half back) or
 * tapped (alternately right and left). Counts the browser's Event Timing entries
 * longer than a frame.
 */
async function keyPresses(
  page: Page,
  presses: number,
  gapMs: number,
  held: boolean,
  slider = '[data-testid="slider-lwPer10k"]',
): Promise<{ count: number; long: number; worst: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __events: number[]; __observer?: PerformanceObserver };
    w.__events = [];
    w.__observer?.disconnect();
    w.__observer = new PerformanceObserver((list) => {
      // Durations are reported in 8 ms steps; 16 ms is one frame, so only longer ones count.
      for (const e of list.getEntries())
        if (e.name === 'keydown' && e.duration > 16) w.__events.push(e.duration);
    });
    w.__observer.observe({
      type: 'event',
      durationThreshold: 16,
      buffered: false,
    } as PerformanceObserverInit);
  });
  await page.locator(slider).focus();
  for (let i = 0; i < presses; i++) {
    const right = held ? i < presses / 2 : i % 2 === 0;
    await page.keyboard.press(right ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(gapMs);
  }
  await page.waitForTimeout(300);
  const long = await page.evaluate(() => (window as unknown as { __events: number[] }).__events);
  return { count: presses, long: long.length, worst: long.length > 0 ? Math.max(...long) : 0 };
}

type Results = {
  firstLoadKiB: number;
  mapDrawnMedianMs: number;
  peerMapPaintedMs: number | null;
  longKeyPresses: number;
  longKeyTaps: number;
  throttled4x: { sliderMedianMs: number };
  peer: {
    firstLoadKiB: number | null;
    sliderMedianMs: number | null;
    oursSliderMedianMs: number | null;
    longKeyPresses: number | null;
    longKeyTaps: number | null;
    throttled4xMapPaintedMs: number | null;
    throttled4xOursDrawnMs: number;
    throttled4xSliderMedianMs: number | null;
  };
};

/**
 * The peer side by side (issue 14): each measure, ours, the peer's and ours / the peer's
 * (below 1: quicker or lighter than the peer). Map painted is the frame after the map's,
 * as the peer marks it; slider steps are blocks taken in turn; key presses count those
 * over a frame out of 60.
 */
function sideBySide(r: Results): string {
  const p = r.peer;
  const line = (what: string, ours: number, peer: number | null, unit: string, digits: number): string[] => [
    what,
    `${ours.toFixed(digits)} ${unit}`,
    peer === null ? 'n/a' : `${peer.toFixed(digits)} ${unit}`,
    peer === null ? 'n/a' : peer === 0 ? (ours === 0 ? '1.00' : `${ours} more`) : (ours / peer).toFixed(2),
  ];
  const table = [
    ['measure', 'ours', 'peer', 'ours / peer'],
    line('first load (gzipped)', r.firstLoadKiB, p.firstLoadKiB, 'KiB', 1),
    line('map painted, median', r.mapDrawnMedianMs, r.peerMapPaintedMs, 'ms', 0),
    line('slider step to views updated, median', p.oursSliderMedianMs ?? NaN, p.sliderMedianMs, 'ms', 2),
    line('key presses over a frame, held (of 60)', r.longKeyPresses, p.longKeyPresses, '', 0),
    line('key presses over a frame, tapped (of 60)', r.longKeyTaps, p.longKeyTaps, '', 0),
    line('4x CPU: map painted, median', p.throttled4xOursDrawnMs, p.throttled4xMapPaintedMs, 'ms', 0),
    line('4x CPU: slider step, median', r.throttled4x.sliderMedianMs, p.throttled4xSliderMedianMs, 'ms', 2),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  return table.map((row) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

/** `--report-only=a,b`: budgets that are measured and printed but do not fail the run. */
function reportOnly(): Set<string> {
  const arg = process.argv.find((a) => a.startsWith('--report-only='));
  const names = new Set(arg ? arg.slice('--report-only='.length).split(',').filter(Boolean) : []);
  const unknown = [...names].filter((k) => !(k in BUDGETS));
  if (unknown.length > 0) throw new Error(`--report-only names no budget: ${unknown.join(', ')}`);
  return names;
}

async function main(): Promise<void> {
  const excused = reportOnly();
  const server = await serveDist();
  const browser = await launch();
  try {
    const load = await firstLoadBytes(browser, server.url);
    const peerServer = existsSync(join(PEER, 'index.html'))
      ? await serveDist(PEER, { siteHeaders: false })
      : null;
    if (!peerServer) console.error(`no peer at ${PEER}: map paint is held to its own budget only`);
    let paints = await mapPaint(browser, server.url, 15, 1, peerServer?.url ?? null);
    // A shared machine has slow moments: a median over budget is measured once more
    // before it counts, and both figures are printed.
    const peerMedian = () => (paints.peer.length > 0 ? quantile(paints.peer, 0.5) : null);
    if (quantile(paints.ours, 0.5) > budgetsFor(slowdownOf(peerMedian())).mapPaintMedianMs) {
      console.error(
        `map paint median ${quantile(paints.ours, 0.5).toFixed(0)} ms is over budget: measuring again`,
      );
      paints = await mapPaint(browser, server.url, 15, 1, peerServer?.url ?? null);
    }
    const slowdown = slowdownOf(peerMedian());
    const budgets = budgetsFor(slowdown);
    const paint = paints.ours;
    const paintsSlow = await mapPaint(browser, server.url, 5, 4, peerServer?.url ?? null);
    const paintSlow = paintsSlow.ours;
    const peerLoad = peerServer ? await peerFirstLoadBytes(browser, peerServer.url) : null;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    // Every view, including the assumptions and the charts below the map that the first input
    // brings in: the input comes once the page is built, as a person's would (touch()).
    await touch(page);
    await page.waitForSelector('[data-testid="slider-lwPer10k"]');
    await page.locator('[data-chart="stp"]').waitFor();
    await page.locator('[data-chart="roi"]').waitFor();
    await sliderSteps(page, 20); // warm up
    let steps = await sliderSteps(page, 200);
    if (quantile(steps, 0.5) > budgets.sliderMedianMs || quantile(steps, 0.95) > budgets.sliderP95Ms) {
      console.error(
        `slider steps ${quantile(steps, 0.5).toFixed(2)} / ${quantile(steps, 0.95).toFixed(2)} ms are over budget: measuring again`,
      );
      steps = await sliderSteps(page, 200);
    }
    // Key presses (issue 14): a held key's work per press (p95) and taps over a frame are
    // budgeted, each measured again before it counts; the held key's Event Timing count is reported.
    // The peer's slider, in the same run: its key presses right after ours, its slider steps in
    // blocks taken in turn with ours, so machine noise hits both.
    const peerPage = peerServer ? await openPeer(browser, peerServer.url) : null;
    const keys = await keyPresses(page, 60, 33, true);
    const peerKeys = peerPage ? await keyPresses(peerPage, 60, 33, true, PEER_SLIDER) : null;
    let taps = await keyPresses(page, 60, 100, false);
    if (taps.long > budgets.tappedLongKeyPresses) {
      console.error(`${taps.long} tapped key presses were over a frame: measuring again`);
      taps = await keyPresses(page, 60, 100, false);
    }
    const peerTaps = peerPage ? await keyPresses(peerPage, 60, 100, false, PEER_SLIDER) : null;
    const sideSteps: { ours: number[]; peer: number[] } = { ours: [], peer: [] };
    if (peerPage) {
      await peerSliderSteps(peerPage, 20); // warm up
      for (let block = 0; block < 4; block++) {
        sideSteps.ours.push(...(await sliderSteps(page, 50)));
        sideSteps.peer.push(...(await peerSliderSteps(peerPage, 50)));
      }
    }
    // The held presses once more under a trace, to show where each one's time goes.
    const held = async () => {
      const frames = await keyPressFrames(page, () => keyPresses(page, 60, 33, true).then(() => undefined));
      if (frames.length < 30)
        throw new Error(`the trace paired only ${frames.length} of 60 key presses with a frame`);
      return { frames, work: frames.map((f) => f.handlerMs + f.renderMs + f.drawMs) };
    };
    let { frames, work } = await held();
    if (quantile(work, 0.95) > budgets.heldKeyWorkP95Ms) {
      console.error(
        `held key presses' work p95 ${quantile(work, 0.95).toFixed(1)} ms is over budget: measuring again`,
      );
      ({ frames, work } = await held());
    }
    const median = (k: keyof PressFrame): number =>
      quantile(
        frames.map((f) => f[k]),
        0.5,
      );
    let monteCarloMs = await workerMonteCarlo(browser, server.url);
    const slowest = Math.max(...Object.values(monteCarloMs));
    if (slowest > budgets.monteCarloWorkerMs) {
      console.error(`Monte Carlo ${slowest.toFixed(0)} ms is over budget: measuring again`);
      monteCarloMs = await workerMonteCarlo(browser, server.url);
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const stepsSlow = await sliderSteps(page, 100);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    let peerStepsSlow: number[] = [];
    if (peerPage) {
      const peerCdp = await peerPage.context().newCDPSession(peerPage);
      await peerCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      peerStepsSlow = await peerSliderSteps(peerPage, 100);
      await peerCdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await peerPage.close();
    }
    await peerServer?.close();

    // 5,016 synthetic areas loaded through "Use your own areas".
    const many = syntheticAreas();
    const manyPage = await openWithManyAreas(browser, server.url, many.csv);
    await sliderSteps(manyPage.page, 10); // warm up
    let manySteps = await sliderSteps(manyPage.page, 100);
    if (quantile(manySteps, 0.95) > budgets.manyAreasSliderP95Ms) {
      console.error(
        `5,016 areas: slider step p95 ${quantile(manySteps, 0.95).toFixed(1)} ms is over budget: measuring again`,
      );
      manySteps = await sliderSteps(manyPage.page, 100);
    }
    const manyDrawn = await stepsToCanvasDrawn(manyPage.page, 40);
    await manyPage.page.close();
    // The same areas with a boundary each (synthetic squares): the map of shapes, on a canvas.
    const shapesPage = await openWithManyAreas(browser, server.url, many.csv, true);
    await sliderSteps(shapesPage.page, 10); // warm up
    let shapesSteps = await sliderSteps(shapesPage.page, 100);
    if (quantile(shapesSteps, 0.95) > budgets.manyShapesSliderP95Ms) {
      console.error(
        `5,016 areas with boundaries: slider step p95 ${quantile(shapesSteps, 0.95).toFixed(1)} ms is over budget: measuring again`,
      );
      shapesSteps = await sliderSteps(shapesPage.page, 100);
    }
    const shapesDrawn = await stepsToCanvasDrawn(shapesPage.page, 40);
    await shapesPage.page.close();
    const workerFile = readdirSync('dist').find((f) => f.startsWith('monte-carlo.worker'));
    if (!workerFile) throw new Error('dist has no Monte Carlo worker');
    let manyMonteCarlo = await manyAreasMonteCarlo(browser, server.url, workerFile, many.data);
    if (manyMonteCarlo.ms > budgets.manyAreasMonteCarloMs) {
      console.error(
        `5,016 areas: Monte Carlo ${manyMonteCarlo.ms.toFixed(0)} ms is over budget: measuring again`,
      );
      manyMonteCarlo = await manyAreasMonteCarlo(browser, server.url, workerFile, many.data);
    }

    const results = {
      firstLoadKiB: load.total / 1024,
      firstLoadFiles: load.files,
      afterFirstInputKiB: load.afterInput / 1024,
      afterFirstInputFiles: load.inputFiles,
      mapPaintMedianMs: quantile(paint, 0.5),
      mapPaintP95Ms: quantile(paint, 0.95),
      mapDrawnMedianMs: quantile(paints.oursDrawn, 0.5),
      peerMapPaintedMs: peerMedian(),
      sliderMedianMs: quantile(steps, 0.5),
      sliderP95Ms: quantile(steps, 0.95),
      sliderSteps: steps.length,
      keyPresses: keys.count,
      longKeyPresses: keys.long,
      heldKeyWorkP95Ms: quantile(work, 0.95),
      tappedLongKeyPresses: taps.long,
      worstKeyPressMs: keys.worst,
      longKeyTaps: taps.long,
      heldKeyFrames: {
        presses: frames.length,
        handlerMedianMs: median('handlerMs'),
        waitMedianMs: median('waitMs'),
        renderMedianMs: median('renderMs'),
        drawMedianMs: median('drawMs'),
        workMedianMs: quantile(work, 0.5),
        workP95Ms: quantile(work, 0.95),
        workOverFrame: work.filter((ms) => ms > 1000 / 60).length,
      },
      monteCarloWorkerMs: Math.max(...Object.values(monteCarloMs)),
      monteCarloWorker: monteCarloMs,
      manyAreas: {
        areas: many.data.boroughs.length,
        loadMs: manyPage.loadMs,
        sliderMedianMs: quantile(manySteps, 0.5),
        monteCarloRuns: manyMonteCarlo.runs,
      },
      manyAreasSliderP95Ms: quantile(manySteps, 0.95),
      manyAreasDrawn: { medianMs: quantile(manyDrawn, 0.5), p95Ms: quantile(manyDrawn, 0.95) },
      manyShapes: {
        loadMs: shapesPage.loadMs,
        sliderMedianMs: quantile(shapesSteps, 0.5),
        drawnMedianMs: quantile(shapesDrawn, 0.5),
        drawnP95Ms: quantile(shapesDrawn, 0.95),
      },
      manyShapesSliderP95Ms: quantile(shapesSteps, 0.95),
      manyAreasMonteCarloMs: manyMonteCarlo.ms,
      peer: {
        firstLoadKiB: peerLoad === null ? null : peerLoad / 1024,
        sliderMedianMs: sideSteps.peer.length > 0 ? quantile(sideSteps.peer, 0.5) : null,
        oursSliderMedianMs: sideSteps.ours.length > 0 ? quantile(sideSteps.ours, 0.5) : null,
        longKeyPresses: peerKeys?.long ?? null,
        longKeyTaps: peerTaps?.long ?? null,
        throttled4xMapPaintedMs: paintsSlow.peer.length > 0 ? quantile(paintsSlow.peer, 0.5) : null,
        throttled4xOursDrawnMs: quantile(paintsSlow.oursDrawn, 0.5),
        throttled4xSliderMedianMs: peerStepsSlow.length > 0 ? quantile(peerStepsSlow, 0.5) : null,
      },
      throttled4x: {
        mapPaintMedianMs: quantile(paintSlow, 0.5),
        sliderMedianMs: quantile(stepsSlow, 0.5),
        sliderP95Ms: quantile(stepsSlow, 0.95),
      },
    };
    const rows: [string, string, string][] = [
      ['first load (gzipped)', `${results.firstLoadKiB.toFixed(1)} KiB`, `≤ ${BUDGETS.firstLoadKiB} KiB`],
      ['fetched at the first input (gzipped)', `${results.afterFirstInputKiB.toFixed(1)} KiB`, 'reported'],
      [
        'map painted, median of 15 cold loads',
        `${results.mapPaintMedianMs.toFixed(0)} ms (p95 ${results.mapPaintP95Ms.toFixed(0)})`,
        within(budgets.mapPaintMedianMs, BUDGETS.mapPaintMedianMs, 'ms', 0),
      ],
      ...(results.peerMapPaintedMs === null
        ? []
        : ([
            [
              'map drawn (a frame later), median: ours / the Vega-Lite peer, loads interleaved',
              `${results.mapDrawnMedianMs.toFixed(0)} / ${results.peerMapPaintedMs.toFixed(0)} ms`,
              `reported; the peer took ${PEER_REFERENCE_MS} ms where the budgets were set`,
            ],
          ] as [string, string, string][])),
      [
        'slider step to views updated, median',
        `${results.sliderMedianMs.toFixed(2)} ms`,
        within(budgets.sliderMedianMs, BUDGETS.sliderMedianMs, 'ms', 1),
      ],
      [
        'slider step to views updated, p95',
        `${results.sliderP95Ms.toFixed(2)} ms`,
        within(budgets.sliderP95Ms, BUDGETS.sliderP95Ms, 'ms', 1),
      ],
      [
        'key presses longer than a frame, held key (30/s), Event Timing',
        `${keys.long} of ${keys.count} (worst ${keys.worst.toFixed(0)} ms)`,
        'reported',
      ],
      [
        'key presses longer than a frame, tapping (10/s)',
        `${taps.long} of ${taps.count} (worst ${taps.worst.toFixed(0)} ms)`,
        `≤ ${BUDGETS.tappedLongKeyPresses}`,
      ],
      [
        'held key, per press: handler / wait for a frame / frame render / raster and draw, medians',
        `${[
          results.heldKeyFrames.handlerMedianMs,
          results.heldKeyFrames.waitMedianMs,
          results.heldKeyFrames.renderMedianMs,
          results.heldKeyFrames.drawMedianMs,
        ]
          .map((ms) => ms.toFixed(1))
          .join(' / ')} ms`,
        'reported',
      ],
      [
        'held key, per press: handler, render and draw together, median / p95',
        `${results.heldKeyFrames.workMedianMs.toFixed(1)} / ${results.heldKeyFrames.workP95Ms.toFixed(1)} ms (${results.heldKeyFrames.workOverFrame} of ${results.heldKeyFrames.presses} over 16.7)`,
        `${within(budgets.heldKeyWorkP95Ms, 16.7, 'ms', 1)} (p95)`,
      ],
      ...Object.entries(monteCarloMs).map(([name, ms]): [string, string, string] => [
        `Monte Carlo in the worker, 10,000 draws, ${name}`,
        `${ms.toFixed(0)} ms`,
        within(budgets.monteCarloWorkerMs, BUDGETS.monteCarloWorkerMs, 'ms', 0),
      ]),
      ['4x CPU: map painted, median', `${results.throttled4x.mapPaintMedianMs.toFixed(0)} ms`, 'reported'],
      [
        `${results.manyAreas.areas.toLocaleString('en-GB')} synthetic areas: the file loaded, every view built`,
        `${(results.manyAreas.loadMs / 1000).toFixed(1)} s`,
        'reported',
      ],
      [
        `${results.manyAreas.areas.toLocaleString('en-GB')} synthetic areas: slider step to views updated, median / p95`,
        `${results.manyAreas.sliderMedianMs.toFixed(1)} / ${results.manyAreasSliderP95Ms.toFixed(1)} ms`,
        within(budgets.manyAreasSliderP95Ms, BUDGETS.manyAreasSliderP95Ms, 'ms', 1) + ' (p95)',
      ],
      [
        `${results.manyAreas.areas.toLocaleString('en-GB')} synthetic areas: input to the map's canvas drawn (next frame), median / p95`,
        `${results.manyAreasDrawn.medianMs.toFixed(1)} / ${results.manyAreasDrawn.p95Ms.toFixed(1)} ms`,
        'reported',
      ],
      [
        `${results.manyAreas.areas.toLocaleString('en-GB')} synthetic areas with boundaries: the files loaded, every view built`,
        `${(results.manyShapes.loadMs / 1000).toFixed(1)} s`,
        'reported',
      ],
      [
        `${results.manyAreas.areas.toLocaleString('en-GB')} synthetic areas with boundaries: slider step to views updated, median / p95`,
        `${results.manyShapes.sliderMedianMs.toFixed(1)} / ${results.manyShapesSliderP95Ms.toFixed(1)} ms`,
        within(budgets.manyShapesSliderP95Ms, BUDGETS.manyShapesSliderP95Ms, 'ms', 1) + ' (p95)',
      ],
      [
        `${results.manyAreas.areas.toLocaleString('en-GB')} synthetic areas with boundaries: input to the map's canvas drawn (next frame), median / p95`,
        `${results.manyShapes.drawnMedianMs.toFixed(1)} / ${results.manyShapes.drawnP95Ms.toFixed(1)} ms`,
        'reported',
      ],
      [
        `${results.manyAreas.areas.toLocaleString('en-GB')} synthetic areas: Monte Carlo in the worker, 10,000 draws`,
        `${results.manyAreasMonteCarloMs.toFixed(0)} ms${results.manyAreas.monteCarloRuns === 1 ? ' (one run)' : ''}`,
        within(budgets.manyAreasMonteCarloMs, BUDGETS.manyAreasMonteCarloMs, 'ms', 0),
      ],
      [
        '4x CPU: slider step median / p95',
        `${results.throttled4x.sliderMedianMs.toFixed(2)} / ${results.throttled4x.sliderP95Ms.toFixed(2)} ms`,
        'reported',
      ],
    ];
    const w = Math.max(...rows.map((r) => r[0].length));
    const wb = Math.max(...rows.map((r) => r[1].length));
    console.log(rows.map(([a, b, c]) => `${a.padEnd(w)}  ${b.padEnd(wb)}  ${c}`).join('\n'));
    console.log(`\nside by side with the Vega-Lite peer (one map, one slider), in this run:`);
    console.log(sideBySide(results));
    console.log('\nfirst-load files (gzipped bytes):');
    for (const [f, n] of load.files) console.log(`  ${f}  ${n}`);
    console.log('fetched at the first input (gzipped bytes):');
    for (const [f, n] of load.inputFiles) console.log(`  ${f}  ${n}`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2) + '\n');

    if (slowdown > 1)
      console.error(
        `\nthe peer painted in ${results.peerMapPaintedMs?.toFixed(0)} ms against ${PEER_REFERENCE_MS} ms where the budgets were set: this machine is ${slowdown.toFixed(2)}x slower in this run, and the time budgets are scaled by that`,
      );
    const broken = (Object.keys(budgets) as (keyof typeof budgets)[]).filter(
      (k) => !(results[k] <= budgets[k]),
    );
    const named = (ks: string[]) =>
      ks
        .map(
          (k) =>
            `${k} = ${Number(results[k as keyof typeof BUDGETS]).toFixed(2)} > ${budgets[k as keyof typeof BUDGETS].toFixed(0)}`,
        )
        .join('; ');
    const failing = broken.filter((k) => !excused.has(k));
    const reported = broken.filter((k) => excused.has(k));
    if (reported.length > 0)
      console.error(`\nbudget broken, reported only (--report-only): ${named(reported)}`);
    if (failing.length > 0) {
      console.error(`\nbudget broken: ${named(failing)}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
