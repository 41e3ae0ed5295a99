/**
 * The uncertainty on the charts, checked against the model CLI for the same
 * scenario, draws and seed: the yearly chart's band, the ROI distribution and
 * the 90% range in the map tooltip.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { money } from '../../src/lib/format.ts';
import { roiTitle } from '../../src/lib/charts/roi/bins.ts';
import { runsRange } from '../../src/lib/ui/ranges.ts';
import { cliUncertainty } from './support/cli.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const QUERY = '?preset=evidence-central&draws=2000&seed=7';
const CLI = ['--preset', 'evidence-central', '--draws', '2000', '--seed', '7'];
const YEARS = ['2017/18', '2018/19', '2019/20', '2020/21'];

/** The cells of a card's table view, by column header. */
async function tableColumns(page: Page, chart: string): Promise<Record<string, string[]>> {
  const card = page.locator(`[data-chart="${chart}"]`);
  await card.getByRole('button', { name: 'Show as table' }).click();
  return card.locator('table').evaluate((table: HTMLTableElement) => {
    const heads = [...table.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim());
    const rows = [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
    return Object.fromEntries(heads.map((h, i) => [h, rows.map((r) => r[i]!)]));
  });
}

describe('uncertainty on the charts in Chromium', () => {
  it('draws the 90% band of cumulative net savings with the CLI numbers, in the chart and its table', async () => {
    const { page, errors } = await site.open(QUERY);
    const u = cliUncertainty(...CLI);
    const card = page.locator('[data-chart="yearly"]');
    await card.getByTestId('net-band').waitFor({ timeout: 30_000 });
    await expect.poll(() => card.locator('.legend').last().textContent()).toContain('range of 90% of runs');
    await card.screenshot({ path: `${SHOTS}/yearly-band-1280.png` });
    // In its own panel below the bars, so it never greys them out nor sets their scale.
    const boxes = await card.evaluate((el) => {
      const box = (sel: string) => el.querySelector(sel)!.getBoundingClientRect();
      return { band: box('[data-testid="net-band"]'), bars: box('g.stacked'), cost: box('g.cost') };
    });
    expect(boxes.band.top).toBeGreaterThan(Math.max(boxes.bars.bottom, boxes.cost.bottom));
    expect(await card.locator('g.net path[stroke-dasharray]').count()).toBe(2);
    const cols = await tableColumns(page, 'yearly');
    expect(cols['Financial year']).toEqual(YEARS);
    expect(cols['Cumulative net, 90% of runs from']).toEqual(u.cumulativeNetByYear.map((i) => money(i.p5)));
    expect(cols['Cumulative net, 90% of runs to']).toEqual(u.cumulativeNetByYear.map((i) => money(i.p95)));
    // The ranges widen as the years add up, so the check compares distinct numbers.
    expect(new Set(cols['Cumulative net, 90% of runs to']).size).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps a borough's bars readable however wide the runs' range of its net value to date", async () => {
    // Croydon on the planning preset: bars of about £1-3m a year, a range of net value to date
    // some £35m wide. On one scale the bars were a twentieth of the chart's height.
    const { page, errors } = await site.open('?area=E09000008');
    const card = page.locator('[data-chart="yearly"]');
    await card.scrollIntoViewIfNeeded();
    await card.getByTestId('net-band').waitFor({ timeout: 30_000 });
    const { tallest, chart } = await card.evaluate((el) => ({
      tallest: Math.max(
        ...[...el.querySelectorAll('g.cost path, g.stacked path')].map(
          (p) => p.getBoundingClientRect().height,
        ),
      ),
      chart: el.querySelector('[data-testid="yearly-chart"]')!.getBoundingClientRect().height,
    }));
    expect(tallest / chart).toBeGreaterThan(0.3);
    await card.screenshot({ path: `${SHOTS}/yearly-croydon-1280.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes the band away while a change is being worked out', async () => {
    const { page, errors } = await site.open(QUERY);
    const card = page.locator('[data-chart="yearly"]');
    await card.getByTestId('net-band').waitFor({ timeout: 30_000 });
    const ticks = () => card.locator('.axis-y text').allTextContents();
    const before = await ticks();
    const slider = page.getByTestId('slider-costPerStart_sp');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    // The result belongs to the old scenario now: no band until the worker answers for the new one.
    await expect.poll(() => card.getByTestId('net-band').count(), { timeout: 1000, interval: 20 }).toBe(0);
    // ...but the axis keeps the old range in view, so it does not jump.
    expect(await ticks()).toEqual(before);
    await card.getByTestId('net-band').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the NHS benefit-cost ratio distribution with the break-even line, its share of runs and the CLI counts', async () => {
    const { page, errors } = await site.open(QUERY);
    const u = cliUncertainty(...CLI);
    const card = page.locator('[data-chart="roi"]');
    await card.getByTestId('roi-chart').waitFor({ timeout: 30_000 });
    await expect.poll(() => card.locator('h2').textContent()).toBe(roiTitle(u.probNetPositive, YEARS));
    expect(await card.locator('.subtitle').textContent()).toContain('2,000 runs, seed 7');
    await expect.poll(() => card.getByTestId('roi-status').textContent()).toBe('');
    expect(await card.getByTestId('roi-break-even').textContent()).toContain('Break-even £1');
    expect(await card.locator('[data-testid="roi-chart"] .bars rect').count()).toBe(
      u.bcrHistogram!.counts.length,
    );
    await card.screenshot({ path: `${SHOTS}/roi-1280.png` });
    const cols = await tableColumns(page, 'roi');
    const h = u.bcrHistogram!;
    expect(cols['Runs']).toEqual(h.counts.map((c) => c.toLocaleString('en-GB')));
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(2000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives a borough its range in the map tooltip and ranked chart, and the band and ROI chart fit a phone', async () => {
    const { page, errors } = await site.open(`${QUERY}&area=E09000012&metric=net`, {
      width: 375,
      height: 800,
    });
    const u = cliUncertainty(...CLI, '--area', 'E09000012');
    const roi = page.locator('[data-chart="roi"]');
    await roi.getByTestId('roi-chart').waitFor({ timeout: 30_000 });
    await expect.poll(() => roi.locator('h2').textContent()).toBe(roiTitle(u.probNetPositive, YEARS));
    const yearly = page.locator('[data-chart="yearly"]');
    await yearly.getByTestId('net-band').waitFor({ timeout: 30_000 });
    for (const card of [yearly, roi]) {
      const box = (await card.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
    await yearly.screenshot({ path: `${SHOTS}/yearly-band-375.png` });
    await roi.screenshot({ path: `${SHOTS}/roi-375.png` });
    await page.locator('[data-chart="borough-map"] [data-code="E09000012"]').first().hover();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.textContent()).toContain(runsRange(u.net));
    expect(await tip.textContent()).toContain('Hackney');
    expect(await tip.textContent()).toContain('90% of runs');
    // The ranked chart's row names the range too, for screen readers.
    expect(
      await page
        .locator('[data-chart="ranked"] [role="option"][data-code="E09000012"]')
        .getAttribute('aria-label'),
    ).toContain(`; 90% of runs ${runsRange(u.net)}`);
    // The viewport as it is: an element screenshot would scroll the map under the pointer.
    await page.screenshot({ path: `${SHOTS}/map-tooltip-range-375.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
