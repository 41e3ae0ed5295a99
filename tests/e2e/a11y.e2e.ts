import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';

const site = useSite();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
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
});
