/**
 * The Uncertainty rune class with a stand-in worker: one request per burst of
 * changes, replies to replaced requests dropped, errors reported, destroy stops
 * everything. The stand-in answers with the real worker handler, so results are real.
 */
import { flushSync } from 'svelte';
import { FakeWorker } from '../support/fake-worker.ts';
import type { MonteCarloReply, MonteCarloRequest } from '../../../src/workers/monte-carlo.protocol.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import { Explorer } from '../../../src/lib/state/explorer.svelte.ts';
import { Uncertainty, WORKER_TIMEOUT_MS } from '../../../src/lib/state/uncertainty.svelte.ts';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../src/lib/data/types.ts';
import { readAreas } from '../../../src/lib/areas/read-areas.ts';
import { TEMPLATE_FILE } from '../../../src/lib/areas/template-file.ts';
import { syntheticAreasCsv } from '../../../scripts/data/synthetic-areas.ts';

const data = loadDatasetFromDisk();
const DELAY = 100;

function setup(areas: Dataset = data) {
  const explorer = new Explorer(areas, data);
  explorer.draws = 200;
  const workers: FakeWorker[] = [];
  const uncertainty = new Uncertainty(explorer, {
    delay: DELAY,
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  });
  flushSync();
  return { explorer, uncertainty, workers };
}

