import { describe, expect, it } from 'vitest';
import { monteCarlo } from '../../../src/lib/model/index.ts';
import { monteCarloHandler } from '../../../src/workers/monte-carlo.handler.ts';
import { data, scenario } from '../model/fixtures.ts';

describe('the Monte Carlo worker handler', () => {
  const s = scenario('hlp2017');
  const request = { scenario: s, draws: 200, seed: 7, areaId: 'E09000012' };

  it('refuses a request before the data has been sent', () => {
    expect(monteCarloHandler()({ id: 1, ...request })).toEqual({
      id: 1,
      error: 'the worker has not been sent the borough data',
    });
  });

  it('keeps the data from the first request and answers later ones with the same result as monteCarlo', () => {
    const answer = monteCarloHandler();
    const first = answer({ id: 1, ...request, data });
    const second = answer({ id: 2, ...request });
    const direct = monteCarlo(s, data, { draws: 200, seed: 7, areaId: 'E09000012', yearly: 'selected' });
    expect(first).toEqual({ id: 1, result: direct });
    expect(second).toEqual({ id: 2, result: direct });
  });

  it('returns an error, not a throw, for bad options', () => {
    const answer = monteCarloHandler();
    expect(answer({ id: 3, ...request, draws: 0, data })).toEqual({
      id: 3,
      error: 'draws must be a positive integer, not 0',
    });
  });
});
