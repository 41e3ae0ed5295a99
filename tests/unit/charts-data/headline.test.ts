import { describe, expect, it } from 'vitest';
import {
  paybackText,
  yearlyDescription,
  yearlySubtitle,
  yearlyTitle,
} from '../../../src/lib/charts/yearly/headline.ts';
import { summarise, type AreaSummary } from '../../../src/lib/model/index.ts';
import { result } from './fixtures.ts';

const years = ['2017/18', '2018/19', '2019/20', '2020/21'];
function fake(netByYear: number[], paybackIndex: number | null): AreaSummary {
  const base = summarise(result('hlp2017').london);
  return { ...base, netByYear, paybackIndex };
}

describe('yearly words', () => {
  it('states the break-even year in the title and the marker, as cumulative figures', () => {
    const s = summarise(result('hlp2017').london);
    expect(s.paybackIndex).toBe(3);
    expect(yearlyTitle(s, years)).toBe('NHS benefits to date pass costs to date in 2020/21');
    expect(paybackText(s, years)).toBe('Benefits to date cover costs to date in 2020/21');
    expect(yearlyDescription('London', s, years)).toContain(
      'Benefits to date cover costs to date in 2020/21',
    );
    expect(yearlyDescription('London', s, years)).toContain('Wellbeing is not part of these figures');
  });

  it('says when the cost exceeds NHS benefits every year, or is not repaid', () => {
    expect(yearlyTitle(fake([-1, -2, -3, -1], null), years)).toBe(
      'The cost exceeds NHS benefits in every year',
    );
    expect(yearlyTitle(fake([-5, 1, 1, 1], null), years)).toBe(
      'NHS benefits to date stay below costs to date by 2020/21',
    );
    expect(yearlyTitle(fake([5, 1, 1, 1], 0), years)).toBe(
      'NHS benefits exceed the cost from the first year, 2017/18',
    );
    expect(paybackText(fake([-5, 1, 1, 1], null), years)).toMatch(
      /^Benefits to date stay below costs to date by 2020\/21/,
    );
  });

  it('gives units, years and the discount rate in the subtitle', () => {
    expect(yearlySubtitle('Hackney', years, 0)).toBe('Hackney: £ million a year, 2017/18 to 2020/21');
    expect(yearlySubtitle('Hackney', years, 0.035)).toBe(
      'Hackney: £ million a year, 2017/18 to 2020/21, present values at 3.5%',
    );
  });
});
