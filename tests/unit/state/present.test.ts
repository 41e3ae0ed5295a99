import { describe, expect, it } from 'vitest';
import { PRESET_IDS } from '../../../src/lib/model/index.ts';
import { presenterAction } from '../../../src/lib/present/keys.ts';
import { SCENES, clampScene, largestBorough, sceneLabel } from '../../../src/lib/present/scenes.ts';
import { SCENE_COUNT } from '../../../src/lib/state/view-state.ts';
import { data, scenario } from '../model/fixtures.ts';
import { run, type AreaSummary } from '../../../src/lib/model/index.ts';
import { summariesById } from '../../../src/lib/state/indexes.ts';

const kind = (key: string, more: object = {}) => presenterAction({ key, ...more })?.kind ?? null;

describe('presenter scenes', () => {
  it('are six, in the order of the talk, as many as the link allows', () => {
    expect(SCENES.map((s) => s.id)).toEqual([
      'headline',
      'map',
      'ranked',
      'yearly',
      'uncertainty',
      'borough',
    ]);
    expect(SCENES.length).toBe(SCENE_COUNT);
  });

  it('clamp to the first and last scene', () => {
    expect(clampScene(0)).toBe(1);
    expect(clampScene(7)).toBe(6);
    expect(clampScene(2.6)).toBe(3);
    expect(clampScene(Number.NaN)).toBe(1);
    expect(sceneLabel(2)).toBe('Scene 2 of 6: The borough map');
  });

  it('suggest the borough with the largest value', () => {
    const summaries = summariesById(run(scenario('hlp2017'), data));
    const codes = data.boroughs.map((b) => b.code);
    const best = largestBorough(codes, summaries, (s: AreaSummary) => s.gross);
    const grosses = codes.map((c) => summaries.get(c)?.gross ?? 0);
    expect(summaries.get(best ?? '')?.gross).toBe(Math.max(...grosses));
    expect(largestBorough([], summaries, (s) => s.gross)).toBeNull();
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
