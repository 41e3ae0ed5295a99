/**
 * The Monte Carlo range for the explorer's scenario, run in a Web Worker once
 * input settles, so the deterministic headline figures never wait for it.
 * Replies to requests that have since been replaced are dropped.
 */
import type { AreaUncertainty, MonteCarloResult, Scenario, Summaries } from '../model/index.ts';
import { untrack } from 'svelte';
import {
  readReply,
  type MonteCarloCancel,
  type MonteCarloRequest,
  type SensitivityRow,
} from '../../workers/monte-carlo.protocol.ts';
import type { Explorer } from './explorer.svelte.ts';
import { newWorker, type WorkerLike } from './monte-carlo-worker.ts';

export type { WorkerLike };

export type UncertaintyStatus = 'idle' | 'running' | 'ready' | 'error';

export interface UncertaintyOptions {
  /** Milliseconds after the last change before a run starts. */
  delay?: number;
  createWorker?: () => WorkerLike;
}

export const UNCERTAINTY_DELAY_MS = 250;
/** How long the worker may take to answer before the page says so (10,000 draws take well under a second). */
export const WORKER_TIMEOUT_MS = 20_000;

export class Uncertainty {
  status = $state<UncertaintyStatus>('idle');
  result = $state.raw<MonteCarloResult | null>(null);
  error = $state<string | null>(null);
  /**
   * Share (0 to 1) of every area's ranges worked out so far while they follow the
   * whole's and the selected area's (files of many areas); null when none are pending.
   */
  progress = $state<number | null>(null);
  /** The scenario the result belongs to. */
  resultScenario = $state.raw<Scenario | null>(null);
  /**
   * The latest tornado rows, their area and the area's net savings at the scenario they
   * belong to, all kept together while a newer run is under way.
   */
  lastTornado = $state.raw<{ areaId: string; net: number; rows: SensitivityRow[] } | null>(null);

  /** The selected area's tornado rows, only while they belong to the scenario and area shown. */
  readonly tornado: SensitivityRow[] | null = $derived.by(() => {
    const last = this.lastTornado;
    const current =
      last && this.resultScenario === this.explorer.scenario && last.areaId === this.explorer.selected.id;
    return current ? last.rows : null;
  });

  /** Every area's range by id, only while the result belongs to the scenario, draws and seed shown. */
  readonly current: Readonly<Record<string, AreaUncertainty>> | null = $derived.by(() => {
    const { result, explorer } = this;
    const current =
      result &&
      this.resultScenario === explorer.scenario &&
      result.draws === explorer.draws &&
      result.seed === explorer.seed;
    return current ? Object.fromEntries(result.areas.map((a) => [a.id, a])) : null;
  });

  /** The selected area's range, on the same terms. */
  readonly selected: AreaUncertainty | null = $derived.by(
    () => this.current?.[this.explorer.selected.id] ?? null,
  );

  /**
   * The ranges of the last result that arrived for the scenario then shown, with that
   * scenario's figures: kept while a newer run is under way, so a view can keep the last
   * range's place (the headline does, unseen) and nothing below it moves.
   */
  lastShown = $state.raw<{ ranges: Readonly<Record<string, AreaUncertainty>>; summaries: Summaries } | null>(
    null,
  );

  #worker: WorkerLike | null = null;
  #createWorker: () => WorkerLike;
  #dataSent = false;
  #lastId = 0;
  /** The scenario of the latest request: the only reply that is not stale. */
  #lastScenario: Scenario | null = null;
  #lastAreaId = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Runs out when the worker has not answered the latest request in time. */
  #deadline: ReturnType<typeof setTimeout> | undefined;
  #stop: () => void;

  constructor(
    readonly explorer: Explorer,
    options: UncertaintyOptions = {},
  ) {
    this.#createWorker = options.createWorker ?? newWorker;
    const delay = options.delay ?? UNCERTAINTY_DELAY_MS;
    this.#stop = $effect.root(() => {
      $effect(() => {
        const scenario = explorer.scenario;
        const { draws, seed } = explorer;
        let areaId: string;
        try {
          areaId = explorer.selected.id;
        } catch (e) {
          // The model refuses the scenario: the page says why, so this must not throw too.
          clearTimeout(this.#timer);
          this.#fail(e instanceof Error ? e.message : String(e));
          return;
        }
        // Every area's ranges still to come are for a scenario no longer shown: stop them now,
        // not when the next request goes, so they do not hold up the steps in between.
        untrack(() => {
          if (this.progress !== null) this.#cancelRest();
        });
        this.status = 'running';
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => this.#post(scenario, areaId, draws, seed), delay);
      });
    });
  }

  #post(scenario: Scenario, areaId: string, draws: number, seed: number): void {
    try {
      this.#worker ??= this.#connect();
      const id = ++this.#lastId;
      const request: MonteCarloRequest = {
        id,
        scenario: $state.snapshot(scenario) as Scenario,
        draws,
        seed,
        areaId,
        ...(this.#dataSent ? {} : { data: this.explorer.data }),
      };
      this.#lastScenario = scenario;
      this.#lastAreaId = areaId;
      this.#worker.postMessage(request);
      this.#dataSent = true;
      this.progress = null;
      this.#awaitWorker();
    } catch (e) {
      this.#fail(e instanceof Error ? e.message : String(e));
    }
  }

  #cancelRest(): void {
    this.#worker?.postMessage({ cancel: true } satisfies MonteCarloCancel);
    clearTimeout(this.#deadline);
    this.progress = null;
  }

  /** The worker must answer (or report progress) within WORKER_TIMEOUT_MS. */
  #awaitWorker(): void {
    clearTimeout(this.#deadline);
    this.#deadline = setTimeout(
      () => this.#fail(`the uncertainty worker did not answer in ${WORKER_TIMEOUT_MS / 1000} seconds`),
      WORKER_TIMEOUT_MS,
    );
  }

  #connect(): WorkerLike {
    const worker = this.#createWorker();
    worker.onmessage = (e) => this.#receive(e.data as unknown);
    worker.onerror = (e) => {
      e.preventDefault();
      this.#fail(e.message || 'the uncertainty worker failed');
    };
    return worker;
  }

  #receive(message: unknown): void {
    const reply = readReply(message);
    if (typeof reply === 'string') return this.#fail(reply);
    const scenario = this.#lastScenario;
    if (reply.id !== this.#lastId || !scenario) return;
    if ('progress' in reply) {
      this.progress = reply.progress;
      return this.#awaitWorker();
    }
    clearTimeout(this.#deadline);
    if ('error' in reply) return this.#fail(reply.error);
    // Every area's ranges follow the whole's and the selected area's when they are many.
    this.progress = reply.complete ? null : 0;
    if (!reply.complete) this.#awaitWorker();
    this.result = reply.result;
    if (reply.tornado) this.lastTornado = { areaId: this.#lastAreaId, ...reply.tornado };
    this.resultScenario = scenario;
    if (this.current) this.lastShown = { ranges: this.current, summaries: this.explorer.summaries };
    this.error = null;
    this.status = 'ready';
  }

  #fail(message: string): void {
    clearTimeout(this.#deadline);
    this.progress = null;
    this.error = message;
    this.status = 'error';
    // A fresh worker (and a fresh copy of the data) for the next change.
    this.#worker?.terminate();
    this.#worker = null;
    this.#dataSent = false;
    this.#lastScenario = null;
  }

  destroy(): void {
    this.#stop();
    clearTimeout(this.#timer);
    clearTimeout(this.#deadline);
    this.#worker?.terminate();
    this.#worker = null;
    this.status = 'idle';
  }
}
