/**
 * The six headline figures of an area, with their labels and the line under each:
 * one list for the explorer's headline and the presenter's scenes.
 */
import { money, people, perThousand, roi } from './format.ts';
import type { AreaSummary } from './model/index.ts';

export type FigureKey = 'people' | 'gross' | 'cost' | 'net' | 'roi' | 'payback';

export interface Figure {
  key: FigureKey;
  label: string;
  value: string;
  /** The line under the figure. */
  sub: string;
  negative: boolean;
  /** Words ("Not by 2020/21"), which may wrap, rather than a number, which must not. */
  words: boolean;
}

export function headlineFigures(s: AreaSummary, years: readonly string[]): Figure[] {
  const last = years[years.length - 1] ?? '';
  const span = `${years[0] ?? ''} to ${last}`;
  return [
    {
      key: 'people',
      label: 'People who could benefit',
      value: people(s.peopleCouldBenefit),
      sub: `${perThousand(s.perThousandAdults)} per 1,000 adults`,
      negative: false,
      words: false,
    },
    {
      key: 'gross',
      label: 'Gross NHS savings',
      value: money(s.gross),
      sub: span,
      negative: false,
      words: false,
    },
    { key: 'cost', label: 'Programme cost', value: money(s.cost), sub: span, negative: false, words: false },
    {
      key: 'net',
      label: 'Net savings',
      value: money(s.net),
      sub: 'savings minus cost',
      negative: s.net < 0,
      words: false,
    },
    {
      key: 'roi',
      label: 'Return on investment',
      value: roi(s.roi),
      sub: 'saved per £1 spent',
      negative: false,
      words: false,
    },
    {
      key: 'payback',
      label: 'Pays back',
      value: s.paybackIndex === null ? `Not by ${last}` : (years[s.paybackIndex] ?? ''),
      sub:
        s.paybackIndex === null
          ? 'savings to date stay below costs to date'
          : 'first year savings to date cover costs to date',
      negative: false,
      words: s.paybackIndex === null,
    },
  ];
}
