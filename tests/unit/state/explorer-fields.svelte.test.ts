/**
 * The Explorer's fields are the codec table's keys: each one reactive, each in its
 * viewState and its link, and a link read into it gives back the state it holds.
 */
import fc from 'fast-check';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Explorer } from '../../../src/lib/state/explorer.svelte.ts';
import { STATE_KEYS, encodeQuery } from '../../../src/lib/state/url.ts';
import { DEFAULT_STATE, VIEW_KEYS, type ViewState } from '../../../src/lib/state/view-state.ts';
import { data } from '../model/fixtures.ts';
import { viewStateArb } from './arbitraries.ts';

function setKey<K extends keyof ViewState>(explorer: Explorer, k: K, value: ViewState[K]): void {
  // The Explorer's fields, as the view state's keys.
  const fields: ViewState = explorer;
  fields[k] = value;
}

describe("the Explorer's fields", () => {
  it('are the keys of the codec table, starting at its defaults', () => {
    const explorer = new Explorer(data);
    expect(Object.keys(explorer.viewState)).toEqual(VIEW_KEYS);
    expect(explorer.viewState).toEqual(DEFAULT_STATE);
    for (const k of VIEW_KEYS) expect(k in explorer, k).toBe(true);
    expect(explorer.query).toBe('');
  });

  it('each change to a field is in viewState and the link at once, and only that field changes', () => {
    for (const s of fc.sample(viewStateArb, { numRuns: 20, seed: 4 })) {
      for (const k of VIEW_KEYS) {
        const explorer = new Explorer(data);
        const before = explorer.viewState;
        setKey(explorer, k, s[k]);
        flushSync();
        expect(explorer.viewState[k]).toEqual(s[k]);
        for (const other of VIEW_KEYS) if (other !== k) expect(explorer.viewState[other]).toBe(before[other]);
        expect(explorer.query).toBe(encodeQuery({ ...DEFAULT_STATE, [k]: s[k] }));
      }
    }
  });

  it('read any valid link, hold exactly its state, and write the same link again', () => {
    const explorer = new Explorer(data);
    fc.assert(
      fc.property(viewStateArb, (s) => {
        explorer.applyQuery(encodeQuery(s));
        flushSync();
        expect(explorer.notices).toEqual([]);
        expect(explorer.viewState).toEqual(s);
        expect(explorer.query).toBe(encodeQuery(s));
        // Every key of the link is one the table knows.
        for (const key of new URLSearchParams(explorer.query).keys())
          expect(STATE_KEYS.includes(key) || /^(b\.)?[A-Za-z_0-9]+$/.test(key), key).toBe(true);
      }),
      { numRuns: 100, seed: 17 },
    );
  });
});
