import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { text, useSite } from './support/site.ts';

const site = useSite();

/** Record every Content-Security-Policy violation the page reports. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('security in Chromium', () => {
  it('the built page carries a strict policy: no eval, no inline script, no other origin', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(/script-src[^;]*unsafe-inline/.test(policy)).toBe(false);
    // No inline script for the policy to have to allow.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('the whole page, the worker and the lazy views run under it without a violation', async () => {
    const page = await site.browser.newPage();
    await watchViolations(page);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(site.url);
    // The worker's range arrives: worker-src allows it.
    await expect.poll(() => text(page, 'net-range'), { timeout: 20_000 }).toMatch(/^90% of runs/);
    await page.getByRole('link', { name: 'Methodology and sources' }).first().click();
    await page.waitForSelector('article.methodology');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('text from a link is shown as text, never run as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { page, errors } = await site.open(
      `?${encodeURIComponent(hostile)}=1&preset=${encodeURIComponent('<b>x</b>')}`,
    );
    const notices = (await page.locator('.notice').textContent()) ?? '';
    expect(notices).toContain('<img src=x');
    expect(notices).toContain('<b>x</b>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
