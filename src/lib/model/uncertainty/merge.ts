/**
 * Plans of fewer boroughs with the same totals for the whole and its groups. A draw's
 * parameters are shared by every area, and an area's figures are homogeneous of degree
 * 1 in its data (base populations, adults and its multiple of the shared population
 * path): the flow per unit of eligible scale depends on the path, the start shares and
 * the link workers per eligible person only. So
 *
 * - areas of the same groups on the same path add up to one area, exactly, whenever
 *   starts follow demand (demand-led and per-start delivery): every total is linear in
 *   the eligible scale A[b,c] = basePop x (1 + alpha x needDelta) x k x share, whose sum
 *   is that of an area with summed basePop and basePop x needDelta;
 * - capacity-led, where link workers per eligible person cap each area's starts, areas
 *   add up when their data are proportional (the same adults per cohort member, need
 *   indices and link workers' adults per adult): their caps are the same in every draw.
 *
 * The Monte Carlo of the whole and the selected area then costs a draw per class of
 * areas, not per area; results differ from the full plan's by rounding only.
 */
import type { AreaInfo, Plan } from '../core/plan.ts';
import { sharing } from '../core/plan.ts';

/**
 * Borough indices of each merged area, for the totals of the whole and of area
 * `selected` (an index into plan.areas): the boroughs on the same path, in or out of
 * the selected group, and (when link workers cap starts) with proportional data
 * together; a selected leaf by itself. The merged plan's other groups are not sums of
 * their members: read only the whole and the selected area from it.
 */
export function areaClasses(plan: Plan, selected: number): number[][] {
  const { B, C, T, G, shared } = plan;
  const capped = plan.settings.delivery === 'capacityLed';
  const leaf = selected - plan.boroughArea;
  // The selected group's accumulator (area 1 + r), if a group is selected.
  const group = selected > 0 && leaf < 0 ? selected - 1 : -1;
  const classes = new Map<string, number[]>();
  const out: number[][] = [];
  for (let b = 0; b < B; b++) {
    const adults = plan.adults[b]!;
    if (b === leaf || (capped && !(adults > 0))) {
      out.push([b]);
      continue;
    }
    const parts: number[] = [];
    if (group >= 0) parts.push(plan.groupOf.subarray(b * G, (b + 1) * G).includes(group) ? 1 : 0);
    // On a shared path each area is its multiple of borough 0's, folded into its data.
    if (!shared)
      parts.push(
        ...plan.popRatio.subarray(b * T, (b + 1) * T),
        ...plan.growthPower.subarray(b * T, (b + 1) * T),
      );
    if (capped) {
      for (let c = 0; c < C; c++) parts.push(plan.needDelta[b * C + c]!, plan.basePop[b * C + c]! / adults);
      parts.push(plan.lwBase[b]! / adults);
    }
    const key = parts.join(',');
    const found = classes.get(key);
    if (found) found.push(b);
    else {
      const list = [b];
      classes.set(key, list);
      out.push(list);
    }
  }
  return out;
}

/**
 * The plan whose borough j is the sum of the boroughs classes[j] (of one class each, as
 * areaClasses makes them, or one borough each), in the groups of its first member. The
 * whole and the groups keep their area indices; a merged
 * borough is area boroughArea + j, named after its first member when it has one only.
 */
export function mergedPlan(plan: Plan, classes: readonly (readonly number[])[]): Plan {
  const { C, T, G, shared, pathScale } = plan;
  const B = classes.length;
  const basePop = new Float64Array(B * C);
  const needDelta = new Float64Array(B * C);
  const adults = new Float64Array(B);
  const residents = new Float64Array(B);
  const lwBase = new Float64Array(B);
  const popRatio = new Float64Array(B * T);
  const growthPower = new Int32Array(B * T);
  const groupOf = new Int32Array(B * G);
  const leaves: AreaInfo[] = [];
  classes.forEach((members, j) => {
    const first = members[0]!;
    const only = members.length === 1;
    // Shared paths: each member's multiple of borough 0's path goes into its data.
    const fold = (b: number) => (shared ? pathScale[b]! : 1);
    const row = shared ? 0 : first;
    popRatio.set(plan.popRatio.subarray(row * T, (row + 1) * T), j * T);
    growthPower.set(plan.growthPower.subarray(row * T, (row + 1) * T), j * T);
    groupOf.set(plan.groupOf.subarray(first * G, (first + 1) * G), j * G);
    for (let c = 0; c < C; c++) {
      let base = 0;
      let needy = 0;
      for (const b of members) {
        const x = plan.basePop[b * C + c]! * fold(b);
        base += x;
        needy += x * plan.needDelta[b * C + c]!;
      }
      basePop[j * C + c] = base;
      needDelta[j * C + c] = only ? plan.needDelta[first * C + c]! : base > 0 ? needy / base : 0;
    }
    for (const b of members) {
      adults[j]! += plan.adults[b]! * fold(b);
      residents[j]! += plan.residents[b]! * fold(b);
      lwBase[j]! += plan.lwBase[b]! * fold(b);
    }
    const info = plan.areas[plan.boroughArea + first]!;
    leaves.push(
      only ? info : { ...info, id: `${info.id}+${members.length - 1}`, name: `${info.name} and others` },
    );
  });
  return {
    ...plan,
    B,
    areas: [...plan.areas.slice(0, plan.boroughArea), ...leaves],
    basePop,
    needDelta,
    adults,
    residents,
    lwBase,
    popRatio,
    growthPower,
    ...sharing(popRatio, growthPower, B, T),
    groupOf,
  };
}
