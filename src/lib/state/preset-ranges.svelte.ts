/**
 * London's Monte Carlo range under fixed presets (the first screen's claim and
 * evidence), from a worker of their own, so the explorer's range never waits
 * behind them. They depend only on the data: worked out once, when first shown.
 */
import type { Dataset } from '../data/types.ts';
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  presetScenario,
  type AreaUncertainty,
  type PresetId,
} from '../model/index.ts';
import { readReply, type MonteCarloRequest } from '../../workers/monte-carlo.protocol.ts';
import { newWorker, type WorkerLike } from './monte-carlo-worker.ts';
import { WORKER_TIMEOUT_MS } from './uncertainty.svelte.ts';

export class PresetRanges {
  /** London's range by preset, as each arrives. */
  ranges = $state.raw<Partial<Record<PresetId, AreaUncertainty>>>({});
  status = $state<'idle' | 'running' | 'ready' | 'error'>('idle');
  error = $state<string | null>(null);

  readonly draws: number;
  readonly seed = DEFAULT_SEED;
  #worker: WorkerLike | null = null;
  #deadline: ReturnType<typeof setTimeout> | undefined;
  #createWorker: () => WorkerLike;

  constructor(
    readonly data: Dataset,
    readonly ids: readonly PresetId[],
    options: { createWorker?: (() => WorkerLike) | undefined; draws?: number } = {},
  ) {
    this.#createWorker = options.createWorker ?? newWorker;
    this.draws = options.draws ?? DEFAULT_DRAWS;
  }

  /** Ask for every preset's range; again after a failure, once with a fresh worker. */
  start(): void {
    if (this.status === 'running' || this.status === 'ready') return;
    this.status = 'running';
    this.error = null;
    try {
      const worker = this.#createWorker();
      this.#worker = worker;
      worker.onmessage = (e) => this.#receive(e.data as unknown);
      worker.onerror = (e) => {
        e.preventDefault();
        this.#fail(e.message || 'the uncertainty worker failed');
      };
      this.#deadline = setTimeout(
        () => this.#fail(`the uncertainty worker did not answer in ${WORKER_TIMEOUT_MS / 1000} seconds`),
        WORKER_TIMEOUT_MS,
      );
      this.ids.forEach((preset, i) => {
        const request: MonteCarloRequest = {
          id: i,
          scenario: presetScenario(preset, this.data),
          draws: this.draws,
          seed: this.seed,
          areaId: 'london',
          sensitivity: false,
          ...(i === 0 ? { data: this.data } : {}),
        };
        worker.postMessage(request);
      });
    } catch (e) {
      this.#fail(e instanceof Error ? e.message : String(e));
    }
  }

  #receive(message: unknown): void {
    const reply = readReply(message);
    if (typeof reply === 'string') return this.#fail(reply);
    // London's range is in the first reply; every area's ranges are not needed here.
    if ('progress' in reply) return;
    const preset = this.ids[reply.id];
    if (this.status !== 'running' || preset === undefined) return;
    if ('error' in reply) return this.#fail(reply.error);
    const london = reply.result.areas.find((a) => a.id === 'london');
    if (!london) return this.#fail('the worker gave no range for London');
    this.ranges = { ...this.ranges, [preset]: london };
    if (this.ids.every((id) => this.ranges[id])) {
      this.status = 'ready';
      this.destroy();
    }
  }

  #fail(message: string): void {
    this.error = message;
    this.status = 'error';
    this.destroy();
  }

  /** Stop the worker; ranges already in are kept. */
  destroy(): void {
    clearTimeout(this.#deadline);
    this.#worker?.terminate();
    this.#worker = null;
  }
}
