/**
 * The first screen's comparison for London: HLP's 2017 headline, reconstructed,
 * beside the evidence-based planning scenario, each as its preset gives it. The
 * rows are formatted once here for the page, its tests and the presenter alike.
 */
import type { Dataset } from './data/types.ts';
import { money, ratio, runsShare } from './format.ts';
import {
  PRESETS,
  findArea,
  presetScenario,
  run,
  summarise,
  type AreaSummary,
  type AreaUncertainty,
  type Interval,
  type PresetId,
  type PresetInfo,
  type Scenario,
} from './model/index.ts';

/** The claim and the evidence, in the order they are shown. */
export const CLAIM_PRESET: PresetId = 'hlp2017';
export const EVIDENCE_PRESET: PresetId = 'evidence-2026';

export interface Side {
  preset: PresetInfo;
  scenario: Scenario;
  years: string[];
  /** London's figures. */
  summary: AreaSummary;
}

function side(id: PresetId, data: Dataset): Side {
  const scenario = presetScenario(id, data);
  const result = run(scenario, data);
  const london = findArea(result, 'london');
  if (!london) throw new Error('the model gave no figures for London');
  return { preset: PRESETS[id], scenario, years: result.years, summary: summarise(london) };
}

export function claimAndEvidence(data: Dataset): { claim: Side; evidence: Side } {
  return { claim: side(CLAIM_PRESET, data), evidence: side(EVIDENCE_PRESET, data) };
}

const fy = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, '0')}`;

/** "2017/18 to 2020/21, 2015/16 prices" (and the discount rate, where there is one). */
export function termsOf(s: Side): string {
  const { years, scenario } = s;
  const span = `${years[0]} to ${years[years.length - 1]}`;
  const discount = scenario.values.discount;
  return (
    `${span}, ${fy(scenario.priceYear)} prices` +
    (discount > 0 ? `, discounted ${(discount * 100).toFixed(1)}% a year` : '')
  );
}

export interface ComparisonCell {
  value: string;
  negative: boolean;
  /** "£A to £B" in 90% of runs, null until the runs are in (or where they give none). */
  range: string | null;
}

export interface ComparisonRow {
  key: 'gross' | 'cost' | 'net' | 'bcr';
  label: string;
  /** What the figure is, in a few plain words. */
  note: string;
  claim: ComparisonCell;
  evidence: ComparisonCell;
}

const span = (i: Interval | null | undefined, f: (x: number) => string): string | null =>
  i ? `${f(i.p5)} to ${f(i.p95)}` : null;

function cells(s: AreaSummary, u: AreaUncertainty | null): Record<ComparisonRow['key'], ComparisonCell> {
  const cell = (value: string, range: string | null, negative = false): ComparisonCell => ({
    value,
    negative,
    range,
  });
  return {
    gross: cell(money(s.gross), span(u?.gross, money)),
    cost: cell(money(s.cost), span(u?.cost, money)),
    net: cell(money(s.net), span(u?.net, money), s.net < 0),
    bcr: cell(ratio(s.bcrNhs), span(u?.bcrNhs, ratio)),
  };
}

const ROWS: Pick<ComparisonRow, 'key' | 'label' | 'note'>[] = [
  { key: 'gross', label: 'NHS benefits', note: 'hospital activity avoided, and GP time where it is counted' },
  { key: 'cost', label: 'Cost', note: 'what the programmes cost to run' },
  { key: 'net', label: 'NHS benefits minus cost', note: 'net present value to the NHS' },
  { key: 'bcr', label: 'NHS benefit per £1 of cost', note: 'the benefit-cost ratio' },
];

/** The rows of the comparison, with each side's 90% range of runs once known. */
export function comparisonRows(
  claim: Side,
  evidence: Side,
  claimRange: AreaUncertainty | null,
  evidenceRange: AreaUncertainty | null,
): ComparisonRow[] {
  const a = cells(claim.summary, claimRange);
  const b = cells(evidence.summary, evidenceRange);
  return ROWS.map((r) => ({ ...r, claim: a[r.key], evidence: b[r.key] }));
}

/**
 * One plain line on the gap, from the figures themselves: what each side gives the NHS
 * back for £1 spent, and (once the runs are in) how often the evidence covers its cost.
 */
export function gapReading(
  claim: Side,
  evidence: Side,
  claimRange: AreaUncertainty | null,
  evidenceRange: AreaUncertainty | null,
): string {
  const a = claim.summary.bcrNhs;
  const b = evidence.summary.bcrNhs;
  if (a === null || b === null) return '';
  const bcr = claimRange?.bcrNhs;
  const above =
    bcr && a > bcr.p95
      ? ` The claim’s ${ratio(a)} is above 95% of its own runs: its assumptions sit at the hopeful end of their evidence ranges.`
      : '';
  const runs = evidenceRange
    ? `; on the evidence, NHS benefits cover the cost in ${runsShare(evidenceRange.probNetPositive)} of runs`
    : '';
  return `In plain terms: for each £1 spent, the 2017 claim gives the NHS back ${ratio(a)} and today’s evidence ${ratio(b)}${runs}.${above}`;
}
