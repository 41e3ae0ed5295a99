/**
 * The formulas of Model 2 as the methodology page prints them, copied from the
 * comments and code of src/lib/model/core (plan, terms, flow, capacity), run.ts,
 * summary.ts and prices.ts. Plain text, so that the page shows them as written.
 */

/** One line: what is defined, its formula (or a continuation), and a note. */
type Row = [lhs: string, expr: string, note?: string];

export interface FormulaBlock {
  id: string;
  title: string;
  text: string;
}

/** Notes start at most this far in; a longer formula puts its note on the next line. */
const NOTE_COLUMN = 62;

/** Lines up the = signs and the notes of a block. */
function layout(rows: Row[]): string {
  const left = Math.max(...rows.map(([lhs]) => lhs.length));
  const body = rows.map(([lhs, expr]) =>
    // A continuation either carries its own "=" (another case) or is indented under the formula.
    (expr.startsWith('= ')
      ? `${''.padEnd(left)} ${expr}`
      : `${lhs.padEnd(left)} ${lhs ? '=' : ' '} ${expr}`
    ).trimEnd(),
  );
  const fits = body.filter((line, i) => rows[i]?.[2] !== undefined && line.length < NOTE_COLUMN);
  const noteAt = Math.max(0, ...fits.map((line) => line.length)) + 3;
  return rows
    .flatMap(([, , note], i) => {
      const line = body[i] as string;
      if (note === undefined) return [line];
      return line.length < noteAt - 2
        ? [`${line.padEnd(noteAt)}${note}`]
        : [line, `${''.padEnd(noteAt)}${note}`];
    })
    .join('\n');
}

const block = (id: string, title: string, rows: Row[]): FormulaBlock => ({ id, title, text: layout(rows) });

export const FORMULAS: FormulaBlock[] = [
  block('who', 'Who could benefit', [
    ['year[t]', 'first year + t − 1', 't = 1 is the first modelled year'],
    ['u[b,t]', '(ONS estimate of year L ÷ estimate of base year) × (1 + g)^(year[t] − L)'],
    ['', '  L = min(year[t], last ONS estimate)', '"observed" population'],
    ['', '  L = base year', '"projected" population'],
    ['need[b,c]', '1 + α × (needIndex[b,c] − 1)', "London's weighted mean index is 1"],
    ['eligible[b,c,t]', 'basePop[b,c] × need[b,c] × k × share[c] × u[b,t]'],
    ['', '  basePop = adults 18+ or residents 65+ in the base year of the ONS vintage'],
  ]),
  block('flow', 'People flow: turnover and referral again', [
    ['survive', '1 − turnover', 'share of a cohort still in it a year later'],
    ['R', '⌈reReferralYears⌉', 'years before someone can start again'],
    ['wanted[t]', 'eligible[t] × startRate × uptake × min(1, t ÷ rampYears)'],
    [
      'recent[t]',
      'Σ over n = 1 … R − 1 of starts[t − n] × survive^n',
      'supported lately, still in the cohort',
    ],
    ['demand[t]', 'min(wanted[t], max(0, eligible[t] − recent[t]))'],
    ['starts[t]', 'demand[t]', 'per start and demand-led delivery'],
    ['', '= min(demand[t], capacity[t])', 'capacity-led, social prescribing cohorts'],
    ['unmet need[t]', 'demand[t] − starts[t]'],
  ]),
  block('benefit', 'A benefit that fades', [
    ['L', 'min(⌈duration⌉, R)', "years a start's benefit can last"],
    ['decay', 'persistence × survive', 'the effect fades, and ends when its person leaves'],
    ['active[t]', 'firstYearFraction × starts[t]', 'benefit-weighted participant-years'],
    ['', '  + Σ over n = 1 … L − 1 of starts[t − n] × decay^n'],
  ]),
  block('workers', 'Link workers', [
    ['capacity-led: FTE[b,t]', 'lwPer10k ÷ 10,000 × adults[b] × u[b,t]'],
    ['', '  social prescribing starts ≤ FTE[b,t] × lwCaseload, shared by its cohorts'],
    ['', '  in proportion to their eligible'],
    ['demand-led:   FTE[b,t]', 'Σ over social prescribing cohorts of starts[b,c,t] ÷ lwCaseload'],
    ['per start:    FTE[b,t]', 'as demand-led; shown, not costed (the cost per start covers it)'],
  ]),
  block('cost', 'Cost', [
    ['pay[t]', 'ARRS[y] × deflator[price year] ÷ deflator[y]'],
    ['', '  y = the latest year on or before year[t] with a published amount'],
    ['', '      (the first such year, before the scheme began)'],
    ['workforce[b,t]', 'FTE[b,t] × pay[t] × (1 + lwOverheads) × (1 + costOverrun)'],
    ['', '  (0 in the per-start costing)'],
    ['activity[b,t]', 'Σ over c of starts[b,c,t] × perStart[c] × (1 + costOverrun)'],
    ['', '  perStart = activityCost', 'social prescribing, link workers costed'],
    ['', '           = costPerStart_sp', 'social prescribing, cost per start (2017)'],
    ['', '           = costPerStart_epp', 'expert patient courses'],
    ['cost[b,t]', 'workforce[b,t] + activity[b,t]'],
  ]),
  block('value', 'Three kinds of value', [
    ['v[c,s]', 'baseUse[c,s] × unitCost[s] × uplift × effect[c,s] × (1 − benefitShortfall)'],
    ['hospital[b,t]', 'Σ over c, and s in A&E, emergency admissions, outpatients, of active[b,c,t] × v[c,s]'],
    ['primaryCare[b,t]', 'Σ over c of active[b,c,t] × v[c,GP]', '0 when only hospital activity counts'],
    [
      'GP appointments[b,t]',
      'Σ over c of active[b,c,t] × baseUse[c,GP] × effect[c,GP] × (1 − benefitShortfall)',
    ],
    ['WELLBYs[b,t]', 'Σ over c of active[b,c,t] × wellbeingGain × (1 − benefitShortfall)'],
    ['wellbeing[b,t]', 'WELLBYs[b,t] × wellbyValue'],
  ]),
  block('appraisal', 'Prices, discounting and the measures', [
    ['£1 at the prices of year p', '£1 × deflator[price year] ÷ deflator[p]'],
    ['', '  each money parameter has its own p; pay is converted from its own year'],
    ['present value of year t', "year t's £ × 1 ÷ (1 + r)^t", 'benefits, wellbeing and cost alike'],
    ['NHS benefits', 'hospital + primaryCare'],
    ['NHS net present value', 'NHS benefits − cost'],
    ['societal net present value', 'NHS benefits + wellbeing − cost'],
    ['NHS benefit-cost ratio', '(hospital + primaryCare) ÷ cost'],
    ['societal benefit-cost ratio', '(hospital + primaryCare + wellbeing) ÷ cost'],
    ['return on investment', '(NHS benefits − cost) ÷ cost'],
    ['pays back in', 'the first year in which cumulative NHS net present value ≥ 0 (with some benefit)'],
    ['people who could benefit[b]', 'Σ over c of eligible[b,c,1]'],
    ['people supported[b]', 'Σ over c and t of starts[b,c,t]', 'someone who starts twice counts twice'],
  ]),
];
