/**
 * The scenes of presenter mode, in order: London's story, then a few areas one by one
 * (the selected area first, then the boroughs highest on the map's measure), then a
 * scene with the link for the audience. A fixed count, so a link's scene number always
 * means the same place in the talk; which areas fill the area scenes follows the explorer.
 */
import type { Summaries } from '../model/index.ts';
import type { MetricDef } from '../metrics.ts';
import { SCENE_COUNT } from '../state/view-state.ts';

export type SceneId = 'headline' | 'map' | 'ranked' | 'yearly' | 'uncertainty' | 'tornado' | 'area' | 'share';

export interface Scene {
  id: SceneId;
  title: string;
  /** The area an area scene shows. */
  area?: string;
}

/** The story's scenes, in the words of the areas shown: the whole's name, the areas' name. */
const story = (words: SceneWords): Scene[] => [
  { id: 'headline', title: `The ${words.whole} headline` },
  { id: 'map', title: `The ${words.area} map` },
  { id: 'ranked', title: `The ${words.areas} ranked` },
  { id: 'yearly', title: 'Value and cost by year' },
  { id: 'uncertainty', title: 'How sure are we?' },
  { id: 'tornado', title: 'What matters most' },
];
const STORY_LENGTH = 6;

export interface SceneWords {
  whole: string;
  area: string;
  areas: string;
}
const SHARE: Scene = { id: 'share', title: 'Take this scenario with you' };

/** How many areas the talk steps through, one scene each. */
export const AREA_SCENES = SCENE_COUNT - STORY_LENGTH - 1;

/** Every scene of the talk, the area scenes showing `areas` (by code, with their names). */
export function presenterScenes(
  areas: readonly { code: string; name: string }[],
  words: SceneWords,
): Scene[] {
  const shown = areas.slice(0, AREA_SCENES);
  return [
    ...story(words),
    ...shown.map((a) => ({ id: 'area' as const, title: a.name, area: a.code })),
    ...Array.from({ length: AREA_SCENES - shown.length }, () => ({ id: 'area' as const, title: 'No area' })),
    SHARE,
  ];
}

/** A scene number (1-based) kept within the scenes. */
export function clampScene(n: number): number {
  return Math.min(SCENE_COUNT, Math.max(1, Math.round(Number.isFinite(n) ? n : 1)));
}

/** "Scene 2 of 12: The borough map", shown and announced on every change. */
export function sceneLabel(n: number, scenes: readonly Scene[]): string {
  const i = clampScene(n);
  return `Scene ${i} of ${SCENE_COUNT}: ${scenes[i - 1]?.title ?? ''}`;
}

/**
 * The areas the talk steps through: the selected area unless it is London, then the
 * boroughs with the largest values of a measure, largest first.
 */
export function sceneAreas(
  selected: string,
  codes: readonly string[],
  summaries: Summaries,
  def: Pick<MetricDef, 'at'>,
  count = AREA_SCENES,
): string[] {
  const { columns, index } = summaries;
  const ranked = codes
    .filter((c) => c !== selected && summaries.has(c))
    .map((c) => ({ c, v: def.at(columns, index.get(c) as number) }))
    .sort((a, b) => b.v - a.v || (a.c < b.c ? -1 : 1))
    .map((r) => r.c);
  const first = selected !== 'london' && summaries.has(selected) ? [selected] : [];
  return [...first, ...ranked].slice(0, count);
}

/** The assumptions a room most often asks about, offered in the overlay (any other is one tornado click away). */
export const OVERLAY_PARAMS = ['startRate', 'eff_sp_nel', 'duration', 'costPerStart_sp'] as const;
