/** The worker's answer to one request, kept apart from the worker globals so node tests can call it. */
import type { Dataset } from '../lib/data/types.ts';
import { monteCarlo } from '../lib/model/index.ts';
import type { MonteCarloReply, MonteCarloRequest } from './monte-carlo.protocol.ts';

/** A handler that keeps the data sent with the first request for the later ones. */
export function monteCarloHandler(): (req: MonteCarloRequest) => MonteCarloReply {
  let data: Dataset | null = null;
  return (req) => {
    if (req.data) data = req.data;
    if (!data) return { id: req.id, error: 'the worker has not been sent the borough data' };
    try {
      const result = monteCarlo(req.scenario, data, {
        draws: req.draws,
        seed: req.seed,
        areaId: req.areaId,
        // Per-year ranges for London and the selected area only: about three times faster.
        yearly: 'selected',
      });
      return { id: req.id, result };
    } catch (e) {
      return { id: req.id, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
