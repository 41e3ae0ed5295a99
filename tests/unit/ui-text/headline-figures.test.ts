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
  });

  it('marks a net loss and says when the programme does not pay back', () => {
    const r = run(presetScenario('evidence-conservative', data), data);
    const s = summarise(r.london);
    const f = headlineFigures(s, r.years);
    expect(s.net).toBeLessThan(0);
    expect(f.find((x) => x.key === 'net')!.negative).toBe(true);
    expect(f.find((x) => x.key === 'payback')!.value).toBe('Not by 2020/21');
  });
});
