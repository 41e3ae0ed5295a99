/**
 * The Compare view's numbers: scenario B minus scenario A, for the headline
 * figures, each year and each borough. Pure, so the differences can be tested
 * against the model's own summaries.
 */
import { groupOfArea, mainGrouping } from '../data/geography.ts';
import type { Dataset } from '../data/types.ts';
import { compactCount, fte, money, ratio } from '../format.ts';
import type { AreaSummary, PresetInfo, Summaries } from '../model/index.ts';
import type { MetricDef } from '../metrics.ts';

export type Letter = 'A' | 'B';

/** "A: HLP 2017 headline (reconstructed)", with the number of changes made on top of the preset. */
export function scenarioLabel(letter: Letter, preset: PresetInfo, changes: number): string {
  const extra = changes === 0 ? '' : `, with ${changes} change${changes === 1 ? '' : 's'}`;
  return `${letter}: ${preset.label}${extra}`;
}

/** A difference with its sign written out in front: "+£1.2m", "−£1.2m", "£0" (format gets the size). */
export function signed(format: (x: number) => string): (x: number) => string {
  return (x) => (x > 0 ? `+${format(x)}` : x < 0 ? `−${format(-x)}` : format(0));
}

export interface HeadlineRow {
  key: 'people' | 'supported' | 'fte' | 'hospital' | 'gp' | 'cost' | 'net' | 'bcr' | 'wellbeing' | 'payback';
  label: string;
  a: string;
  b: string;
  /** B − A in words or signed figures. */
  diff: string;
  /** B − A as a number (years for payback); null where it has none. */
  delta: number | null;
}

function paybackYear(s: AreaSummary, years: readonly string[]): string {
  return s.paybackIndex === null ? `Not by ${years[years.length - 1]}` : (years[s.paybackIndex] ?? '');
}

function paybackDiff(a: AreaSummary, b: AreaSummary, years: readonly string[]): [string, number | null] {
  const end = years[years.length - 1];
  if (a.paybackIndex === null && b.paybackIndex === null) return [`Neither covers its cost by ${end}`, null];
  if (b.paybackIndex === null) return [`B does not cover its cost by ${end}`, null];
  if (a.paybackIndex === null) return [`B covers its cost; A does not by ${end}`, null];
  const d = b.paybackIndex - a.paybackIndex;
  const n = Math.abs(d);
  const span = `${n} year${n === 1 ? '' : 's'}`;
  return [d === 0 ? 'Same year' : d > 0 ? `${span} later` : `${span} sooner`, d];
}

/** The headline figures of A and B for one area, side by side, with B − A. */
export function headlineRows(a: AreaSummary, b: AreaSummary, years: readonly string[]): HeadlineRow[] {
  const row = (
    key: HeadlineRow['key'],
    label: string,
    value: (s: AreaSummary) => number,
    format: (x: number) => string,
  ): HeadlineRow => {
    const delta = value(b) - value(a);
    return { key, label, a: format(value(a)), b: format(value(b)), diff: signed(format)(delta), delta };
  };
  const bcrDelta = a.bcrNhs === null || b.bcrNhs === null ? null : b.bcrNhs - a.bcrNhs;
  const [paybackText, paybackDelta] = paybackDiff(a, b, years);
  // Counts run to tens of millions: compact, so A, B and B − A fit a phone.
  const whole = (x: number) => compactCount(Math.round(x));
  return [
    row('people', 'People who could benefit (first year)', (s) => s.peopleCouldBenefit, whole),
    row('supported', 'People supported', (s) => s.peopleSupported, whole),
    row('fte', 'Link workers (year with the most)', (s) => s.ftePeak, fte),
    row('hospital', 'Hospital activity avoided', (s) => s.hospital, money),
    row('gp', 'GP appointments released', (s) => s.gpAppointments, whole),
    row('cost', 'Cost', (s) => s.cost, money),
    row('net', 'NHS net present value', (s) => s.net, money),
    {
      key: 'bcr',
      label: 'NHS benefit-cost ratio (per £1 of cost)',
      a: ratio(a.bcrNhs),
      b: ratio(b.bcrNhs),
      diff: bcrDelta === null ? 'n/a' : signed(ratio)(bcrDelta),
      delta: bcrDelta,
    },
    row('wellbeing', 'Wellbeing (WELLBYs, not NHS money)', (s) => s.wellbys, whole),
    {
      key: 'payback',
      label: 'NHS benefits cover cost (first year benefits to date reach costs to date)',
      a: paybackYear(a, years),
      b: paybackYear(b, years),
      diff: paybackText,
      delta: paybackDelta,
    },
  ];
}

export interface BoroughDiff {
  code: string;
  name: string;
  stp: string;
  a: number;
  b: number;
  /** B − A. */
  diff: number;
}

/** Every borough's value under A and B and the difference, largest increase first (ties by name). */
export function boroughDiffs(
  data: Dataset,
  a: Summaries,
  b: Summaries,
  def: Pick<MetricDef, 'at'>,
): BoroughDiff[] {
  const groupOf = groupOfArea(mainGrouping(data.geography));
  return data.boroughs
    .flatMap((borough) => {
      const ia = a.index.get(borough.code);
      const ib = b.index.get(borough.code);
      if (ia === undefined || ib === undefined) return [];
      const va = def.at(a.columns, ia);
      const vb = def.at(b.columns, ib);
      return [
        {
          code: borough.code,
          name: borough.name,
          stp: groupOf.get(borough.code)?.name ?? '',
          a: va,
          b: vb,
          diff: vb - va,
        },
      ];
    })
    .sort((x, y) => y.diff - x.diff || x.name.localeCompare(y.name, 'en-GB'));
}

export interface YearPair {
  year: string;
  /** NHS net present value that year (benefits minus cost) under A and B. */
  a: number;
  b: number;
}

/** Each year's NHS net value under A and B (the same years: both runs share the settings). */
export function yearPairs(a: AreaSummary, b: AreaSummary, years: readonly string[]): YearPair[] {
  return years.map((year, t) => ({ year, a: a.netByYear[t] ?? 0, b: b.netByYear[t] ?? 0 }));
}
