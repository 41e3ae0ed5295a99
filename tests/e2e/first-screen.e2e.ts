/**
 * The first screen tells both stories: HLP's 2017 claim, reconstructed, beside today's
 * evidence, each figure with its range of runs, on a laptop and on a phone, before a
 * reader scrolls; whatever scenario the explorer below is on.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site.ts';

const site = useSite();
const SHOTS = 'test-results/screenshots';

/** The NHS benefits row's two figures and their ranges, with where each sits on the screen. */
async function benefitsRow(page: Page) {
  const cells = page.locator('[data-testid="claim-evidence"] tr[data-row="gross"] td');
  await expect.poll(() => cells.count()).toBe(2);
  // The ranges come from a worker a moment after the figures.
  await expect
    .poll(() => cells.locator('.range').allTextContents(), { timeout: 20_000 })
    .toEqual([expect.stringMatching(/£.* to £/), expect.stringMatching(/£.* to £/)]);
  return cells.evaluateAll((tds) =>
    tds.map((td) => {
      const r = td.getBoundingClientRect();
      return {
        value: td.querySelector('.value')?.textContent?.trim() ?? '',
        range: td.querySelector('.range')?.textContent?.trim() ?? '',
        left: r.left,
        top: r.top,
        bottom: r.bottom,
      };
    }),
  );
}

describe('the first screen', () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 812 },
  ])
    it(`shows the claim and the evidence side by side with their ranges, unscrolled (${viewport.width}x${viewport.height})`, async () => {
      const { page, errors } = await site.open('', viewport, { untouched: true });
      const intro = page.locator('[data-testid="claim-evidence"] .lead');
      expect(await intro.textContent()).toContain('Social prescribing');
      const [claim, evidence] = await benefitsRow(page);
      expect(claim!.value).toBe('£532.2m');
      expect(evidence!.value).toMatch(/^£\d/);
      expect(claim!.range).toMatch(/^90% of runs: £/);
      // Side by side, on one line, inside the first screen.
      expect(Math.abs(claim!.top - evidence!.top)).toBeLessThan(2);
      expect(claim!.left).toBeLessThan(evidence!.left);
      expect(Math.max(claim!.bottom, evidence!.bottom)).toBeLessThanOrEqual(viewport.height);
      // Every row keeps the claim and the evidence side by side, the years and prices too.
      const tops = await page
        .locator('[data-testid="claim-evidence"] tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) =>
            [...r.querySelectorAll('td')].map((td) => Math.round(td.getBoundingClientRect().top)),
          ),
        );
      for (const [a, b] of tops) expect(a).toBe(b);
      // The plain words come before the figures.
      const introBottom = (await intro.boundingBox())!.y;
      expect(introBottom).toBeLessThan(claim!.top);
      expect(await page.getByTestId('gap-reading').textContent()).toMatch(
        /^In plain terms: for each £1 spent, the 2017 claim gives the NHS back £\d\.\d\d and today’s evidence £\d\.\d\d; on the evidence, NHS benefits cover the cost in \d+% of runs\./,
      );
      await page.screenshot({ path: `${SHOTS}/first-screen-${viewport.width}.png` });
      expect(errors).toEqual([]);
      await page.close();
    });

  it('keeps its two presets whatever the explorer is set to, and explains its words', async () => {
    const { page, errors } = await site.open('?preset=green-book&startRate=0.05');
    const [claim] = await benefitsRow(page);
    expect(claim!.value).toBe('£532.2m');
    const headers = await page.locator('[data-testid="claim-evidence"] thead th').allTextContents();
    expect(headers.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
      'The 2017 claim HLP 2017 headline (reconstructed)',
      'Today’s evidence Evidence 2026: planning',
    ]);
    const glossary = page.locator('[data-testid="claim-evidence"] details.glossary');
    await glossary.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => glossary.getAttribute('open')).toBe('');
    // The words load when opened.
    await expect.poll(() => glossary.locator('dt').count()).toBeGreaterThan(5);
    const terms = await glossary.locator('dt').allTextContents();
    expect(terms).toEqual(
      expect.arrayContaining(['People who could benefit', 'Benefit-cost ratio', '90% of runs']),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when the ranges cannot be worked out, keeps its figures, and does not try again by itself', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    let workerRequests = 0;
    await page.route('**/monte-carlo.worker.js', (route) => {
      workerRequests++;
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(site.url);
    await expect
      .poll(() => page.getByTestId('claim-status').textContent(), { timeout: 20_000 })
      .toMatch(/The ranges could not be worked out/);
    await page.waitForTimeout(2000);
    // One worker for the explorer's range, one for these: no retry loop.
    expect(workerRequests).toBeLessThanOrEqual(2);
    const cells = page.locator('[data-testid="claim-evidence"] tr[data-row="gross"] td');
    expect(await cells.locator('.value').allTextContents()).toEqual([
      expect.stringMatching(/^£/),
      expect.stringMatching(/^£/),
    ]);
    expect(await cells.locator('.range').allTextContents()).toEqual(
      ['no range', 'no range'].map((t) => expect.stringContaining(t)),
    );
    await page.close();
  });
});
