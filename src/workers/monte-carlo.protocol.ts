/** Messages between the page and the Monte Carlo worker (types only, so the page bundle carries none of the model's sampling code). */
import type { Dataset } from '../lib/data/types.ts';
import type { MonteCarloResult, Scenario, TornadoRow } from '../lib/model/index.ts';

export interface MonteCarloRequest {
  /** Echoed in the reply so the page can drop answers to requests it has since replaced. */
  id: number;
  scenario: Scenario;
  /** Sent with the first request only; the worker keeps it for later ones. */
  data?: Dataset;
  draws: number;
  seed: number;
  areaId: string;
  /** False for the draws alone, without the tornado and switching values (default true). */
  sensitivity?: boolean;
}

/** A tornado row for the requested area with its switching value (null where net savings keep one sign). */
export interface SensitivityRow extends TornadoRow {
  switching: number | null;
}

export type MonteCarloReply =
  | {
      id: number;
      result: MonteCarloResult;
      /** The requested area's tornado: its rows, and the net savings at the scenario's own values (null when not asked for). */
      tornado: { net: number; rows: SensitivityRow[] } | null;
      /** Milliseconds the worker spent on the draws and on the tornado with switching values. */
      ms: { monteCarlo: number; sensitivity: number };
    }
  | { id: number; error: string };
