import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { loadDatasetFromDisk } from '../../src/lib/data/load-node.ts';
import { PARAMS, PRESETS, paramApplies, presetValues } from '../../src/lib/model/index.ts';
import { touch, useSite } from './support/site.ts';

const site = useSite();

/** The controls the planning preset shows: those that can change its results. */
const SHOWN = PARAMS.filter((p) => paramApplies(p.id, PRESETS['evidence-2026'].settings));

/** Every parameter moved away from the planning preset: to its maximum, or its minimum when the preset sits there. */
function everyParamChanged(): string {
  const preset = presetValues('evidence-2026', loadDatasetFromDisk());
  const q = new URLSearchParams({ preset: 'evidence-2026' });
  for (const p of PARAMS) q.set(p.id, String(preset[p.id] === p.max ? p.min : p.max));
  return `?${q}`;
}

/** Height of each assumption control and of the whole panel, with every group open. */
async function controlHeights(page: Page): Promise<Record<string, number>> {
  await touch(page);
  // Controls out of view skip rendering and report a placeholder height: lay them all out.
  await page.addStyleTag({ content: '[data-param] { content-visibility: visible !important; }' });
  const closed = page.locator('details.group:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  await expect
    .poll(() => page.locator('[data-testid="assumptions-panel"] [data-param]').count())
    .toBe(SHOWN.length);
  return page.$$eval(
    '[data-testid="assumptions-panel"], [data-testid="assumptions-panel"] [data-param]',
    (els) =>
      Object.fromEntries(
        els.map((e) => [e.getAttribute('data-param') ?? 'whole panel', e.getBoundingClientRect().height]),
      ),
  );
}

describe('assumption controls', () => {
  // A change that made its control taller would move every control below it, and the
  // panel's scroll position with them, on each key press that crosses the preset value.
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 800 },
  ])
    it(`keep their height when changed from the preset, with the reset button shown (${viewport.width} px)`, async () => {
      const plain = await site.open('', viewport);
      const before = await controlHeights(plain.page);
      await plain.page.close();
      const changed = await site.open(everyParamChanged(), viewport);
      expect(await controlHeights(changed.page)).toEqual(before);
      expect(
        await changed.page.locator('[data-testid^="reset-"]:not([data-testid="reset-all"])').count(),
      ).toBe(SHOWN.length);
      expect(changed.errors).toEqual([]);
      await changed.page.close();
    });
});

describe('the site banner on a phone', () => {
  it('keeps to about a quarter of the screen, with every view and Present in reach', async () => {
    const { page, errors } = await site.open('', { width: 375, height: 800 });
    const header = page.locator('header.site-header');
    // Title, tagline and the view links on two rows; it was 252 px, with the views on three.
    expect((await header.boundingBox())?.height).toBeLessThanOrEqual(200);
    for (const name of ['Explore', 'Compare', 'Methodology and sources'])
      await expect.poll(() => header.getByRole('link', { name }).isVisible()).toBe(true);
    expect(await header.getByRole('button', { name: 'Present' }).isVisible()).toBe(true);
    const tops = await header
      .locator('nav li')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await header.screenshot({ path: 'test-results/screenshots/banner-375.png' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('headline figures', () => {
  /** How many lines a figure's text takes. */
  const lines = (page: Page, testid: string): Promise<number> =>
    page.getByTestId(testid).evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });

  it('keep a net loss on one line, with its minus sign', async () => {
    const { page, errors } = await site.open('?preset=evidence-central');
    expect(await page.getByTestId('net').textContent()).toMatch(/^−£/);
    expect(await lines(page, 'net')).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keep every number in a table on one line, a minus sign with its number, on a phone', async () => {
    const { page, errors } = await site.open('?metric=net', { width: 375, height: 812 });
    await touch(page);
    await page.locator('[data-chart="roi"]').waitFor();
    // Every chart as its table.
    const toggles = page.getByRole('button', { name: 'Show as table' });
    while ((await toggles.count()) > 0) await toggles.first().click();
    const cells = page.locator('td.num');
    await expect.poll(() => cells.count()).toBeGreaterThan(100);
    const broken = await cells.evaluateAll((els) =>
      els
        .filter((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        })
        .map((el) => el.textContent),
    );
    expect(await cells.evaluateAll((els) => els.some((el) => /^−/.test(el.textContent ?? '')))).toBe(true);
    expect(broken).toEqual([]);
    // A wide table scrolls inside its card: the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fit inside their columns in presenter mode at 1280×720', async () => {
    const { page, errors } = await site.open('?present=1&scene=1', { width: 1280, height: 720 });
    const figures = page.locator('[data-testid^="present-"]:is(dd)');
    await expect.poll(() => figures.count()).toBe(6);
    const overflowing = await figures.evaluateAll((els) =>
      els
        .filter((el) => {
          const box = el.getBoundingClientRect();
          const column = (el.parentElement as HTMLElement).getBoundingClientRect();
          return !(
            el.scrollWidth <= el.clientWidth && box.right <= Math.min(column.right, window.innerWidth) + 1
          );
        })
        .map((el) => el.getAttribute('data-testid')),
    );
    expect(overflowing).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('tables on a 375 px phone, without scrolling sideways', () => {
  const PHONE = { width: 375, height: 800 };
  const fitsSideways = (region: Locator): Promise<boolean> =>
    region.evaluate((el) => el.scrollWidth <= el.clientWidth);

  it('the parameter register shows every column of every assumption', async () => {
    const { page, errors } = await site.open('?view=methodology', PHONE);
    const register = page.locator('div.scroll-x[aria-label="Parameter register"]');
    expect(await fitsSideways(register)).toBe(true);
    // Each value is labelled with its column, as the header row is out of sight.
    const first = register.locator('tbody tr:not(.group)').first();
    for (const label of ['Value', 'Allowed range', 'Evidence range', 'Grade', 'Source'])
      expect(await first.locator(`td[data-label="${label}"]`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the Compare table fits A, B and B − A', async () => {
    const { page, errors } = await site.open('?view=compare', PHONE);
    expect(await fitsSideways(page.locator('.scroll-x[aria-labelledby="compare-headline-title"]'))).toBe(
      true,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a chart's table shows its whole caption, however wide the table scrolls", async () => {
    const { page, errors } = await site.open('', PHONE);
    const card = page.locator('[data-chart="stp"]');
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    await card.scrollIntoViewIfNeeded();
    await card.getByRole('button', { name: 'Show as table' }).click();
    const caption = card.locator('p.caption');
    const cardBox = (await card.boundingBox())!;
    const box = (await caption.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
    expect(await caption.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await caption.textContent()).toBe(await card.locator('table caption').textContent());
    expect(errors).toEqual([]);
    await page.close();
  });
});
