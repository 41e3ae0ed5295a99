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
  it('states the break-even year in the title and the marker', () => {
    const s = summarise(result('hlp2017').london);
    expect(s.paybackIndex).toBe(2);
    expect(yearlyTitle(s, years)).toBe('Savings pass costs in 2019/20');
    expect(paybackText(s, years)).toBe('Pays back in 2019/20');
    expect(yearlyDescription('London', s, years)).toContain('Pays back in 2019/20');
  });

  it('says when costs exceed savings every year, or are not repaid', () => {
    expect(yearlyTitle(fake([-1, -2, -3, -1], null), years)).toBe('Costs exceed savings in every year');
    expect(yearlyTitle(fake([-5, 1, 1, 1], null), years)).toBe('Savings have not repaid costs by 2020/21');
    expect(yearlyTitle(fake([5, 1, 1, 1], 0), years)).toBe(
      'Savings exceed costs from the first year, 2017/18',
    );
    expect(paybackText(fake([-5, 1, 1, 1], null), years)).toMatch(/^Does not pay back by 2020\/21/);
  });

  it('gives units, years and the discount rate in the subtitle', () => {
    expect(yearlySubtitle('Hackney', years, 0)).toBe('Hackney: £ million a year, 2017/18 to 2020/21');
    expect(yearlySubtitle('Hackney', years, 0.035)).toBe(
      'Hackney: £ million a year, 2017/18 to 2020/21, present values at 3.5%',
    );
  });
});
