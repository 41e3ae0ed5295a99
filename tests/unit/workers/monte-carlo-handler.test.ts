import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readAreas } from '../../../src/lib/areas/read-areas.ts';
import { TEMPLATE_FILE } from '../../../src/lib/areas/template-file.ts';
import { syntheticAreasCsv } from '../../../scripts/data/synthetic-areas.ts';
import { monteCarlo, switchingValue, tornado, tornadoNet } from '../../../src/lib/model/index.ts';
import { monteCarloHandler, serveMonteCarlo } from '../../../src/workers/monte-carlo.handler.ts';
import { data, scenario } from '../model/fixtures.ts';

describe('the Monte Carlo worker handler', () => {
  const s = scenario('hlp2017');
  const request = { scenario: s, draws: 200, seed: 7, areaId: 'E09000012' };
  /** One full answer, with the tornado and switching values (the slow part), for the tests that read them. */
  let full: ReturnType<ReturnType<typeof monteCarloHandler>> | undefined;
  const fullReply = () => (full ??= monteCarloHandler()({ id: 4, ...request, data }));

  it('refuses a request before the data has been sent', () => {
    expect(monteCarloHandler()({ id: 1, ...request })).toEqual({
      id: 1,
      error: 'the worker has not been sent the borough data',
    });
  });

  it('keeps the data from the first request and answers later ones with the same result as monteCarlo', () => {
    const answer = monteCarloHandler();
    // The draws alone: the tornado is not what this checks.
    const first = answer({ id: 1, ...request, data, sensitivity: false });
    const second = answer({ id: 2, ...request, sensitivity: false });
    const direct = monteCarlo(s, data, { draws: 200, seed: 7, areaId: 'E09000012', yearly: 'selected' });
    expect(first).toMatchObject({ id: 1, result: direct });
    expect(second).toMatchObject({ id: 2, result: direct });
  });

  it("carries the area's tornado rows, in swing order, each with its switching value", () => {
    const reply = fullReply();
    if (!('tornado' in reply) || !reply.tornado) throw new Error('expected a tornado, not an error');
    const direct = tornado(s, data, 'E09000012');
    expect(reply.tornado.rows.map((r) => r.param)).toEqual(direct.map((r) => r.param));
    expect(reply.tornado.rows[0]).toEqual({
      ...direct[0],
      switching: switchingValue(s, data, 'E09000012', direct[0]!.param),
    });
    expect(reply.tornado.rows.some((r) => r.switching !== null)).toBe(true);
  });

  it("carries the area's net savings at the scenario's own values, which the bars are drawn from", () => {
    const reply = fullReply();
    if (!('tornado' in reply) || !reply.tornado) throw new Error('expected a tornado, not an error');
    expect(reply.tornado.net).toBe(tornadoNet(s, data, 'E09000012'));
  });

  it('returns an error, not a throw, for bad options', () => {
    const answer = monteCarloHandler();
    expect(answer({ id: 3, ...request, draws: 0, data })).toEqual({
      id: 3,
      error: 'draws must be a positive integer, not 0',
    });
  });

  it('leaves the tornado out when asked for the draws alone, with the same draws', () => {
    const reply = monteCarloHandler()({ id: 6, ...request, data, sensitivity: false });
    if (!('result' in reply)) throw new Error('expected a result, not an error');
    expect(reply.tornado).toBeNull();
    expect(reply.ms.sensitivity).toBe(0);
    expect(reply.result).toEqual(
      monteCarlo(s, data, { draws: 200, seed: 7, areaId: 'E09000012', yearly: 'selected' }),
    );
  });
});

