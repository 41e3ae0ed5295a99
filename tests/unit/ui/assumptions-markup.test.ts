/**
 * The assumptions panel's markup, rendered on the server (no browser needed):
 * every parameter has its hooks, a visible label tied to the slider, named
 * steppers and an evidence text; assumptions say so next to the label.
 */
import { describe, expect, it } from 'vitest';
import { PRESET_SUMMARIES } from '../../../src/lib/ui/assumptions/preset-summaries.ts';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import AssumptionsPanel from '../../../src/lib/ui/assumptions/AssumptionsPanel.svelte';
import AssumptionsDetail from '../../../src/lib/ui/assumptions/AssumptionsDetail.svelte';
import PresetPicker from '../../../src/lib/ui/assumptions/PresetPicker.svelte';
import { Explorer } from '../../../src/lib/state/explorer.svelte.ts';
import WithExplorer from '../support/WithExplorer.svelte';
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import {
  GROUPS,
  PARAMS,
  PRESET_IDS,
  PRESETS,
  paramApplies,
  presetSource,
  type ParamDef,
} from '../../../src/lib/model/index.ts';

const data = loadDatasetFromDisk();

/** A component's markup, inside the explorer's context as on the page. */
const markup = (component: Component, explorer: Explorer): string =>
  render(WithExplorer, { props: { component, explorer } }).body;

/** The panel (its first screen), the presets and the part below them, which it fetches when wanted. */
function html(setup: (e: Explorer) => void = () => {}): string {
  const explorer = new Explorer(data);
  setup(explorer);
  return (
    markup(AssumptionsPanel, explorer) + markup(PresetPicker, explorer) + markup(AssumptionsDetail, explorer)
  );
}

/** The markup of one parameter's control. */
function control(body: string, id: string): string {
  const start = body.indexOf(`data-param="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  const next = body.indexOf('data-param="', start + 1);
  return body.slice(start, next < 0 ? undefined : next);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The parameters that can change the results of the default scenario: the panel shows only these. */
const SHOWN: ParamDef[] = PARAMS.filter((p) => paramApplies(p.id, PRESETS['evidence-2026'].settings));

describe('AssumptionsPanel markup', () => {
  const body = html();

  it('has a control with every hook for each parameter that applies, and none for the rest', () => {
    expect(SHOWN.length).toBeGreaterThan(50);
    for (const p of PARAMS.filter((x) => !SHOWN.includes(x)))
      expect(body, p.id).not.toContain(`data-param="${p.id}"`);
    // The 2023/24 unit costs show, the 2015/16 ones do not, under the planning preset.
    expect(body).toContain('data-param="cost2324_nel"');
    expect(body).not.toContain('data-param="cost_nel"');
    for (const p of SHOWN) {
      const c = control(body, p.id);
      for (const hook of ['slider', 'number', 'dec', 'inc'])
        expect(c, p.id).toContain(`data-testid="${hook}-${p.id}"`);
      expect(c).toContain('type="range"');
      expect(c).toContain(`aria-label="Decrease ${escape(p.label)}"`);
      expect(c).toContain(`aria-label="Increase ${escape(p.label)}"`);
      expect(c).toMatch(/aria-valuetext="[^"]+"/);
      expect(c).not.toContain(`data-testid="reset-${p.id}"`);
    }
  });

  it('ties each visible label to its slider', () => {
    for (const p of SHOWN) {
      const c = control(body, p.id);
      const forId = c.match(/<label for="([^"]+)"/)?.[1];
      expect(forId, p.id).toBeTruthy();
      expect(c).toContain(`id="${forId}"`);
      expect(c).toMatch(/Evidence range|A setting, not an estimate/);
    }
  });

  it('shows "Assumption" beside the label of every assumed value, as the preset cites it', () => {
    for (const p of SHOWN) {
      const c = control(body, p.id);
      const source = presetSource('evidence-2026', p.id, p.source);
      expect(c.includes('>Assumption</span>'), p.id).toBe(source === 'assumption');
    }
  });

  it('shows the strength of the evidence beside every effect', () => {
    for (const p of SHOWN.filter((x) => x.group === 'effects')) {
      const c = control(body, p.id);
      expect(c, p.id).toContain('data-testid="strength"');
      expect(c, p.id).toMatch(/Evidence \d of 5: /);
    }
    expect(control(body, 'eff_sp_gp')).toContain(
      'Evidence 2 of 5: midpoint of two controlled studies, controlled',
    );
    expect(control(body, 'eff_epp_gp')).toContain('Evidence 4 of 5: randomised trial, controlled');
  });

  it('lists the groups in order, all closed on a narrow screen', () => {
    const at = GROUPS.map((g) => body.indexOf(`data-group="${g.id}"`));
    expect(at.every((i) => i > -1)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(body).not.toMatch(/<details[^>]*data-opened="true"/);
  });

  it('opens every group but baseline use on a wide screen', () => {
    const wide = { matches: true } as MediaQueryList;
    globalThis.matchMedia = (() => wide) as typeof globalThis.matchMedia;
    try {
      // Each group is opened once, when it is created, as data-opened says.
      const open = [...html().matchAll(/<details[^>]*data-group="(\w+)" data-opened="(\w+)"/g)].map((m) => [
        m[1],
        m[2] === 'true',
      ]);
      expect(open).toEqual(GROUPS.map((g) => [g.id, g.id !== 'baselineUse']));
    } finally {
      delete (globalThis as { matchMedia?: unknown }).matchMedia;
    }
  });

  it('offers the five presets and says which kind each is', () => {
    expect(body).toContain('data-testid="preset-picker"');
    for (const id of PRESET_IDS) {
      expect(body).toContain(`data-testid="preset-${id}"`);
      expect(body).toContain(escape(PRESET_SUMMARIES[id]));
    }
    expect(body).toContain("Reconstruction of HLP's headline");
    expect(body.match(/>Evidence-based</g)).toHaveLength(4);
  });

  it('disables "Reset all" when nothing has changed', () => {
    expect(body).toMatch(/<button[^>]*disabled[^>]*data-testid="reset-all"/);
    expect(body).toContain('No changes from the preset');
  });
});

describe('AssumptionsPanel with changes', () => {
  const body = html((e) => {
    e.setParam('cost2324_gp', 50);
    e.setParam('eff_sp_gp', 0.3);
  });

  it('marks a changed parameter with text, the preset value and a reset button', () => {
    const c = control(body, 'cost2324_gp');
    expect(c).toContain('>Reset to £45<');
    expect(c).toContain('data-testid="reset-cost2324_gp"');
    expect(c).toContain('value="50"');
    expect(control(body, 'cost2324_ae')).not.toContain('>Reset to ');
  });

  it('counts changes overall and in each group', () => {
    expect(body).toContain('2 changes from the preset');
    expect(body).toContain('Reset all to preset (2)');
    expect(body).not.toMatch(/<button[^>]*disabled[^>]*data-testid="reset-all"/);
    expect(body.match(/>1 changed</g)).toHaveLength(2);
    expect(body).toContain('Switching preset drops your 2 changes.');
  });
});

describe('the panel on its own (its first screen)', () => {
  it('stands a button in for the settings and controls it fetches when wanted', () => {
    const body = markup(AssumptionsPanel, new Explorer(data));
    expect(body).toContain('Show the years, prices and every assumption');
    expect(body).not.toContain('data-param=');
    expect(body).not.toContain('data-testid="start-year"');
    // The presets come when they are on screen or at the first input: their place is kept.
    expect(body).not.toContain('data-testid="preset-picker"');
    expect(body).toContain('class="preset-slot');
  });
});
