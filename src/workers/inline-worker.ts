/**
 * The Monte Carlo worker with its code inlined in the bundle (started from a blob:
 * URL), for the offline single-file build, where no separate worker file exists.
 */
import MonteCarloWorker from './monte-carlo.worker.ts?worker&inline';
import type { WorkerLike } from '../lib/state/uncertainty.svelte.ts';

export const createInlineWorker = (): WorkerLike => new MonteCarloWorker() as WorkerLike;
