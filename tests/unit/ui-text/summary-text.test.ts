import { describe, expect, it } from 'vitest';
import { PRESETS, presetScenario, run, summarise } from '../../../src/lib/model/index.ts';
import { outsideRange, summarySentence } from '../../../src/lib/summary-text.ts';
import { data } from '../model/fixtures.ts';

function sentence(id: 'hlp2017' | 'evidence-conservative' | 'green-book') {
  const s = presetScenario(id, data);
  const r = run(s, data);
  return summarySentence({
    areaName: 'London',
    summary: summarise(r.london),
    years: r.years,
    preset: PRESETS[id],
    discount: s.values.discount,
  });
}

describe('plain-English summary', () => {
  it('states who, how much, and when it pays back, from the numbers', () => {
    const text = sentence('hlp2017');
    expect(text).toMatch(/^In London, about 872,000 people could benefit\./);
    expect(text).toContain(
      'saves the NHS £532.0m gross for £325.6m of programme costs: £206.3m net, or £1.63 back for every £1 spent.',
    );
    expect(text).toContain('It pays for itself in 2019/20.');
    expect(text).toMatch(/of the savings is GP time: capacity released, not cash\.$/);
  });

  it('says plainly when a scenario loses money and never pays back', () => {
    const text = sentence('evidence-conservative');
    expect(text).toContain('a net loss of');
    expect(text).toContain('It does not pay for itself within these years.');
  });

  it('mentions discounting when there is a discount rate', () => {
    expect(sentence('green-book')).toContain('(present values at 3.5% a year)');
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
