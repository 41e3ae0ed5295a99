import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site.ts';

const site = useSite();
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

function cliOrder(): string[] {
  const report = JSON.parse(
    execFileSync('node_modules/.bin/tsx', ['scripts/model-cli.ts', '--tornado', '--format', 'json'], {
      encoding: 'utf8',
    }),
  ) as { tornado?: { param: string }[] };
  if (!report.tornado) throw new Error('the CLI gave no tornado');
  return report.tornado.map((r) => r.param);
}

const card = '[data-chart="tornado"]';
const shownOrder = (page: Page): Promise<string[]> =>
  page.$$eval(`${card} button[data-param]`, (els) => els.map((e) => e.getAttribute('data-param') ?? ''));

describe('the tornado chart in Chromium', () => {
  it('lists the assumptions in the CLI order, and a bar takes focus to its slider', async () => {
    const { page, errors } = await site.open();
    const expected = cliOrder().slice(0, 5);
    await expect
      .poll(async () => (await shownOrder(page)).slice(0, 5), { timeout: 20_000 })
      .toEqual(expected);
    await expect.poll(() => page.locator(`${card} [data-testid="tornado-status"]`).textContent()).toBe('');
    expect(await page.locator(`${card} h2`).textContent()).toMatch(
      /^The NHS net present value depends most on /,
    );
    await page.locator(card).screenshot({ path: `${SHOTS}/tornado-1280.png` });

    const first = expected[0]!;
    await page.locator(`${card} button[data-param="${first}"]`).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe(`slider-${first}`);
    expect(
      await page.evaluate(
        (id) => document.querySelector(`[data-testid="slider-${id}"]`)?.closest('details')?.open ?? false,
        first,
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the dimmed bars and the current line together until the new rows arrive', async () => {
    const { page, errors } = await site.open();
    const status = page.locator(`${card} [data-testid="tornado-status"]`);
    await expect.poll(async () => (await shownOrder(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => status.textContent()).toBe('');
    const drawn = (): Promise<string> =>
      page.$$eval(`${card} .track span, ${card} .key`, (els) =>
        els.map((e) => e.getAttribute('style') ?? e.textContent).join('|'),
      );
    await page.getByTestId('slider-activityCost').focus();
    // Charts out of sight wait for input to pause: bring this one into view, as a reader watching it would.
    await page.locator(card).evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const before = await drawn();
    await page.keyboard.press('ArrowRight');
    // Read in one go, while the new rows are still being worked out.
    const [during, updating] = await page.evaluate(
      ([c]) => [
        [...document.querySelectorAll(`${c} .track span, ${c} .key`)]
          .map((e) => e.getAttribute('style') ?? e.textContent)
          .join('|'),
        document.querySelector(`${c} [data-testid="tornado-status"]`)?.textContent ?? '',
      ],
      [card],
    );
    expect(updating).toMatch(/Updating/);
    expect(during).toBe(before);
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('');
    expect(await drawn()).not.toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone screen', async () => {
    const { page, errors } = await site.open('', { width: 375, height: 800 });
    await expect.poll(async () => (await shownOrder(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`${card} [data-testid="tornado-status"]`).textContent()).toBe('');
    const overflow = await page.$eval(card, (el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator(card).screenshot({ path: `${SHOTS}/tornado-375.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
