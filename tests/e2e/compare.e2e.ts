import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signed } from '../../src/lib/compare/diff.ts';
import { compactCount, money } from '../../src/lib/format.ts';
import { PRESETS, type PresetId } from '../../src/lib/model/index.ts';
import { text, useSite } from './support/site.ts';
import { cli } from './support/cli.ts';

const site = useSite();
const whole = (x: number) => compactCount(Math.round(x));

/** CLI arguments that run a preset under another preset's settings, as B runs under A's. */
function settingsOf(id: PresetId): string[] {
  const s = PRESETS[id].settings;
  return [
    '--start',
    String(s.startYear),
    '--years',
    `${s.startYear}-${s.endYear - 1}`,
    '--prices',
    String(s.priceYear),
    '--delivery',
    s.delivery,
    '--services',
    s.services,
    '--unit-costs',
    s.unitCosts,
    '--population',
    s.population,
  ];
}

/** The difference table by borough, as shown: name -> [A, B, B − A]. */
async function diffTable(page: Page): Promise<Map<string, string[]>> {
  const card = page.locator('[data-chart="compare-map"]');
  await card.getByRole('button', { name: 'Show as table' }).click();
  // The table's code loads when it is first asked for.
  await card.locator('tbody tr').first().waitFor();
  const rows = await card
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent?.trim() ?? '',
        ...[...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
      ]),
    );
  // Cells after the name: STP, A, B, B − A, code.
  return new Map(rows.map(([name, , a, b, diff]) => [name as string, [a, b, diff] as string[]]));
}

