import { describe, expect, it } from 'vitest';
import { monteCarlo, switchingValue, tornado, tornadoNet } from '../../../src/lib/model/index.ts';
import { monteCarloHandler } from '../../../src/workers/monte-carlo.handler.ts';
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
