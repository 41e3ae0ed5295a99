/**
 * A Monte Carlo worker that keeps what it is sent; the test decides when and what it
 * answers, with the real worker handler, so the results are real.
 */
import { flushSync } from 'svelte';
import type { WorkerLike } from '../../../src/lib/state/monte-carlo-worker.ts';
import { monteCarloHandler } from '../../../src/workers/monte-carlo.handler.ts';
import type { MonteCarloReply, MonteCarloRequest } from '../../../src/workers/monte-carlo.protocol.ts';

export class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<MonteCarloReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: MonteCarloRequest[] = [];
  terminated = false;
  readonly answer = monteCarloHandler();

  postMessage(message: MonteCarloRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answer a request the way the real worker would. */
  reply(req: MonteCarloRequest): void {
    this.send(this.answer(req));
  }
  /** Answer every request sent so far, in order. */
  replyAll(): void {
    for (const req of this.sent) this.reply(req);
  }
  send(reply: MonteCarloReply): void {
    this.onmessage?.({ data: reply } as MessageEvent<MonteCarloReply>);
    flushSync();
  }
}
