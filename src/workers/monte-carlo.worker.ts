/**
 * Runs the Monte Carlo off the main thread, so sliders and the headline figures
 * never wait for the 10,000 draws. Loaded with `new Worker(new URL(...))`, which
 * Vite emits as its own file outside the first-load bundle.
 */
import { monteCarloHandler } from './monte-carlo.handler.ts';
import type { MonteCarloRequest } from './monte-carlo.protocol.ts';

const answer = monteCarloHandler();

addEventListener('message', (e: MessageEvent<MonteCarloRequest>) => {
  postMessage(answer(e.data));
});
