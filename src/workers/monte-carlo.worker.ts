/**
 * Runs the Monte Carlo off the main thread, so sliders and the headline figures
 * never wait for the 10,000 draws. Loaded with `new Worker(new URL(...))`, which
 * Vite emits as its own file outside the first-load bundle. Past a few hundred areas
 * every area's ranges follow the first answer a batch of areas at a time, each batch
 * a task of its own, so a newer request or a cancel is read between batches and stops them.
 */
import { serveMonteCarlo } from './monte-carlo.handler.ts';
import type { MonteCarloCancel, MonteCarloRequest } from './monte-carlo.protocol.ts';

const serve = serveMonteCarlo((message) => postMessage(message));

addEventListener('message', (e: MessageEvent<MonteCarloRequest | MonteCarloCancel>) => serve(e.data));
