/**
 * The Vega-Lite peer's side of the side-by-side measures (../shared/peers/README.md): its
 * slider's steps to the end of the view's run, and its page's first-load weight. Key presses
 * use the same function as the page, on the peer's range input.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

/** The peer's slider: its range input, which Vega binds to the map's signal. */
export const PEER_SLIDER = '.vega-bind input[type=range]';

/** Input events on the peer's slider, each timed to the end of the Vega view's run (the map redrawn). */
export async function peerSliderSteps(page: Page, steps: number): Promise<number[]> {
  return page.evaluate(
    async ({ selector, steps }) => {
      const el = document.querySelector<HTMLInputElement>(selector);
      const view = (window as unknown as { __view?: { runAsync(): Promise<unknown> } }).__view;
      if (!el || !view) throw new Error('the peer has no slider or no view');
      const out: number[] = [];
      const min = Number(el.min);
      const max = Number(el.max);
      for (let i = 0; i < steps; i++) {
        el.value = String(min + ((max - min) * ((i * 7) % 20)) / 20);
        const t0 = performance.now();
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await view.runAsync();
        out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 0));
      }
      return out;
    },
    { selector: PEER_SLIDER, steps },
  );
}

/** Gzipped bytes of every response of a cold load of the peer, until it has painted and the network is idle. */
export async function peerFirstLoadBytes(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  let total = 0;
  const seen = new Set<string>();
  const bodies: Promise<void>[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (seen.has(path)) return;
    seen.add(path);
    bodies.push(
      r
        .body()
        .then((b) => void (total += gzipSync(b, { level: 9 }).length))
        .catch(() => undefined),
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await page.waitForLoadState('networkidle');
  await Promise.all(bodies);
  await page.close();
  return total;
}

/** Opens the peer, ready for its slider: painted, its view exposed. */
export async function openPeer(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  await page.locator(PEER_SLIDER).waitFor();
  return page;
}
