/** The scenes of presenter mode, in order, and the borough to suggest for the last one. */
import type { AreaSummary } from '../model/index.ts';

export const SCENES = [
  { id: 'headline', title: 'The London headline' },
  { id: 'map', title: 'The borough map' },
  { id: 'ranked', title: 'The boroughs ranked' },
  { id: 'yearly', title: 'Value and cost by year' },
  { id: 'uncertainty', title: 'How sure are we?' },
  { id: 'borough', title: 'The selected area' },
] as const satisfies readonly { id: string; title: string }[];

/** A scene number (1-based) kept within the scenes. */
export function clampScene(n: number): number {
  return Math.min(SCENES.length, Math.max(1, Math.round(Number.isFinite(n) ? n : 1)));
}

/** "Scene 2 of 6: The borough map", shown and announced on every change. */
export function sceneLabel(n: number): string {
  const i = clampScene(n);
  return `Scene ${i} of ${SCENES.length}: ${SCENES[i - 1]?.title ?? ''}`;
}

/** The borough with the largest value of a measure: the one to suggest when London is selected. */
export function largestBorough(
  codes: readonly string[],
  summaries: ReadonlyMap<string, AreaSummary>,
  value: (s: AreaSummary) => number,
): string | null {
  let best: string | null = null;
  let bestValue = -Infinity;
  for (const code of codes) {
    const s = summaries.get(code);
    if (!s) continue;
    const v = value(s);
    if (v > bestValue) {
      best = code;
      bestValue = v;
    }
  }
  return best;
}

/** The assumptions a room most often asks about, offered in the overlay (any other is one tornado click away). */
export const OVERLAY_PARAMS = ['startRate', 'eff_sp_nel', 'duration', 'costPerStart_sp'] as const;
