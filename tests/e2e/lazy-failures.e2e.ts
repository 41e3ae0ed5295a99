/**
 * A part of the page that cannot be fetched says so in plain words with a button to try
 * again, and trying again works once the network does. Never a silent gap or an error no
 * one handles.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';

const site = useSite();

interface Broken {
  page: Page;
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** Let the requests through from now on. */
  mend: () => void;
}

/** A page on which the built file `assets/<chunk>-<hash>.js` cannot be fetched until mended. */
async function withBrokenChunk(chunk: string, path = ''): Promise<Broken> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  let broken = true;
  await page.route(`**/assets/${chunk}-*.js`, (route) => (broken ? route.abort() : route.continue()));
  await page.goto(new URL(path, site.url).href);
  return { page, pageErrors, mend: () => (broken = false) };
}

/** Retry, from the keyboard: focus moves to the button, Enter presses it. */
async function retryByKeyboard(page: Page, name: RegExp): Promise<void> {
  const alert = page.getByRole('alert').filter({ hasText: name });
  await alert.getByRole('button', { name: 'Retry' }).focus();
  await page.keyboard.press('Enter');
}

describe('a part of the page that cannot be fetched', () => {
  for (const chunk of ['UncertaintyCards', 'TornadoChart']) {
    it(`the tornado and ROI cards (${chunk} chunk): a line says so; Retry brings them, with focus`, async () => {
      const { page, pageErrors, mend } = await withBrokenChunk(chunk);
      await page.getByTestId('headline-figures').waitFor();
      await page.mouse.move(1, 1);
      const said = /The tornado and return on investment charts could not be loaded\./;
      await page.getByRole('alert').filter({ hasText: said }).waitFor({ timeout: 20_000 });
      expect(await page.locator('[data-chart="tornado"]').count()).toBe(0);
      // The other cards below the map are there.
      await page.locator('[data-chart="ranked"]').waitFor();

      mend();
      await retryByKeyboard(page, said);
      await page.locator('[data-chart="tornado"]').waitFor();
      await page.locator('[data-chart="roi"]').waitFor();
      expect(await page.getByRole('alert').filter({ hasText: said }).count()).toBe(0);
      // Focus goes to what arrived: the first card's heading.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tornado-title');
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  }

  it('the print brief: a line in the share bar says so; Retry brings it', async () => {
    const { page, pageErrors, mend } = await withBrokenChunk('PrintBrief');
    await page.getByTestId('headline-figures').waitFor();
    await page.mouse.move(1, 1);
    const said = /The print brief could not be loaded\./;
    await page.getByRole('alert').filter({ hasText: said }).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('print-brief').count()).toBe(0);

    mend();
    await retryByKeyboard(page, said);
    // Never on screen, it is in place for the browser's Print command.
    await page.getByTestId('print-brief').waitFor({ state: 'attached' });
    expect(await page.getByRole('alert').filter({ hasText: said }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a failed retry says so again, and focus stays on the button', async () => {
    const { page, pageErrors } = await withBrokenChunk('PrintBrief');
    await page.getByTestId('headline-figures').waitFor();
    await page.mouse.move(1, 1);
    const said = /The print brief could not be loaded\./;
    await page.getByRole('alert').filter({ hasText: said }).waitFor({ timeout: 20_000 });
    await retryByKeyboard(page, said);
    await page.getByRole('alert').filter({ hasText: said }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Retry');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
