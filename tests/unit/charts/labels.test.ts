import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels } from '../../../src/lib/charts/map/labels.ts';

const box = labelBox(12);
const shape = (code: string, x: number, y: number, r: number) => ({
  code,
  x,
  y,
  area: 4 * r * r,
  bounds: [
    [x - r, y - r],
    [x + r, y + r],
  ] as [[number, number], [number, number]],
});

describe('placeLabels', () => {
  it('shows labels that fit and hides those that do not', () => {
    const shown = placeLabels([shape('big', 100, 100, 60), shape('tiny', 300, 300, 5)], box);
    expect([...shown]).toEqual(['big']);
  });

  it('never lets two labels overlap; the larger borough wins', () => {
    const shown = placeLabels([shape('small', 110, 100, 40), shape('large', 100, 100, 60)], box);
    expect([...shown]).toEqual(['large']);
  });
});
