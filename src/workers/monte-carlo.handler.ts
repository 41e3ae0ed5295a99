/** The worker's answer to one request, kept apart from the worker globals so node tests can call it. */
import type { Dataset } from '../lib/data/types.ts';
import { MANY_LEAVES, monteCarloFirst, switchingValue, tornado, tornadoNet } from '../lib/model/index.ts';
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
 * `rest()` gives the rest of the latest answer, if any, once its code has loaded:
 * progress after each batch of areas, and last the reply with every area's ranges.
 */
export interface MonteCarloHandler {
  (req: MonteCarloRequest): MonteCarloReply;
  rest(): Promise<Rest> | null;
  /** Drops the rest of the latest answer. */
  cancel(): void;
}

/** The rest of an answer, message by message. */
type Rest = Iterator<MonteCarloProgress, MonteCarloReply>;
type EveryArea = (...args: Parameters<(typeof import('./every-area.ts'))['everyArea']>) => Rest;

/**
 * The code for every area's ranges (every-area.ts), fetched with the first file of many
 * areas (the borough file has too few to need it) and kept. A plain `import()`: the page's
 * Loader is a rune class, which would bring Svelte into the worker. When the fetch fails,
 * the rest of the answer is that error, and the next file of many areas asks again.
 */
let everyAreaCode: Promise<EveryArea> | null = null;
function loadEveryArea(): Promise<EveryArea> {
  return (everyAreaCode ??= import('./every-area.ts').then(
    (code) => code.everyArea,
    (e: unknown) => {
      everyAreaCode = null;
      console.error("The code for every area's ranges could not be loaded.", e);
      const error = "the code for every area's ranges could not be loaded";
      return (req: MonteCarloRequest): Rest => ({
        next: () => ({ done: true, value: { id: req.id, error } }),
      });
    },
  ));
}

/** A handler that keeps the data sent with the first request for the later ones. */
export function monteCarloHandler(): MonteCarloHandler {
  let data: Dataset | null = null;
  let rest: Promise<Rest> | null = null;
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
      // Fetched while the first answer is worked out.
      const everyArea = many ? loadEveryArea() : null;
      const result = monteCarloFirst(req.scenario, known, { ...options, scope: many ? 'summary' : 'every' });
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
      if (everyArea) rest = everyArea.then((code) => code(req, known, reply, options));
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
    // Every area's ranges, once their code has loaded.
    void answer.rest()?.then((rest) => {
      const step = () => {
        if (latest !== id) return;
        const next = rest.next();
        post(next.value);
        if (!next.done) later(step);
      };
      later(step);
    });
  };
}
