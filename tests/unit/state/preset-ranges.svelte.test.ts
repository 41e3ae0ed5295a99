/**
 * London's range under the first screen's fixed presets, with a stand-in worker that
 * answers with the real handler: one request per preset, the data sent once, the
 * draws alone (no tornado), errors reported and a fresh worker on the next start.
 */
import { FakeWorker } from '../support/fake-worker.ts';
import { describe, expect, it, vi } from 'vitest';
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import { PresetRanges } from '../../../src/lib/state/preset-ranges.svelte.ts';
import { WORKER_TIMEOUT_MS } from '../../../src/lib/state/uncertainty.svelte.ts';
import type { MonteCarloReply } from '../../../src/workers/monte-carlo.protocol.ts';
import { monteCarlo, presetScenario } from '../../../src/lib/model/index.ts';

const data = loadDatasetFromDisk();

function setup() {
  const workers: FakeWorker[] = [];
  const ranges = new PresetRanges(data, ['hlp2017', 'evidence-2026'], {
    draws: 200,
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  });
  return { ranges, workers };
}

describe('PresetRanges', () => {
  it('does nothing until started, then asks once per preset for London, the data with the first only', () => {
    const { ranges, workers } = setup();
    expect(workers).toHaveLength(0);
    expect(ranges.status).toBe('idle');
    ranges.start();
    ranges.start();
    expect(workers).toHaveLength(1);
    const sent = workers[0]!.sent;
    expect(sent.map((r) => r.scenario.preset)).toEqual(['hlp2017', 'evidence-2026']);
    expect(sent.map((r) => r.areaId)).toEqual(['london', 'london']);
    expect(sent.map((r) => r.sensitivity)).toEqual([false, false]);
    expect(sent[0]!.data).toBe(data);
    expect(sent[1]!.data).toBeUndefined();
    expect(ranges.status).toBe('running');
  });

  it("keeps London's range under each preset, the same as monteCarlo gives, and then stops the worker", () => {
    const { ranges, workers } = setup();
    ranges.start();
    workers[0]!.replyAll();
    expect(ranges.status).toBe('ready');
    expect(workers[0]!.terminated).toBe(true);
    for (const id of ['hlp2017', 'evidence-2026'] as const) {
      const direct = monteCarlo(presetScenario(id, data), data, { draws: 200, seed: 1, yearly: 'selected' });
      expect(ranges.ranges[id]).toEqual(direct.areas.find((a) => a.id === 'london'));
    }
  });

  it('reports an error, keeps what came before it, and starts afresh when asked again', () => {
    const { ranges, workers } = setup();
    ranges.start();
    const w = workers[0]!;
    w.send(w.answer(w.sent[0]!));
    w.send({ id: 1, error: 'out of memory' });
    expect(ranges.status).toBe('error');
    expect(ranges.error).toBe('out of memory');
    expect(ranges.ranges.hlp2017).toBeDefined();
    expect(w.terminated).toBe(true);
    ranges.start();
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent[0]!.data).toBe(data);
  });

  it('ignores replies it did not ask for', () => {
    const { ranges, workers } = setup();
    ranges.start();
    workers[0]!.send({ id: 7, error: 'stray' });
    expect(ranges.status).toBe('running');
  });

  it('says so when the worker does not answer in time', () => {
    vi.useFakeTimers();
    try {
      const { ranges, workers } = setup();
      ranges.start();
      vi.advanceTimersByTime(WORKER_TIMEOUT_MS);
      expect(ranges.status).toBe('error');
      expect(ranges.error).toBe('the uncertainty worker did not answer in 20 seconds');
      expect(workers[0]!.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never throws on a malformed reply', () => {
    const { ranges, workers } = setup();
    ranges.start();
    expect(() =>
      workers[0]!.onmessage?.({ data: { id: 0, result: null } } as unknown as MessageEvent<MonteCarloReply>),
    ).not.toThrow();
    expect(ranges.status).toBe('error');
    expect(ranges.error).toBe('the uncertainty worker sent a reply the page cannot read');
  });
});
