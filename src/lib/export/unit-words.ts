/**
 * A parameter's unit as the files write it, in words that match the value written:
 * percentages are stored and written as fractions, money with its price year.
 */
import { fyLabel } from '../model/index.ts';
import type { ParamDef, Unit } from '../model/parameters.ts';

const UNIT_WORDS: Record<Unit, string> = {
  percent: 'fraction (0.2 = 20%)',
  gbp: 'GBP',
  years: 'years',
  ratio: 'ratio',
  perYear: 'per person a year',
  people: 'people a year',
  points: 'points of life satisfaction (0-10)',
};

export function unitWords(p: Pick<ParamDef, 'unit' | 'priceYear'>): string {
  return p.priceYear === undefined ? UNIT_WORDS[p.unit] : `GBP (${fyLabel(p.priceYear)} prices)`;
}
