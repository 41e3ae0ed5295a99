/**
 * Editing on a phone: the headline figures stay in view while the assumptions are
 * changed, a jump list reaches any group at once, and each chart has one download
 * menu rather than three full-width buttons.
 */
import { describe, expect, it } from 'vitest';
import { text, touch, useSite } from './support/site.ts';

const site = useSite();
const PHONE = { width: 375, height: 812 };
const SHOTS = 'test-results/screenshots';

describe('editing on a phone', () => {
  it('keeps a one-line headline in view while an assumption is changed, and it follows the change', async () => {
    const { page, errors } = await site.open('', PHONE);
    await touch(page);
    // The jump list opens the group and puts focus on it.
    await page.getByRole('link', { name: 'Implementation' }).click();
    const group = page.locator('details.group[data-group="implementation"]');
    expect(await group.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.dataset.group)).toBe(
      'implementation',
    );
    const slider = page.getByTestId('slider-startRate');
    await slider.waitFor();
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const sticky = page.getByTestId('sticky-figures');
    const box = (await sticky.boundingBox())!;
    // At the top of the screen, above the slider being moved, which is in view too.
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(4);
    const sliderBox = (await slider.boundingBox())!;
    expect(sliderBox.y).toBeGreaterThan(box.y + box.height);
    expect(sliderBox.y + sliderBox.height).toBeLessThanOrEqual(PHONE.height);
    await expect.poll(() => text(page, 'sticky-net')).toBe(await text(page, 'net'));
    await page.screenshot({ path: `${SHOTS}/phone-editing-375.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives each chart one download menu, its files one tap away', async () => {
    const { page, errors } = await site.open('', PHONE);
    await touch(page);
    // Every card below the map is in (they arrive in parts), then cards and menus are counted
    // in one look, so a card arriving between two counts cannot set them apart.
    for (const chart of ['borough-map', 'yearly', 'capacity', 'tornado', 'roi', 'ranked', 'stp'])
      await page.locator(`[data-chart="${chart}"]`).waitFor({ state: 'attached', timeout: 20_000 });
    const [n, menus] = await page.evaluate(() => [
      document.querySelectorAll('[data-chart]').length,
      document.querySelectorAll('[data-chart] details.downloads > summary').length,
    ]);
    expect(n).toBeGreaterThan(4);
    expect(menus).toBe(n);
    // Closed, no file button shows.
    const files = page.getByRole('button', { name: /^Download (CSV|SVG|PNG)$/ });
    expect(await files.evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length)).toBe(0);
    const map = page.locator('[data-chart="borough-map"]');
    await map.locator('details.downloads > summary').click();
    expect(
      await map
        .getByRole('button', { name: /^Download (CSV|SVG|PNG)$/ })
        .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length),
    ).toBe(3);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      map.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^borough-map_london_evidence-2026-planning_.*\.csv$/);
    // The menu closes, and focus is back on it.
    expect(await map.locator('details.downloads').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(
      false,
    );
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expect(errors).toEqual([]);
    await page.close();
  });
});
