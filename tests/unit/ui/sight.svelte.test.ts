/**
 * Views out of sight: a value read through a Sight follows every change while it is
 * seen; out of sight it keeps what it last showed until it is caught up (input
 * pausing, printing) or seen again. Writes and methods reach the object itself.
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import { Explorer } from '../../../src/lib/state/explorer.svelte.ts';
import {
  CATCH_UP_MS,
  Sight,
  catchUpOutOfSight,
  throughSight,
} from '../../../src/lib/ui/sight/sight.svelte.ts';

const data = loadDatasetFromDisk();

/** A view of the explorer's London net figure through a Sight, and how often it was worked out. */
function view(seen: boolean, catchUp = false) {
  const explorer = new Explorer(data);
  const sight = new Sight();
  sight.seen = seen;
  const seenExplorer = throughSight(explorer, sight);
  let runs = 0;
  let shown = Number.NaN;
  const stop = $effect.root(() => {
    if (catchUp) catchUpOutOfSight(sight, () => void explorer.viewState);
    $effect(() => {
      runs++;
      shown = seenExplorer.selectedSummary.net;
    });
  });
  flushSync();
  const live = () => explorer.selectedSummary.net;
  return { explorer, sight, seenExplorer, stop, live, shown: () => shown, runs: () => runs };
}

describe('a view read through a Sight', () => {
  let printing: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    printing = [];
    vi.stubGlobal('window', {
      addEventListener: (type: string, fn: () => void) => type === 'beforeprint' && printing.push(fn),
      removeEventListener: (type: string, fn: () => void) => (printing = printing.filter((f) => f !== fn)),
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('follows every change while it is seen', () => {
    const v = view(true);
    v.explorer.setParam('lwPer10k', 1.2);
    flushSync();
    expect(v.shown()).toBe(v.live());
    expect(v.runs()).toBe(2);
    v.stop();
  });

  it('does no work on a change out of sight, and catches up when seen again', () => {
    const v = view(false);
    const before = v.shown();
    v.explorer.setParam('lwPer10k', 1.2);
    v.explorer.setParam('turnover', 0.3);
    flushSync();
    expect(v.runs()).toBe(1);
    expect(v.shown()).toBe(before);
    expect(v.live()).not.toBe(before);
    v.sight.seen = true;
    flushSync();
    expect(v.shown()).toBe(v.live());
    v.stop();
  });

  it('catches up once input has paused, not before', () => {
    const v = view(false, true);
    const before = v.shown();
    v.explorer.setParam('lwPer10k', 1.2);
    flushSync();
    vi.advanceTimersByTime(CATCH_UP_MS - 50);
    v.explorer.setParam('lwPer10k', 1.4);
    flushSync();
    vi.advanceTimersByTime(CATCH_UP_MS - 50);
    flushSync();
    expect(v.shown()).toBe(before);
    vi.advanceTimersByTime(50);
    flushSync();
    expect(v.shown()).toBe(v.live());
    expect(v.runs()).toBe(2);
    v.stop();
  });

  it('catches up before printing', () => {
    const v = view(false, true);
    v.explorer.setParam('lwPer10k', 1.2);
    flushSync();
    expect(printing).toHaveLength(1);
    for (const fn of printing) fn();
    expect(v.shown()).toBe(v.live());
    v.stop();
    expect(printing).toHaveLength(0);
  });

  it('passes writes and method calls to the object itself', () => {
    const v = view(false);
    v.seenExplorer.area = 'E09000022';
    expect(v.explorer.area).toBe('E09000022');
    v.seenExplorer.setParam('lwPer10k', 1.2);
    expect(v.explorer.values.lwPer10k).toBe(1.2);
    v.seenExplorer.resetAll();
    expect(v.explorer.changedIds).toEqual([]);
    v.stop();
  });
});
