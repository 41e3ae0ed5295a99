/**
 * A part of the page that cannot be fetched, or a view that fails while it is built, says
 * so in plain words with a button to try again, and trying again works once the network
 * does. Never a silent gap, an endless "Loading…" or an error no one handles.
 */
import { readFileSync } from 'node:fs';
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

describe('a view that fails while it is built', () => {
  it('data the model refuses: the reason and a way to try again, not an endless "Loading"', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    // Passes the structural check on arrival, but the model needs link worker pay.
    const data = JSON.parse(readFileSync('dist/data/boroughs.json', 'utf8')) as { linkWorkerPay: unknown[] };
    const refused = JSON.stringify({ ...data, linkWorkerPay: [] });
    let broken = true;
    await page.route('**/data/boroughs.json', (route) =>
      broken ? route.fulfill({ contentType: 'application/json', body: refused }) : route.continue(),
    );
    await page.goto(site.url);
    const alert = page.getByRole('alert').filter({ hasText: 'The page could not be shown' });
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('no link worker pay in the data');
    expect(await page.getByText('Loading borough data…').count()).toBe(0);

    broken = false;
    await alert.getByRole('button', { name: 'Try again' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('headline-figures').waitFor();
    expect(await alert.count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a view whose code throws: the message where the view would be', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.route('**/assets/Methodology-*.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'export default function Methodology() { throw new Error("the methodology broke"); }',
      }),
    );
    await page.goto(new URL('?view=methodology', site.url).href);
    const alert = page.getByRole('alert').filter({ hasText: 'The page could not be shown' });
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('the methodology broke');
    await alert.getByRole('button', { name: 'Try again' }).waitFor();
    // The rest of the page is still there: the header, and its links to the other views.
    await page.getByRole('link', { name: 'Explore' }).waitFor();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a card below the map whose code throws: the message in its place, the other cards still there', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.route('**/assets/UncertaintyCards-*.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'export default function UncertaintyCards() { throw new Error("the tornado broke"); }',
      }),
    );
    await page.goto(site.url);
    await page.getByTestId('headline-figures').waitFor();
    await page.mouse.move(1, 1);
    const alert = page.getByRole('alert').filter({ hasText: 'This chart could not be drawn' });
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('the tornado broke');
    await alert.getByRole('button', { name: 'Retry' }).waitFor();
    await page.locator('[data-chart="ranked"]').waitFor();
    expect(await page.getByTestId('headline-figures').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