/** Let the debounce run out. */
function settle(): void {
  vi.advanceTimersByTime(DELAY);
  flushSync();
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Uncertainty', () => {
  it('sends one request for a burst of changes, with the last scenario, and the data only once', () => {
    const { explorer, uncertainty, workers } = setup();
    expect(uncertainty.status).toBe('running');
    expect(workers).toHaveLength(0);
    for (const rate of [0.1, 0.2, 0.3, 0.4]) {
      explorer.setParam('startRate', rate);
      flushSync();
      vi.advanceTimersByTime(DELAY / 2);
    }
    expect(workers).toHaveLength(0);
    settle();
    expect(workers).toHaveLength(1);
    const [worker] = workers as [FakeWorker];
    expect(worker.sent).toHaveLength(1);
    const [first] = worker.sent as [MonteCarloRequest];
    expect(first.scenario.values.startRate).toBe(0.4);
    expect(first.draws).toBe(200);
    expect(first.data).toBe(data);
    explorer.area = 'E09000012';
    flushSync();
    settle();
    expect(worker.sent).toHaveLength(2);
    expect(worker.sent[1]!.areaId).toBe('E09000012');
    expect(worker.sent[1]!.data).toBeUndefined();
    uncertainty.destroy();
  });

  it('drops the reply to a request that has since been replaced', () => {
    const { explorer, uncertainty, workers } = setup();
    settle();
    const worker = workers[0]!;
    explorer.setParam('startRate', 0.22);
    flushSync();
    settle();
    const [old, latest] = worker.sent as [MonteCarloRequest, MonteCarloRequest];
    worker.reply(old);
    expect(uncertainty.result).toBeNull();
    expect(uncertainty.status).toBe('running');
    worker.reply(latest);
    expect(uncertainty.status).toBe('ready');
    expect(uncertainty.result?.draws).toBe(200);
    expect(uncertainty.selected?.id).toBe('london');
    expect(uncertainty.current?.['E09000012']?.net.p5).toBeTypeOf('number');
    expect(uncertainty.tornado?.length).toBeGreaterThan(0);
    const net = uncertainty.lastTornado?.net ?? Number.NaN;
    // The worker's fast path agrees with the page's model to rounding.
    expect(net / (explorer.summaries.get('london')?.net ?? 0)).toBeCloseTo(1, 9);
    // A change makes the result stale at once: nothing is shown as current until the next reply.
    explorer.setParam('startRate', 0.3);
    flushSync();
    // The last tornado stays, with the net savings its rows were worked out from.
    expect(uncertainty.tornado).toBeNull();
    expect(uncertainty.lastTornado?.net).toBe(net);
    expect(explorer.summaries.get('london')?.net).not.toBe(net);
    expect(uncertainty.selected).toBeNull();
    expect(uncertainty.current).toBeNull();
    expect(uncertainty.status).toBe('running');
    uncertainty.destroy();
  });

  it('keeps the last ranges that arrived for the scenario shown, with its figures, while newer ones are worked out', () => {
    const { explorer, uncertainty, workers } = setup();
    settle();
    const worker = workers[0]!;
    expect(uncertainty.lastShown).toBeNull();
    worker.reply(worker.sent[0]!);
    const shown = uncertainty.lastShown;
    expect(shown?.ranges).toBe(uncertainty.current);
    expect(shown?.summaries).toBe(explorer.summaries);
    // A change: nothing is current, and the last ranges stay with the figures they belong to.
    explorer.setParam('startRate', 0.3);
    flushSync();
    expect(uncertainty.current).toBeNull();
    expect(uncertainty.lastShown).toBe(shown);
    expect(explorer.summaries).not.toBe(shown?.summaries);
    // An answer that arrives once the scenario has moved on again was never shown: it is not kept.
    settle();
    explorer.setParam('startRate', 0.35);
    flushSync();
    worker.reply(worker.sent[1]!);
    expect(uncertainty.result?.areas).toBeDefined();
    expect(uncertainty.resultScenario?.values.startRate).toBe(0.3);
    expect(uncertainty.current).toBeNull();
    expect(uncertainty.lastShown).toBe(shown);
    // The answer for the scenario on screen is.
    settle();
    worker.reply(worker.sent[2]!);
    expect(uncertainty.lastShown?.ranges).toBe(uncertainty.current);
    expect(uncertainty.lastShown?.summaries).toBe(explorer.summaries);
    uncertainty.destroy();
  });

  it('reports an error reply, and starts a fresh worker with the data for the next change', () => {
    const { explorer, uncertainty, workers } = setup();
    settle();
    const first = workers[0]!;
    first.send({ id: first.sent[0]!.id, error: 'out of memory' });
    expect(uncertainty.status).toBe('error');
    expect(uncertainty.error).toBe('out of memory');
    expect(first.terminated).toBe(true);
    explorer.setParam('startRate', 0.22);
    flushSync();
    settle();
    expect(workers).toHaveLength(2);
    const second = workers[1]!;
    expect(second.sent[0]!.data).toBe(data);
    second.reply(second.sent[0]!);
    expect(uncertainty.status).toBe('ready');
    expect(uncertainty.error).toBeNull();
    uncertainty.destroy();
  });

  it('reports a worker that fails to run', () => {
    const { uncertainty, workers } = setup();
    settle();
    const preventDefault = vi.fn();
    workers[0]!.onerror?.({ message: 'syntax error', preventDefault } as unknown as ErrorEvent);
    flushSync();
    expect(uncertainty.status).toBe('error');
    expect(uncertainty.error).toBe('syntax error');
    expect(preventDefault).toHaveBeenCalled();
    uncertainty.destroy();
  });

  it('says so when the worker does not answer in time, and tries a fresh worker at the next change', () => {
    const { explorer, uncertainty, workers } = setup();
    settle();
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(WORKER_TIMEOUT_MS);
    flushSync();
    expect(uncertainty.status).toBe('error');
    expect(uncertainty.error).toBe('the uncertainty worker did not answer in 20 seconds');
    expect(workers[0]!.terminated).toBe(true);
    // The figures never waited; the next change tries again, with a fresh worker and the data.
    explorer.setParam('startRate', 0.3);
    flushSync();
    settle();
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent[0]!.data).toBeDefined();
    workers[1]!.reply(workers[1]!.sent[0]!);
    expect(uncertainty.status).toBe('ready');
    expect(uncertainty.error).toBeNull();
  });

  it('never throws on a malformed reply: it says the reply could not be read and keeps working', () => {
    const { explorer, uncertainty, workers } = setup();
    settle();
    const w = workers[0]!;
    const bad: unknown[] = [
      null,
      5,
      { id: 1 },
      { id: 1, result: 5, tornado: null, ms: {} },
      {
        id: 1,
        result: { areas: [1], draws: 1, seed: 1, years: [], bcrHistograms: {} },
        tornado: null,
        ms: {},
      },
      { id: 1, error: 7 },
      { id: 'x' },
    ];
    for (const data of bad) {
      expect(() => w.onmessage?.({ data } as MessageEvent<MonteCarloReply>)).not.toThrow();
      flushSync();
      expect(uncertainty.status).toBe('error');
      expect(uncertainty.error).toMatch(/the uncertainty worker sent (a reply|an error)/);
    }
    explorer.setParam('startRate', 0.3);
    flushSync();
    settle();
    const fresh = workers.at(-1)!;
    fresh.reply(fresh.sent.at(-1)!);
    expect(uncertainty.status).toBe('ready');
  });

  it('terminates the worker on destroy and sends nothing more', () => {
    const { explorer, uncertainty, workers } = setup();
    settle();
    const worker = workers[0]!;
    explorer.setParam('startRate', 0.22);
    flushSync();
    uncertainty.destroy();
    expect(worker.terminated).toBe(true);
    expect(uncertainty.status).toBe('idle');
    settle();
    explorer.setParam('startRate', 0.3);
    flushSync();
    settle();
    expect(worker.sent).toHaveLength(1);
    expect(workers).toHaveLength(1);
  });

  it("tells the worker to stop every area's ranges at the first change after them, and forgets their progress", () => {
    const template = readFileSync(`public/data/${TEMPLATE_FILE}`, 'utf8');
    const own = readAreas({ file: 'many.csv', text: syntheticAreasCsv(template, 300), base: data });
    if (!own.ok) throw new Error('the synthetic areas must read');
    const { explorer, uncertainty, workers } = setup(own.dataset);
    // A seed of its own: the stand-in keeps answers by request, not by data.
    explorer.seed = 4242;
    flushSync();
    settle();
    const worker = workers[0]!;
    worker.reply(worker.sent[0]!);
    expect(uncertainty.progress).toBe(0);
    expect(worker.cancels).toBe(0);
    explorer.setParam('startRate', 0.3);
    flushSync();
    expect(worker.cancels).toBe(1);
    expect(uncertainty.progress).toBeNull();
    // The steps that follow have nothing more to stop; the next request goes once they settle.
    explorer.setParam('startRate', 0.31);
    flushSync();
    expect(worker.cancels).toBe(1);
    settle();
    expect(worker.sent).toHaveLength(2);
    uncertainty.destroy();
  });

  it('never throws when the model refuses the data: it says why and sends nothing', () => {
    // Passes the structural check, but the model needs link worker pay.
    const explorer = new Explorer({ ...data, linkWorkerPay: [] });
    const workers: FakeWorker[] = [];
    const uncertainty = new Uncertainty(explorer, {
      delay: DELAY,
      createWorker: () => {
        const w = new FakeWorker();
        workers.push(w);
        return w;
      },
    });
    expect(() => flushSync()).not.toThrow();
    expect(uncertainty.status).toBe('error');
    expect(uncertainty.error).toContain('no link worker pay in the data');
    settle();
    expect(workers).toHaveLength(0);
    uncertainty.destroy();
  });
});
