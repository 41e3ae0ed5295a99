/**
 * Runs the Monte Carlo off the main thread, so sliders and the headline figures
 * never wait for the 10,000 draws. Loaded with `new Worker(new URL(...))`, which
 * Vite emits as its own file outside the first-load bundle. Past a few hundred areas
 * every area's ranges follow the first answer a batch of areas at a time, each batch
 * a task of its own, so a newer request is read between batches and replaces them.
 */
import { monteCarloHandler } from './monte-carlo.handler.ts';
import type { MonteCarloRequest } from './monte-carlo.protocol.ts';

const answer = monteCarloHandler();
let latest = -1;

addEventListener('message', (e: MessageEvent<MonteCarloRequest>) => {
  const id = e.data.id;
  latest = id;
  postMessage(answer(e.data));
  const rest = answer.rest();
  if (!rest) return;
  const step = () => {
    if (latest !== id) return;
    const next = rest.next();
    postMessage(next.value);
    if (!next.done) setTimeout(step, 0);
  };
  setTimeout(step, 0);
});
