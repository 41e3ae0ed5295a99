/** The worker's answer to one request, kept apart from the worker globals so node tests can call it. */
import type { Dataset } from '../lib/data/types.ts';
import { monteCarlo, switchingValue, tornado, tornadoNet } from '../lib/model/index.ts';
import type { MonteCarloReply, MonteCarloRequest, SensitivityRow } from './monte-carlo.protocol.ts';

/** A handler that keeps the data sent with the first request for the later ones. */
export function monteCarloHandler(): (req: MonteCarloRequest) => MonteCarloReply {
  let data: Dataset | null = null;
  return (req) => {
    if (req.data) data = req.data;
    if (!data) return { id: req.id, error: 'the worker has not been sent the borough data' };
    const known: Dataset = data;
    try {
      const t0 = performance.now();
      const result = monteCarlo(req.scenario, known, {
        draws: req.draws,
        seed: req.seed,
        areaId: req.areaId,
        // Per-year ranges for London and the selected area only: about three times faster.
        yearly: 'selected',
      });
      const t1 = performance.now();
      if (req.sensitivity === false)
        return { id: req.id, result, tornado: null, ms: { monteCarlo: t1 - t0, sensitivity: 0 } };
      // One-way sensitivity with switching values takes ~20 ms: too slow for every slider step on the page.
      const rows: SensitivityRow[] = tornado(req.scenario, known, req.areaId).map((row) => ({
        ...row,
        switching: switchingValue(req.scenario, known, req.areaId, row.param),
      }));
      const net = tornadoNet(req.scenario, known, req.areaId);
      const ms = { monteCarlo: t1 - t0, sensitivity: performance.now() - t1 };
      return { id: req.id, result, tornado: { net, rows }, ms };
    } catch (e) {
      return { id: req.id, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
