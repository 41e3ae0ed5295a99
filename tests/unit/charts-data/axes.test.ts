import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { labelStep, moneyTickFormat, textWidth } from '../../../src/lib/charts/axes/ticks.ts';
import { discountNote, yearSpan } from '../../../src/lib/charts/axes/words.ts';

describe('moneyTickFormat', () => {
  it('labels ticks in £m with the precision the step needs', () => {
    const ticks = scaleLinear().domain([-50e6, 200e6]).ticks(5);
    const f = moneyTickFormat(ticks);
    expect(ticks.map(f)).toEqual(['−£50m', '£0', '£50m', '£100m', '£150m', '£200m']);
    const small = [0, 0.2e6, 0.4e6];
    expect(small.map(moneyTickFormat(small))).toEqual(['£0', '£0.2m', '£0.4m']);
  });
});

describe('labelStep', () => {
  const label = textWidth('2017/18', 12);
  it('keeps every label when there is room and thins them when there is not', () => {
    expect(labelStep(100, label)).toBe(1);
    // 14 years on a 375 px phone: about 21 px a year.
    const step = labelStep(21, label);
    expect(step).toBeGreaterThan(1);
    expect(step * 21).toBeGreaterThanOrEqual(label + 6);
    expect(labelStep(0, label)).toBe(1);
  });
  it('estimates wider text as wider', () => {
    expect(textWidth('Kensington and Chelsea', 12)).toBeGreaterThan(textWidth('Kensington & Chelsea', 12));
    expect(textWidth('2017/18', 12)).toBeGreaterThan(30);
  });
});

describe('words', () => {
  it('spans years and notes discounting', () => {
    expect(yearSpan(['2017/18'])).toBe('2017/18');
    expect(yearSpan(['2017/18', '2018/19', '2019/20'])).toBe('2017/18 to 2019/20');
    expect(discountNote(0)).toBe('');
    expect(discountNote(0.035)).toBe('present values at 3.5%');
  });
});
