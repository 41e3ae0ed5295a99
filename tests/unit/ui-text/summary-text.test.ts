import { describe, expect, it } from 'vitest';
import { PRESETS, presetScenario, run, summarise } from '../../../src/lib/model/index.ts';
import { outsideRange, summarySentence } from '../../../src/lib/summary-text.ts';
import { money } from '../../../src/lib/format.ts';
import { data } from '../model/fixtures.ts';

function sentence(id: 'hlp2017' | 'evidence-conservative' | 'green-book' | 'evidence-2026') {
  const s = presetScenario(id, data);
  const r = run(s, data);
  const summary = summarise(r.london);
  return {
    summary,
    text: summarySentence({
      areaName: 'London',
      summary,
      years: r.years,
      preset: PRESETS[id],
      discount: s.values.discount,
      settings: s,
    }),
  };
}

describe('plain-English summary', () => {
  it('states who, how much, and when NHS benefits cover the cost, from the numbers', () => {
    const { text, summary } = sentence('hlp2017');
    expect(text).toMatch(/^In London, about 1,421,000 people could benefit; over 2017\/18 to 2020\/21/);
    expect(text).toContain(`The NHS gets ${money(summary.hospital)} of hospital activity avoided for`);
    // The reconstruction counts hospital activity only, so GP time is not valued in it.
    expect(text).not.toContain('of GP time');
    expect(text).toContain('NHS benefits cover the cost from 2020/21.');
    expect(text).toMatch(/apart from the NHS figures\.$/);
  });

  it('says plainly when a scenario costs more than the NHS gets back, and never covers it', () => {
    const { text } = sentence('evidence-conservative');
    expect(text).toContain('less than it spends');
    expect(text).toContain('NHS benefits do not cover the cost within these years.');
  });

  it('names the prices and the discounting', () => {
    expect(sentence('green-book').text).toContain('(at 2015/16 prices, discounted at 3.5% a year)');
    const { text } = sentence('evidence-2026');
    expect(text).toContain('at 2024/25 prices, discounted at 3.5% a year');
    expect(text).toMatch(/with \d+ link workers\./);
    expect(text).toContain('of GP time');
  });
});

describe('outsideRange', () => {
  it('is true only below the 5th or above the 95th percentile', () => {
    const range = { p5: -10, p95: 20 };
    expect([-11, -10, 0, 20, 21].map((net) => outsideRange(net, range))).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
  });
});
