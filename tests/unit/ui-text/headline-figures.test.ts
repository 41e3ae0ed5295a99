import { describe, expect, it } from 'vitest';
import { count, money } from '../../../src/lib/format.ts';
import { figureRange, headlineFigures } from '../../../src/lib/headline-figures.ts';
import { monteCarlo, presetScenario, run, summarise } from '../../../src/lib/model/index.ts';
import { data } from '../model/fixtures.ts';

describe('headlineFigures', () => {
  it('gives the figures in order, in three groups that keep wellbeing apart', () => {
    const sc = presetScenario('evidence-2026', data);
    const r = run(sc, data);
    const s = summarise(r.london);
    const f = headlineFigures(s, r.years, sc);
    expect(f.map((x) => x.key)).toEqual([
      'people',
      'supported',
      'fte',
      'hospital',
      'primaryCare',
      'cost',
      'net',
      'bcr',
      'wellbeing',
      'payback',
    ]);
    expect(f.filter((x) => x.group === 'wellbeing').map((x) => x.key)).toEqual(['wellbeing']);
    expect(f.find((x) => x.key === 'hospital')!.value).toBe(money(s.hospital));
    expect(f.find((x) => x.key === 'primaryCare')!.value).toBe(count(Math.round(s.gpAppointments)));
    expect(f.find((x) => x.key === 'fte')!.label).toBe('Link workers in post');
    expect(f.find((x) => x.key === 'people')!.sub).toMatch(/^everyone in the cohorts in 2026\/27/);
    // Numbers never break across lines; only the words of "Not by …" may.
    expect(f.filter((x) => x.words).map((x) => x.key)).toEqual(s.paybackIndex === null ? ['payback'] : []);
  });

  it('marks a negative net present value and says when benefits never cover the cost', () => {
    const sc = presetScenario('evidence-conservative', data);
    const r = run(sc, data);
    const s = summarise(r.london);
    const f = headlineFigures(s, r.years, sc);
    expect(s.net).toBeLessThan(0);
    expect(f.find((x) => x.key === 'net')!.negative).toBe(true);
    const payback = f.find((x) => x.key === 'payback')!;
    expect(payback.value).toBe('Not by 2020/21');
    expect(payback.sub).toBe('benefits to date stay below costs to date');
    expect(payback.words).toBe(true);
    // The 2017 costing says how many link workers it would take, and the hospital-only reading values no GP time.
    expect(f.find((x) => x.key === 'fte')!.label).toBe('Link workers it would take');
    const hlp = presetScenario('hlp2017', data);
    const h = headlineFigures(summarise(run(hlp, data).london), ['2017/18'], hlp);
    expect(h.find((x) => x.key === 'primaryCare')!.sub).toBe(
      'primary-care capacity; not valued in this reading',
    );
  });

  it('gives each figure its range of runs, formatted as the figure is', () => {
    const sc = presetScenario('evidence-2026', data);
    const u = monteCarlo(sc, data, { draws: 300, yearly: 'selected' }).areas[0]!;
    expect(figureRange('hospital', u)).toEqual([money(u.detail!.hospital.p5), money(u.detail!.hospital.p95)]);
    expect(figureRange('net', u)).toEqual([money(u.net.p5), money(u.net.p95)]);
    expect(figureRange('people', u)).toBeNull();
    expect(figureRange('net', null)).toBeNull();
  });
});
