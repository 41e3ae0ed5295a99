import { describe, expect, it } from 'vitest';
import { PRESET_IDS } from '../../../src/lib/model/index.ts';
import { presenterAction } from '../../../src/lib/present/keys.ts';
import {
  AREA_SCENES,
  clampScene,
  presenterScenes,
  sceneAreas,
  sceneLabel,
} from '../../../src/lib/present/scenes.ts';
import { SCENE_COUNT } from '../../../src/lib/state/view-state.ts';
import { data, scenario } from '../model/fixtures.ts';
import { run } from '../../../src/lib/model/index.ts';
import { METRIC_DEFS } from '../../../src/lib/metrics.ts';
import { summariesById } from '../../../src/lib/state/indexes.ts';

const kind = (key: string, more: object = {}) => presenterAction({ key, ...more })?.kind ?? null;

const WORDS = { whole: 'London', area: 'borough', areas: 'boroughs' };

describe('presenter scenes', () => {
  const areas = [
    { code: 'E09000004', name: 'Bexley' },
    { code: 'E09000016', name: 'Havering' },
  ];

  it("are London's story, then one scene per area, then the link, as many as the link allows", () => {
    const scenes = presenterScenes(areas, WORDS);
    expect(scenes).toHaveLength(SCENE_COUNT);
    expect(scenes.map((s) => s.id)).toEqual([
      'headline',
      'map',
      'ranked',
      'yearly',
      'uncertainty',
      'tornado',
      ...Array<string>(AREA_SCENES).fill('area'),
      'share',
    ]);
    expect(scenes.filter((s) => s.area).map((s) => s.title)).toEqual(['Bexley', 'Havering']);
    expect(
      presenterScenes([...areas, ...areas, ...areas, ...areas], WORDS).filter((s) => s.area),
    ).toHaveLength(AREA_SCENES);
  });

  it('clamp to the first and last scene', () => {
    const scenes = presenterScenes(areas, WORDS);
    expect(clampScene(0)).toBe(1);
    expect(clampScene(SCENE_COUNT + 1)).toBe(SCENE_COUNT);
    expect(clampScene(2.6)).toBe(3);
    expect(clampScene(Number.NaN)).toBe(1);
    expect(sceneLabel(2, scenes)).toBe(`Scene 2 of ${SCENE_COUNT}: The borough map`);
    expect(sceneLabel(7, scenes)).toBe(`Scene 7 of ${SCENE_COUNT}: Bexley`);
  });

  it('step through the selected area, then the boroughs with the largest values, largest first', () => {
    const summaries = summariesById(run(scenario('hlp2017'), data));
    const codes = data.boroughs.map((b) => b.code);
    const gross = METRIC_DEFS.gross;
    const byGross = [...codes].sort((a, b) => summaries.get(b)!.gross - summaries.get(a)!.gross);
    expect(sceneAreas('london', codes, summaries, gross)).toEqual(byGross.slice(0, AREA_SCENES));
    const last = byGross.at(-1)!;
    expect(sceneAreas(last, codes, summaries, gross)).toEqual([last, ...byGross.slice(0, AREA_SCENES - 1)]);
    // An ICB selected comes first too; London never does.
    expect(sceneAreas('E54000027', codes, summaries, gross)[0]).toBe('E54000027');
    expect(sceneAreas('london', [], summaries, gross)).toEqual([]);
  });
});

describe('presenter keys', () => {
  it('step forward on what clickers and keyboards send for next', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) expect(kind(key)).toBe('next');
  });

  it('step back on what they send for previous', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) expect(kind(key)).toBe('previous');
  });

  it('jump to the ends, toggle the overlay and full screen, and leave', () => {
    expect(kind('Home')).toBe('first');
    expect(kind('End')).toBe('last');
    expect(kind('a')).toBe('overlay');
    expect(kind('A')).toBe('overlay');
    expect(kind('f')).toBe('fullscreen');
    expect(kind('Escape')).toBe('escape');
  });

  it('switch to the five presets in order on 1 to 5, and nothing on other digits', () => {
    PRESET_IDS.forEach((id, i) =>
      expect(presenterAction({ key: String(i + 1) })).toEqual({ kind: 'preset', preset: id }),
    );
    expect(PRESET_IDS).toHaveLength(5);
    expect(kind('6')).toBeNull();
    expect(kind('0')).toBeNull();
  });

  it('leave keys alone inside the overlay, in fields, with modifiers, and Enter or Space on a button', () => {
    expect(kind('ArrowRight', { inOverlay: true })).toBeNull();
    expect(kind('1', { inOverlay: true })).toBeNull();
    expect(kind('Escape', { inOverlay: true })).toBe('escape');
    expect(kind('ArrowLeft', { inField: true })).toBeNull();
    expect(kind('Backspace', { inField: true })).toBeNull();
    expect(kind('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(kind('1', { altKey: true })).toBeNull();
    expect(kind('a', { metaKey: true })).toBeNull();
    expect(kind('Enter', { onControl: true })).toBeNull();
    expect(kind(' ', { onControl: true })).toBeNull();
    expect(kind('PageDown', { onControl: true })).toBe('next');
    expect(kind('x')).toBeNull();
  });
});
