/** One built site and one browser per test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, type WatchedPage } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

export interface Site {
  url: string;
  browser: Browser;
  open: (
    path?: string,
    viewport?: { width: number; height: number },
    options?: { untouched?: boolean },
  ) => Promise<WatchedPage>;
}

export function useSite(): Site {
  let server: StaticServer;
  const site = {} as Site;
  beforeAll(async () => {
    server = await serveDist();
    site.url = server.url;
    site.browser = await launch();
    site.open = (path = '', viewport, options) => openPage(site.browser, server.url, path, viewport, options);
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

export const text = async (page: Page, testId: string): Promise<string> =>
  ((await page.getByTestId(testId).first().textContent()) ?? '').trim();

/** Fill colours of the geographic map's boroughs, by code. */
export async function mapFills(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-testid="geo-map"] [data-code]', (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-code'), getComputedStyle(e).fill])),
  );
}

/**
 * Bring in the assumptions below the presets as a person's first touch does (they load
 * with the first pointer movement, key, scroll or focus), and wait for their controls.
 */
export async function touch(page: Page): Promise<void> {
  await page.locator('[data-testid="headline-figures"]').waitFor();
  await page.mouse.move(2, 2);
  await page.mouse.move(4, 4);
  await page.getByTestId('start-year').waitFor({ state: 'attached' });
}