describe('the Monte Carlo worker handler, for a file of many areas', () => {
  const template = readFileSync(`public/data/${TEMPLATE_FILE}`, 'utf8');
  const own = readAreas({ file: 'many.csv', text: syntheticAreasCsv(template, 300), base: data });
  if (!own.ok) throw new Error('the synthetic areas must read');
  const many = own.dataset;
  const s = scenario('evidence-2026');
  const areaId = many.boroughs[40]!.code;
  const request = { id: 9, scenario: s, draws: 64, seed: 5, areaId, data: many, sensitivity: false };

  it('answers the whole and the selected area first, then every area after progress', async () => {
    const answer = monteCarloHandler();
    const first = answer(request);
    if (!('result' in first)) throw new Error('expected a result, not an error');
    expect(first.complete).toBe(false);
    expect(first.result.areas.map((a) => a.id)).toEqual(['london', areaId]);
    // Once the code for every area's ranges has loaded.
    const rest = await answer.rest();
    if (!rest) throw new Error('expected every area to follow');
    const progress: number[] = [];
    let next = rest.next();
    while (!next.done) {
      progress.push((next.value as { progress: number }).progress);
      next = rest.next();
    }
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    const last = next.value;
    if (!('result' in last)) throw new Error('expected a result, not an error');
    expect(last.complete).toBe(true);
    const full = monteCarlo(s, many, { draws: 64, seed: 5, areaId, yearly: 'selected' });
    expect(last.result.areas.map((a) => a.id)).toEqual(full.areas.map((a) => a.id));
    last.result.areas.forEach((a, i) => {
      const b = full.areas[i]!;
      for (const k of ['gross', 'cost', 'net'] as const)
        for (const q of ['p5', 'p50', 'p95'] as const)
          expect(Math.abs(a[k][q] - b[k][q])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b.gross.p95)));
    });
  });

  it('serves every area in batches, one a task, until a cancel or a newer request stops them', async () => {
    const tasks: (() => void)[] = [];
    const posted: unknown[] = [];
    const serve = serveMonteCarlo(
      (m) => posted.push(m),
      (step) => tasks.push(step),
    );
    /** The batches start once the code for them has loaded. */
    const queued = (n: number) => vi.waitFor(() => expect(tasks).toHaveLength(n));
    serve(request);
    expect(posted).toHaveLength(1);
    await queued(1);
    tasks.shift()!();
    expect(posted[1]).toMatchObject({ id: 9, progress: expect.any(Number) });
    serve({ cancel: true });
    tasks.shift()!();
    expect(posted).toHaveLength(2);
    expect(tasks).toHaveLength(0);
    // A newer request stops the batches of the one before and starts its own.
    serve({ ...request, id: 10, data: undefined });
    serve({ ...request, id: 11, data: undefined });
    await queued(2);
    while (tasks.length > 0) tasks.shift()!();
    const ids = posted.slice(2).map((m) => (m as { id: number }).id);
    expect(ids.filter((id) => id === 10)).toHaveLength(1);
    expect(ids.at(-1)).toBe(11);
    expect(posted.at(-1)).toMatchObject({ id: 11, complete: true });
  });

  it('drops the rest of an answer when a newer request comes', () => {
    const answer = monteCarloHandler();
    answer(request);
    answer({ ...request, id: 10, areaId: 'london', data: undefined });
    expect(answer.rest()).not.toBeNull();
    answer({ ...request, id: 11, draws: 0 });
    expect(answer.rest()).toBeNull();
  });

  it('says so when the code for every area cannot be loaded, and asks for it again next time', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.doMock('../../../src/workers/every-area.ts', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    vi.resetModules();
    try {
      const offline = await import('../../../src/workers/monte-carlo.handler.ts');
      const answer = offline.monteCarloHandler();
      const first = answer(request);
      if (!('result' in first)) throw new Error('expected a result, not an error');
      expect(first.complete).toBe(false);
      const rest = await answer.rest();
      expect(rest?.next()).toEqual({
        done: true,
        value: { id: 9, error: "the code for every area's ranges could not be loaded" },
      });
      expect(consoleError).toHaveBeenCalledTimes(1);
      vi.doUnmock('../../../src/workers/every-area.ts');
      answer({ ...request, id: 12 });
      const again = await answer.rest();
      expect(again?.next().value).toMatchObject({ id: 12, progress: expect.any(Number) });
    } finally {
      vi.doUnmock('../../../src/workers/every-area.ts');
      vi.resetModules();
      consoleError.mockRestore();
    }
  });
});