describe('the Compare view in Chromium', () => {
  const A = cli('--preset', 'hlp2017');
  // B runs under A's settings: the reconstruction's years, prices and hospital-only reading.
  const B = cli('--preset', 'evidence-central', ...settingsOf('hlp2017'));
  const COMPARE = '?view=compare&preset=hlp2017&b=evidence-central';

  it('shows the headline differences and borough differences the CLI gives', async () => {
    const { page, errors, foreign } = await site.open(COMPARE);
    expect(await page.locator('[data-testid="compare-headline"] thead').textContent()).toContain(
      'A: HLP 2017 headline (reconstructed)',
    );
    expect(await page.locator('[data-testid="compare-headline"] thead').textContent()).toContain(
      'B: Evidence: central',
    );
    for (const key of ['hospital', 'cost', 'net'] as const) {
      expect(await text(page, `a-${key}`)).toBe(money(A.totals[key]));
      expect(await text(page, `b-${key}`)).toBe(money(B.totals[key]));
      expect(await text(page, `diff-${key}`)).toBe(signed(money)(B.totals[key] - A.totals[key]));
    }
    expect(await text(page, 'diff-supported')).toBe(
      signed(whole)(B.totals.peopleSupported - A.totals.peopleSupported),
    );
    expect(await text(page, 'diff-people')).toBe(
      signed(whole)(B.totals.peopleCouldBenefit - A.totals.peopleCouldBenefit),
    );
    // The map colours all 33 boroughs by the difference.
    await expect.poll(() => page.locator('[data-chart="compare-map"] [data-code]').count()).toBe(33);

    const table = await diffTable(page);
    expect(table.size).toBe(33);
    const cliB = new Map(B.boroughs.map((b) => [b.code, b.totals]));
    for (const borough of A.boroughs.filter((_, i) => i % 6 === 0)) {
      const a = borough.totals.net;
      const b = cliB.get(borough.code)?.net as number;
      expect(table.get(borough.name)).toEqual([money(a), money(b), signed(money)(b - a)]);
    }
    // Sorted by the difference, largest increase first.
    const diffs = [...table.values()].map(([, , d]) => d);
    const netDiffs = A.boroughs.map((x) => (cliB.get(x.code)?.net as number) - x.totals.net);
    expect(diffs[0]).toBe(signed(money)(Math.max(...netDiffs)));
    expect(diffs[32]).toBe(signed(money)(Math.min(...netDiffs)));
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('the difference map works by keyboard: a tooltip with A, B and B − A, Enter selects the borough', async () => {
    const { page, errors } = await site.open(COMPARE);
    const map = page.locator('[data-chart="compare-map"] svg[role="group"]');
    await map.locator('[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    const code = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(code).toMatch(/^E09000\d{3}$/);
    const tip = page.locator('[data-chart="compare-map"] [role="tooltip"]');
    await expect.poll(() => tip.textContent()).toMatch(/A.*B.*B − A/s);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.search)).toContain(`area=${code}`);
    const name = A.boroughs.find((b) => b.code === code)?.name as string;
    await expect.poll(() => page.locator('#compare-headline-title').textContent()).toContain(name);
    const cliA = cli('--preset', 'hlp2017', '--area', code as string).totals;
    const cliB = cli(
      '--preset',
      'evidence-central',
      ...settingsOf('hlp2017'),
      '--area',
      code as string,
    ).totals;
    expect(await text(page, 'diff-net')).toBe(signed(money)(cliB.net - cliA.net));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#compare-headline-title').textContent()).toContain('London');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the difference map measure in the link, and a link opens on it', async () => {
    const { page, errors } = await site.open(COMPARE);
    const measure = page.getByTestId('compare-metric');
    expect(await measure.inputValue()).toBe('net');
    await measure.selectOption('bcr');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('diff=bcr');
    const link = await page.evaluate(() => location.search);
    await page.close();

    const again = await site.open(link);
    expect(await again.page.getByTestId('compare-metric').inputValue()).toBe('bcr');
    expect(await again.page.locator('[data-chart="compare-map"] .subtitle').textContent()).toMatch(
      /NHS benefit per £1 of cost/i,
    );
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.page.close();
  });

  it("changing B's preset updates the link and the figures; B stays in the link in Explore", async () => {
    const { page, errors } = await site.open(COMPARE);
    await page.getByTestId('preset-b').selectOption('green-book');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('b=green-book');
    const G = cli('--preset', 'green-book', ...settingsOf('hlp2017'));
    await expect.poll(() => text(page, 'diff-net')).toBe(signed(money)(G.totals.net - A.totals.net));
    expect(await text(page, 'b-hospital')).toBe(money(G.totals.hospital));
    expect(await page.locator('[data-testid="compare-headline"] thead').textContent()).toContain(
      'B: Green Book appraisal',
    );

    // Copy A into B: no difference left anywhere.
    await page.getByTestId('copy-a').click();
    await expect.poll(() => text(page, 'diff-net')).toBe('£0');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('b=hlp2017');

    // Edit one of B's assumptions: it goes into the link under b. and moves B only.
    await page.getByTestId('b-assumptions').locator('summary').first().click();
    const group = page.getByTestId('b-assumptions').locator('details[data-group="effects"]');
    await group.locator('summary').click();
    const box = group.getByTestId('number-eff_sp_nel');
    await box.fill('10');
    await box.press('Enter');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('b.eff_sp_nel=0.1');
    const changed = cli('--preset', 'hlp2017', '--set', 'eff_sp_nel=0.1');
    await expect.poll(() => text(page, 'b-hospital')).toBe(money(changed.totals.hospital));
    expect(await text(page, 'a-hospital')).toBe(money(A.totals.hospital));

    // Over to Explore and back: B's keys stay in the link, and B is as it was.
    await page.getByRole('link', { name: 'Explore' }).click();
    await page.getByTestId('headline-figures').waitFor();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('b.eff_sp_nel=0.1');
    await page.getByRole('link', { name: 'Compare' }).click();
    await expect.poll(() => text(page, 'b-hospital')).toBe(money(changed.totals.hospital));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the Compare link from Explore names B in the link at once, so the comparison can be shared', async () => {
    const { page, errors } = await site.open('');
    await page.getByRole('link', { name: 'Compare' }).click();
    // A is the planning preset; B is the first other preset, the reconstruction, run under A's settings.
    await expect.poll(() => page.evaluate(() => location.search)).toContain('b=hlp2017');
    const planning = cli();
    const reconstruction = cli('--preset', 'hlp2017', ...settingsOf('evidence-2026'));
    await expect
      .poll(() => text(page, 'diff-hospital'))
      .toBe(signed(money)(reconstruction.totals.hospital - planning.totals.hospital));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link with a garbage B gives notices and a working comparison', async () => {
    const { page, errors } = await site.open(
      `?view=compare&b=${encodeURIComponent('<img src=x>')}&b.startRate=lots&b.nonsense=1`,
    );
    const notice = page.getByRole('status').filter({ hasText: 'Some settings in the link were changed' });
    await expect.poll(() => notice.textContent()).toMatch(/Unknown preset for scenario B "<img src=x>"/);
    expect(await notice.textContent()).toMatch(/Scenario B: .*"lots" is not a number/);
    expect(await notice.textContent()).toMatch(/unknown setting "b.nonsense"/);
    expect(await page.locator('img').count()).toBe(0);
    // A link with a B but no preset was made for the reconstruction, so A is that; B falls back to
    // the first preset that is not A's (the planning preset), and the map is whole.
    expect(await notice.textContent()).toMatch(/names no preset/);
    const fallback = cli('--preset', 'evidence-2026', ...settingsOf('hlp2017'));
    expect(await text(page, 'diff-hospital')).toBe(
      signed(money)(fallback.totals.hospital - A.totals.hospital),
    );
    await expect.poll(() => page.locator('[data-chart="compare-map"] [data-code]').count()).toBe(33);
    await page.getByTestId('preset-b').selectOption('hlp2017');
    await expect.poll(() => text(page, 'diff-hospital')).toBe('£0');
    expect(errors).toEqual([]);
    await page.close();
  });
});
