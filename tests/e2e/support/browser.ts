/** Debian's Chromium driven by playwright-core (no browser download), with the flags that keep it off the network. */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROME_ARGS,
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any origin other than the test server's. */
  foreign: string[];
}

export async function openPage(
  browser: Browser,
  origin: string,
  path = '',
  viewport = { width: 1280, height: 900 },
  { untouched = false }: { untouched?: boolean } = {},
): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto(new URL(path, origin).href);
  // A view has rendered: the explorer's headline, the methodology article, a presenter scene or the comparison.
  await page.waitForSelector(
    '[data-testid="headline-figures"], article.methodology, [data-testid="present-scene"], [data-testid="compare-headline"]',
  );
  // A person is there: the pointer enters the page, which fetches what the first screen
  // leaves out (the charts below the map, the print brief). `untouched` leaves it alone.
  if (!untouched) await page.mouse.move(1, 1);
  return { page, errors, foreign };
}
