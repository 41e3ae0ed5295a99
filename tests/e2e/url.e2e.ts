import { describe, expect, it } from 'vitest';
import { text, useSite } from './support/site.ts';

const site = useSite();

describe('links', () => {
  it('a copied URL reproduces the state in a new page, and back/forward work', async () => {
    const { page } = await site.open();
    await page.getByTestId('number-startRate').fill('15');
    await page.getByTestId('number-startRate').press('Enter');
    await page.selectOption('#area-select', 'E54000029');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('area=E54000029');
    const url = page.url();
    // The figures include the Monte Carlo range, which arrives from the worker a moment later.
    await expect.poll(() => text(page, 'net-range'), { timeout: 20_000 }).not.toBe('');
    const figures = await text(page, 'headline-figures');
    const second = await site.open(url.slice(site.url.length));
    await expect.poll(() => text(second.page, 'headline-figures'), { timeout: 20_000 }).toBe(figures);
    expect(await second.page.locator('#headline-title').textContent()).toBe('North East London');
    await expect.poll(() => second.page.getByTestId('number-startRate').inputValue()).toBe('15');
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain('area=');
    await page.goForward();
    await expect.poll(() => page.locator('#headline-title').textContent()).toBe('North East London');
    await page.close();
    await second.page.close();
  });

  it.each([
    '?startRate=NaN&preset=<script>alert(1)</script>&area=E09000099',
    '?cost_gp=1e999&end=99999&metric=%F0%9F%92%A9&unknown=1',
    '?eff_sp_gp=-5&eff_sp_gp=7&pop=sideways&map=',
  ])('a link with garbage values shows a notice and a valid scenario: %s', async (q) => {
    const { page, errors } = await site.open(q);
    await page.getByRole('status').filter({ hasText: 'Some settings in the link were changed' }).waitFor();
    const figures = await text(page, 'headline-figures');
    expect(figures).not.toMatch(/NaN|Infinity|undefined/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link tidied on opening replaces itself in the history: Back leaves rather than returning to it', async () => {
    const { page, errors } = await site.open('?preset=evidence-2026&startRate=0.123&bogus=1');
    await expect
      .poll(() => page.evaluate(() => location.search))
      .toBe('?preset=evidence-2026&startRate=0.12');
    await page.getByRole('status').filter({ hasText: "rounded to the slider's step" }).waitFor();
    // As many entries as a link that needed no tidying: the tidied link took the raw one's place.
    const clean = await site.open('?preset=evidence-2026&startRate=0.12');
    await clean.page.waitForTimeout(500);
    expect(await page.evaluate(() => history.length)).toBe(await clean.page.evaluate(() => history.length));
    await clean.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });
});
