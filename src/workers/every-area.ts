/**
 * Every area's ranges after the worker's first reply to a file of many areas: the code
 * the worker loads only when such a file is sent (monte-carlo.handler.ts).
 */
import type { Dataset } from '../lib/data/types.ts';
import { monteCarloLeaves, withLeaves } from '../lib/model/uncertainty/every-leaf.ts';
import type { MonteCarloProgress, MonteCarloReply, MonteCarloRequest } from './monte-carlo.protocol.ts';

/** Every area's ranges after the first reply: progress, then the first reply's result with every area. */
export function* everyArea(
  req: MonteCarloRequest,
  data: Dataset,
  first: MonteCarloReply,
  options: { draws: number; seed: number; areaId: string; yearly: 'selected' },
): Generator<MonteCarloProgress, MonteCarloReply> {
  if (!('result' in first)) return first;
  const t0 = performance.now();
  try {
    const leaves = monteCarloLeaves(req.scenario, data, options);
    let next = leaves.next();
    while (!next.done) {
      yield { id: req.id, progress: next.value };
      next = leaves.next();
    }
    const result = withLeaves(first.result, next.value);
    const ms = { ...first.ms, monteCarlo: first.ms.monteCarlo + performance.now() - t0 };
    return { ...first, result, ms, complete: true };
  } catch (e) {
    return { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
}
