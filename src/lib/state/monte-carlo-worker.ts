/** The Monte Carlo worker as the page starts it, and the part of it the page uses. */
import type { MonteCarloReply } from '../../workers/monte-carlo.protocol.ts';

/** The part of a Worker the page uses, so tests can pass a stand-in. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((e: MessageEvent<MonteCarloReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
};

/**
 * The worker: in the built site, a module of its own beside the page's chunks, whose
 * model chunk it shares (vite.config.ts); from source under the dev server.
 */
export const newWorker = (): WorkerLike =>
  new Worker(
    import.meta.env.DEV
      ? new URL('/src/workers/monte-carlo.worker.ts', location.origin)
      : new URL('monte-carlo.worker.js', document.baseURI),
    { type: 'module' },
  ) as WorkerLike;
