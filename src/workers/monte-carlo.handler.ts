/** The worker's answer to one request, kept apart from the worker globals so node tests can call it. */
import type { Dataset } from '../lib/data/types.ts';
import {
  MANY_LEAVES,
  monteCarlo,
  monteCarloLeaves,
  switchingValue,
  tornado,
  tornadoNet,
  withLeaves,
} from '../lib/model/index.ts';
import type {
  MonteCarloCancel,
  MonteCarloProgress,
  MonteCarloReply,
  MonteCarloRequest,
  SensitivityRow,
} from './monte-carlo.protocol.ts';

/**
 * Answers a request at once: every area's ranges, or past MANY_LEAVES areas the whole
 * and the selected area only (within the budget whatever the number of areas); then
 * `rest()` gives the rest of the latest answer, if any: progress after each batch of
 * areas, and last the reply with every area's ranges.
 */
export interface MonteCarloHandler {
  (req: MonteCarloRequest): MonteCarloReply;
  rest(): Generator<MonteCarloProgress, MonteCarloReply> | null;
  /** Drops the rest of the latest answer. */
  cancel(): void;
}

/** A handler that keeps the data sent with the first request for the later ones. */
export function monteCarloHandler(): MonteCarloHandler {
  let data: Dataset | null = null;
  let rest: Generator<MonteCarloProgress, MonteCarloReply> | null = null;
  const answer = (req: MonteCarloRequest): MonteCarloReply => {
    rest = null;
    if (req.data) data = req.data;
    if (!data) return { id: req.id, error: 'the worker has not been sent the borough data' };
    const known: Dataset = data;
    try {
      const t0 = performance.now();
      // Per-year ranges for London and the selected area only: about three times faster.
      const options = { draws: req.draws, seed: req.seed, areaId: req.areaId, yearly: 'selected' } as const;
      const many = known.boroughs.length > MANY_LEAVES;
      const result = monteCarlo(req.scenario, known, { ...options, scope: many ? 'summary' : 'every' });
      const t1 = performance.now();
      let reply: MonteCarloReply;
      if (req.sensitivity === false)
        reply = {
          id: req.id,
          result,
          tornado: null,
          ms: { monteCarlo: t1 - t0, sensitivity: 0 },
          complete: !many,
        };
      else {
        // One-way sensitivity with switching values takes ~20 ms: too slow for every slider step on the page.
        const rows: SensitivityRow[] = tornado(req.scenario, known, req.areaId).map((row) => ({
          ...row,
          switching: switchingValue(req.scenario, known, req.areaId, row.param),
        }));
        const net = tornadoNet(req.scenario, known, req.areaId);
        const ms = { monteCarlo: t1 - t0, sensitivity: performance.now() - t1 };
        reply = { id: req.id, result, tornado: { net, rows }, ms, complete: !many };
      }
      if (many) rest = everyArea(req, known, reply, options);
      return reply;
    } catch (e) {
      return { id: req.id, error: e instanceof Error ? e.message : String(e) };
    }
  };
  return Object.assign(answer, {
    rest: () => rest,
    cancel: () => {
      rest = null;
    },
  });
}

/**
 * The worker's side of the conversation: each request answered at once with `post`, and
 * every area's ranges, where they follow, one batch a task (`later`), so a message is read
 * between batches. A newer request or a cancel stops the batches of the one before.
 */
export function serveMonteCarlo(
  post: (message: MonteCarloReply | MonteCarloProgress) => void,
  later: (step: () => void) => void = (step) => setTimeout(step, 0),
): (message: MonteCarloRequest | MonteCarloCancel) => void {
  const answer = monteCarloHandler();
  let latest = -1;
  return (message) => {
    if ('cancel' in message) {
      latest = -1;
      answer.cancel();
      return;
    }
    const id = message.id;
    latest = id;
    post(answer(message));
    const rest = answer.rest();
    if (!rest) return;
    const step = () => {
      if (latest !== id) return;
      const next = rest.next();
      post(next.value);
      if (!next.done) later(step);
    };
    later(step);
  };
}

/** Every area's ranges after the first reply: progress, then the first reply's result with every area. */
function* everyArea(
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
