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

/**
 * Tells the worker to stop working out every area's ranges for its latest request: the
 * page has moved on (a slider step), and the batches left would only hold up the page.
 */
export interface MonteCarloCancel {
  cancel: true;
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
      /**
       * False when the result has the whole and the selected area only (result.scope
       * 'summary'): every area's ranges follow, after progress messages, in a reply of their own.
       */
      complete: boolean;
    }
  | { id: number; error: string };

/** How far the worker has got with every area's ranges (share of areas done, 0 to 1). */
export interface MonteCarloProgress {
  id: number;
  progress: number;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * The worker's reply, or a sentence saying what is wrong with it: the page reads only
 * replies of the shape it sent for, so a broken or stray message can never throw in it.
 */
export function readReply(x: unknown): MonteCarloReply | MonteCarloProgress | string {
  if (!isRecord(x) || typeof x.id !== 'number') return 'the uncertainty worker sent a reply without an id';
  if ('progress' in x)
    return typeof x.progress === 'number' && x.progress >= 0 && x.progress <= 1
      ? { id: x.id, progress: x.progress }
      : 'the uncertainty worker sent progress the page cannot read';
  if ('error' in x)
    return typeof x.error === 'string'
      ? { id: x.id, error: x.error }
      : 'the uncertainty worker sent an error the page cannot read';
  const r = x.result;
  const t = x.tornado;
  const ms = x.ms;
  const areasOk =
    isRecord(r) &&
    Array.isArray(r.areas) &&
    r.areas.every((a) => isRecord(a) && typeof a.id === 'string' && isRecord(a.net) && isRecord(a.gross)) &&
    typeof r.draws === 'number' &&
    typeof r.seed === 'number' &&
    Array.isArray(r.years) &&
    isRecord(r.bcrHistograms);
  const tornadoOk = t === null || (isRecord(t) && typeof t.net === 'number' && Array.isArray(t.rows));
  if (!areasOk || !tornadoOk || !isRecord(ms) || typeof x.complete !== 'boolean')
    return 'the uncertainty worker sent a reply the page cannot read';
  return x as unknown as MonteCarloReply;
}
