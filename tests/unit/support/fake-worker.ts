/**
 * A Monte Carlo worker that keeps what it is sent; the test decides when and what it
 * answers, with the real worker handler, so the results are real.
 */
import { flushSync } from 'svelte';
import type { Dataset } from '../../../src/lib/data/types.ts';
import type { WorkerLike } from '../../../src/lib/state/monte-carlo-worker.ts';
import { monteCarloHandler } from '../../../src/workers/monte-carlo.handler.ts';
import type {
  MonteCarloCancel,
  MonteCarloReply,
  MonteCarloRequest,
} from '../../../src/workers/monte-carlo.protocol.ts';

/**
 * The handler's answers so far, by request (its id and data aside), shared by every stand-in:
 * once it has the data, the handler's answer depends on nothing else, and an answer with its
 * tornado and switching values takes up to a second on a busy machine, while the tests ask
 * about the same few scenarios again and again. Each reply is a copy, as a worker's message is.
 */
const answers = new Map<string, Omit<MonteCarloReply, 'id'>>();

export class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<MonteCarloReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: MonteCarloRequest[] = [];
  terminated = false;
  readonly answer = monteCarloHandler();
  /** The data this worker has been sent, which the handler keeps for later requests. */
  private data: Dataset | undefined;

  /** How many times the page has told the worker to stop its latest answer's batches. */
  cancels = 0;

  postMessage(message: MonteCarloRequest | MonteCarloCancel): void {
    if ('cancel' in message) this.cancels++;
    else this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answer a request the way the real worker would. */
  reply(req: MonteCarloRequest): void {
    this.data = req.data ?? this.data;
    // Without the data, the handler's own refusal.
    if (!this.data) return this.send(this.answer(req));
    const { id, data: _data, ...asked } = req;
    const key = JSON.stringify(asked);
    let answer = answers.get(key);
    if (!answer) {
      // The data again, in case earlier requests were answered from the store and not by this handler.
      const { id: _id, ...fresh } = this.answer({ ...req, data: this.data });
      answers.set(key, (answer = fresh));
    }
    this.send({ ...structuredClone(answer), id } as MonteCarloReply);
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
