import { describe, expect, it } from 'vitest';
import { money } from '../../../src/lib/format.ts';
import { headlineFigures } from '../../../src/lib/headline-figures.ts';
import { presetScenario, run, summarise } from '../../../src/lib/model/index.ts';
import { data } from '../model/fixtures.ts';

describe('headlineFigures', () => {
  it('gives the six figures in order, from the summary', () => {
    const r = run(presetScenario('hlp2017', data), data);
    const s = summarise(r.london);
    const f = headlineFigures(s, r.years);
    expect(f.map((x) => x.key)).toEqual(['people', 'gross', 'cost', 'net', 'roi', 'payback']);
    expect(f[1]!.value).toBe(money(s.gross));
    expect(f[1]!.sub).toBe('2017/18 to 2020/21');
    expect(f[5]!.value).toBe(s.paybackIndex === null ? 'Not by 2020/21' : r.years[s.paybackIndex]);
    expect(f[5]!.sub).toBe('first year savings to date cover costs to date');
    // Numbers never break across lines; only the words of "Not by …" may.
    expect(f.every((x) => !x.words)).toBe(true);
  });

  it('marks a net loss and says when the programme does not pay back', () => {
    const r = run(presetScenario('evidence-conservative', data), data);
    const s = summarise(r.london);
    const f = headlineFigures(s, r.years);
    expect(s.net).toBeLessThan(0);
    expect(f.find((x) => x.key === 'net')!.negative).toBe(true);
    const payback = f.find((x) => x.key === 'payback')!;
    expect(payback.value).toBe('Not by 2020/21');
    expect(payback.sub).toBe('savings to date stay below costs to date');
    expect(payback.words).toBe(true);
  });
});
