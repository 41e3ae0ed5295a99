import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  RANKED_ALL_UP_TO,
  RANKED_EDGE,
  rankedShown,
  type RankedRow,
} from '../../../src/lib/charts/ranked/rank.ts';

const rowsOf = (n: number): RankedRow[] =>
  Array.from({ length: n }, (_, i) => ({ code: `A${i}`, name: `Area ${i}`, value: n - i, rank: i + 1 }));

describe('the ranked chart past a few dozen areas', () => {
  it('shows every area up to the limit', () => {
    const rows = rowsOf(RANKED_ALL_UP_TO);
    expect(rankedShown(rows, 'london').map((i) => i.row)).toEqual(rows);
  });

  it('shows the highest and lowest, the selected area, and one line for each run left out', () => {
    const rows = rowsOf(5016);
    const items = rankedShown(rows, 'A2000');
    const shown = items.flatMap((i) => (i.row ? [i.row.rank] : []));
    expect(shown.slice(0, RANKED_EDGE)).toEqual(Array.from({ length: RANKED_EDGE }, (_, i) => i + 1));
    expect(shown).toContain(2001);
    expect(shown.slice(-RANKED_EDGE)).toEqual(
      Array.from({ length: RANKED_EDGE }, (_, i) => 5016 - RANKED_EDGE + 1 + i),
    );
    expect(items.flatMap((i) => (i.gap ? [i.gap] : []))).toEqual([
      { from: RANKED_EDGE + 1, to: 2000 },
      { from: 2002, to: 5016 - RANKED_EDGE },
    ]);
  });

  it('accounts for every area once, shown or in a gap, in rank order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.nat(), (n, pick) => {
        const rows = rowsOf(n);
        const items = rankedShown(rows, `A${pick % n}`);
        const ranks = items.flatMap((i) =>
          i.row ? [i.row.rank] : Array.from({ length: i.gap.to - i.gap.from + 1 }, (_, k) => i.gap.from + k),
        );
        expect(ranks).toEqual(rows.map((r) => r.rank));
        expect(items.some((i) => i.row?.code === `A${pick % n}`)).toBe(true);
        if (n > RANKED_ALL_UP_TO) expect(items.length).toBeLessThanOrEqual(2 * RANKED_EDGE + 3);
      }),
    );
  });
});
