import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';
import { SCENE_COUNT } from '../../src/lib/state/view-state.ts';

const site = useSite();
// Evaluated through the debugging protocol: the page's CSP (rightly) refuses an injected script tag.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function uncertaintyDrawn(page: Page): Promise<void> {
  for (const selector of [
    '[data-chart="tornado"] button[data-param]',
    '[data-chart="roi"] [data-testid="roi-chart"]',
    '[data-chart="yearly"] [data-testid="net-band"]',
  ])
    await page.locator(selector).first().waitFor({ timeout: 20_000 });
}

const VIEWS = [
  ['explore', '?area=E09000012'],
  ['explore-tiles', '?map=tile&metric=net&preset=evidence-central&end=2031'],
  ['methodology', '?view=methodology'],
  ['compare', '?view=compare&b=evidence-central&b.startRate=0.1&area=E09000007'],
] as const;
const WIDTHS = [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 375, height: 800 }],
] as const;

describe('accessibility (axe-core, WCAG 2.2 AA) and screenshots', () => {
  for (const [view, query] of VIEWS) {
    for (const [label, viewport] of WIDTHS) {
      it(`${view} at ${label} width has no violations`, async () => {
        const { page, errors } = await site.open(query, viewport);
        if (view === 'methodology') await page.getByRole('heading', { name: 'Parameter register' }).waitFor();
        else if (view === 'compare')
          await expect.poll(() => page.locator('[data-chart="compare-map"] [data-code]').count()).toBe(33);
        // The tornado, the ROI chart and the yearly band fill in from the worker: scan them drawn.
        else await uncertaintyDrawn(page);
        // Open every collapsed group so the scan covers every control.
        await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        expect(await axe(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/${view}-${viewport.width}.png`, fullPage: true });
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it('the QR code dialog passes too', async () => {
    const { page } = await site.open('?area=E09000012');
    await page.getByRole('button', { name: 'QR code' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/qr-dialog.png` });
    await page.close();
  });

  it('an untouched page, with the button that stands in for the charts below the map, passes too', async () => {
    const { page, errors } = await site.open('', undefined, { untouched: true });
    await page.getByRole('button', { name: /Show the charts below the map/ }).waitFor({ state: 'attached' });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the chart tables pass too', async () => {
    const { page } = await site.open();
    await uncertaintyDrawn(page);
    const toTable = page.getByRole('button', { name: 'Show as table' });
    const cards = await toTable.count();
    expect(cards).toBeGreaterThanOrEqual(4);
    // Each click relabels its button "Show as chart", so always click the first left.
    for (let i = 0; i < cards; i++) await toTable.first().click();
    await expect.poll(() => page.getByRole('table').count()).toBeGreaterThanOrEqual(cards);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('presenter mode at 1280x720: every scene and the assumptions overlay', async () => {
    const { page, errors } = await site.open('?present=1&area=E09000008', { width: 1280, height: 720 });
    for (let scene = 1; scene <= SCENE_COUNT; scene++) {
      // The tornado scene fills in from the worker: scan it with its bars drawn.
      if (scene === 6) await page.locator('.stage button[data-param]').first().waitFor({ timeout: 20_000 });
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/present-${scene}-1280.png` });
      await page.keyboard.press('PageDown');
    }
    await page.keyboard.press('a');
    await page.getByRole('dialog').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/present-overlay-1280.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the compare view's tables pass too", async () => {
    const { page } = await site.open('?view=compare&b=green-book');
    const toTable = page.getByRole('button', { name: 'Show as table' });
    await expect.poll(() => toTable.count()).toBe(2);
    for (let i = 0; i < 2; i++) await toTable.first().click();
    await expect.poll(() => page.getByRole('table').count()).toBe(3);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
