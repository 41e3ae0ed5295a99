/**
 * The scenario's settings as a planner uses them: the first year and horizon, prices and
 * delivery, by keyboard; the page's figures against the command line run with the same
 * settings; the link that keeps them; and the assumptions that arrive with the first touch.
 */
import { describe, expect, it } from 'vitest';
import { count, money } from '../../src/lib/format.ts';
import { fyLabel } from '../../src/lib/model/index.ts';
import { cli } from './support/cli.ts';
import { text, touch, useSite } from './support/site.ts';

const site = useSite();

describe('the scenario settings', () => {
  it('start year, horizon, prices and delivery rerun the model as the command line does, and stay in the link', async () => {
    const { page, errors } = await site.open('');
    await touch(page);
    // By keyboard: focus each control and choose with the keys a person would use.
    await page.getByTestId('start-year').focus();
    await page.getByTestId('start-year').selectOption('2028');
    await page.getByTestId('end-year').selectOption('2036');
    await page.getByTestId('price-year').selectOption('2026');
    const demandLed = page.getByTestId('delivery').getByRole('radio', { name: /Demand sets the starts/ });
    await demandLed.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => demandLed.isChecked()).toBe(true);

    const r = cli(
      '--preset',
      'evidence-2026',
      '--start',
      '2028',
      '--years',
      '2028-2035',
      '--prices',
      '2026',
      '--delivery',
      'demandLed',
    );
    expect(r.years[0]).toBe(fyLabel(2028));
    expect(r.years.at(-1)).toBe(fyLabel(2035));
    await expect.poll(() => text(page, 'cost')).toContain(money(r.totals.cost));
    expect(await text(page, 'hospital')).toContain(money(r.totals.hospital));
    expect(await text(page, 'supported')).toContain(count(r.totals.peopleSupported));
    // The headline names the years it covers.
    expect(await page.locator('[data-testid="headline-figures"]').textContent()).toContain(fyLabel(2028));

    // The link keeps the settings, and opens on them.
    await expect.poll(() => new URL(page.url()).searchParams.get('start'), { timeout: 5000 }).toBe('2028');
    const link = new URL(page.url());
    expect(link.searchParams.get('end')).toBe('2036');
    expect(link.searchParams.get('prices')).toBe('2026');
    expect(link.searchParams.get('delivery')).toBe('demandLed');
    const again = await site.open(link.search);
    await expect.poll(() => text(again.page, 'cost')).toContain(money(r.totals.cost));
    expect(again.errors).toEqual([]);
    await again.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a horizon longer than the model allows is cut to 15 years, with a notice', async () => {
    const { page, errors } = await site.open('?preset=evidence-2026&start=2026&end=2050');
    await expect
      .poll(() => page.locator('.notice[role="status"]').textContent())
      .toMatch(/horizon "2050" was changed to 2041/);
    await touch(page);
    expect(await page.getByTestId('end-year').inputValue()).toBe('2041');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the assumptions below the presets', () => {
  it('an untouched page stands a button in for them; the button brings them and moves focus to the first setting', async () => {
    const { page, errors } = await site.open('', { width: 375, height: 800 }, { untouched: true });
    const button = page.getByRole('button', { name: 'Show the years, prices and every assumption' });
    await button.waitFor();
    expect(await page.getByTestId('start-year').count()).toBe(0);
    // As a screen reader in browse mode uses it: a click, with no pointer, key or scroll
    // first (any of which is itself a first input that brings the assumptions in).
    await button.dispatchEvent('click');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('start-year');
    expect(errors).toEqual([]);
    await page.close();
  });
});
