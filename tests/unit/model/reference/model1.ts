/**
 * The 2017 model (MODEL.md section 3) as it stood before people flow: a test oracle
 * only. With turnover 0, persistence 1 and no re-referral within the horizon, the
 * model must give exactly these numbers (MODEL.md 8.1).
 */
import type { Borough, Dataset } from '../../../../src/lib/data/types.ts';
import { COHORTS, COHORT_INFO, SERVICES } from '../../../../src/lib/model/dimensions.ts';
import type { ParamValues } from '../../../../src/lib/model/parameters.ts';

export interface Model1Area {
  eligible: number[][];
  starts: number[][];
  active: number[][];
  gross: number[][][];
  cost: number[][];
}

/** Population growth factor for years t = 1..T relative to mid-2016 (the first vintage). */
function growthFactors(b: Borough, g: number, observed: boolean, T: number): number[] {
  const pop = b.populations[0]!.allAges;
  const base = pop[0] as number;
  const lastObserved = pop.length - 1;
  return Array.from({ length: T }, (_, i) => {
    const t = i + 1;
    if (!observed) return (1 + g) ** t;
    const known = Math.min(t, lastObserved);
    return ((pop[known] as number) / base) * (1 + g) ** (t - known);
  });
}

function weight(n: number, v: ParamValues): number {
  if (n >= v.duration) return 0;
  return n === 0 ? v.firstYearFraction : 1;
}

/** Model 1 for one borough, years 2017/18 on: cash (undiscounted, r must be 0 for a comparison of money). */
export function model1Borough(b: Borough, v: ParamValues, T: number, observed: boolean): Model1Area {
  const growth = growthFactors(b, v.growth, observed, T);
  const discount = growth.map((_, i) => 1 / (1 + v.discount) ** (i + 1));
  const out: Model1Area = { eligible: [], starts: [], active: [], gross: [], cost: [] };
  const pop = b.populations[0]!;
  COHORTS.forEach((c) => {
    const info = COHORT_INFO[c];
    const basePop = info.base === 'adults18' ? pop.adults18 : pop.older65;
    const need = 1 + v.alpha * (pop.needIndex[c] - 1);
    const costPerStart = v[`costPerStart_${info.programme}`] * (1 + v.costOverrun);
    const e = growth.map((f) => basePop * f * v[`share_${c}`] * v.k * need);
    const st: number[] = [];
    let cumulative = 0;
    for (let i = 0; i < T; i++) {
      const rate = v.startRate * Math.min(1, (i + 1) / v.rampYears);
      const wanted = (e[i] as number) * rate * v.uptake;
      const room = Math.max(0, (e[i] as number) - cumulative);
      const s = Math.min(wanted, room);
      st.push(s);
      cumulative += s;
    }
    const act = new Array<number>(T).fill(0);
    for (let t = 0; t < T; t++) {
      let a = 0;
      for (let j = 0; j <= t; j++) a += (st[j] as number) * weight(t - j, v);
      act[t] = a;
    }
    out.eligible.push(e);
    out.starts.push(st);
    out.active.push(act);
    out.gross.push(
      SERVICES.map((s) => {
        const perYear =
          v[`use_${c}_${s}`] *
          v[`cost_${s}`] *
          v.uplift *
          v[`eff_${info.programme}_${s}`] *
          (1 - v.benefitShortfall);
        return act.map((a, t) => a * perYear * (discount[t] as number));
      }),
    );
    out.cost.push(st.map((s, t) => s * costPerStart * (discount[t] as number)));
  });
  return out;
}

export function model1(data: Dataset, v: ParamValues, T: number, observed: boolean): Model1Area[] {
  return data.boroughs.map((b) => model1Borough(b, v, T, observed));
}
