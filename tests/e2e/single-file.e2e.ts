import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './support/browser.ts';
import { text, touch } from './support/site.ts';

// Written by `npm run build:single`, which `npm test` runs before the browser tests.
const FILE = pathToFileURL(resolve('dist-single/london-social-prescribing-explorer.html')).href;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the offline single file', () => {
  it('works opened from disk with the network off, and asks for nothing but itself', async () => {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(e.violatedDirective));
    });

    await page.goto(FILE);
    await page.waitForSelector('[data-testid="headline-figures"]');
    expect(await page.locator('[data-testid="geo-map"] [data-code]').count()).toBe(33);
    // The Monte Carlo worker, inlined, answers.
    await expect.poll(() => text(page, 'net-range'), { timeout: 20_000 }).toMatch(/^90% of runs/);

    // The model reruns on input (the assumptions below the presets arrive with the first touch).
    await touch(page);
    const before = await text(page, 'headline-figures');
    const slider = page.getByRole('slider').first();
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => text(page, 'headline-figures')).not.toBe(before);

    // A lazily loaded view is inside the file too.
    await page.getByRole('link', { name: 'Methodology and sources' }).first().click();
    await page.waitForSelector('article.methodology');

    const elsewhere = requests.filter((u) => u !== FILE && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(elsewhere).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
