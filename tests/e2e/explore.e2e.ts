import { describe, expect, it } from 'vitest';
import { money } from '../../src/lib/format.ts';
import { mapFills, text, useSite } from './support/site.ts';
import { cli } from './support/cli.ts';

const site = useSite();

describe('the explorer in Chromium', () => {
  it('loads with 33 boroughs drawn, no console errors and no request to another site', async () => {
    const { page, errors, foreign } = await site.open();
    await expect.poll(() => page.locator('[data-testid="geo-map"] [data-code]').count()).toBe(33);
    // The page opens on the planning preset, as the CLI does.
    const report = cli();
    expect(report.preset).toBe('evidence-2026');
    expect(await text(page, 'hospital')).toBe(money(report.totals.hospital));
    expect(await text(page, 'net')).toBe(money(report.totals.net));
    const tileChunks = () =>
      page.evaluate(
        () => performance.getEntriesByType('resource').filter((e) => /TileMap/.test(e.name)).length,
      );
    // The equal-tiles map is fetched when it is asked for, not with the first screen.
    expect(await tileChunks()).toBe(0);
    await page.getByRole('button', { name: /tile/i }).first().click();
    await expect.poll(() => page.locator('[data-testid="tile-map"] [data-code]').count()).toBe(33);
    expect(await tileChunks()).toBe(1);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('paints the map at its laid-out width in the first frame that shows it, at desktop and phone widths', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 812 },
    ]) {
      const page = await site.browser.newPage({ viewport });
      // Two frames after the shapes are in the page: the first has been laid out and painted.
      await page.addInitScript(() => {
        const w = window as unknown as { __painted?: { svg: number; frame: number } };
        new MutationObserver((_, obs) => {
          const svg = document.querySelector('[data-testid="geo-map"]');
          if (!svg || svg.querySelectorAll('[data-code]').length === 0) return;
          obs.disconnect();
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              w.__painted = {
                svg: Number(svg.getAttribute('width')),
                frame: Math.round(svg.parentElement?.getBoundingClientRect().width ?? NaN),
              };
            }),
          );
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(site.url);
      const painted = await page.waitForFunction(
        () => (window as unknown as { __painted?: { svg: number; frame: number } }).__painted,
      );
      const { svg, frame } = (await painted.jsonValue()) as { svg: number; frame: number };
      expect(frame).toBeGreaterThan(200);
      expect(svg, `at ${viewport.width} px`).toBe(frame);
      await page.close();
    }
  });

  it('an untouched page fetches only what its first screen shows; the first key press brings in the rest', async () => {
    const { page, errors, foreign } = await site.open('', undefined, { untouched: true });
    await page.waitForFunction(() =>
      /90% of runs/.test(document.querySelector('[data-testid="net-range"]')?.textContent ?? ''),
    );
    await page.waitForLoadState('networkidle');
    const fetched = () =>
      page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect((await fetched()).filter((p) => /ChartsBelowMap|UncertaintyCards|PrintBrief/.test(p))).toEqual([]);
    expect(await page.locator('[data-chart="yearly"]').count()).toBe(0);

    await page.keyboard.press('Tab');
    for (const chart of ['yearly', 'tornado', 'roi', 'ranked', 'stp'])
      await page.locator(`[data-chart="${chart}"]`).waitFor({ state: 'attached' });
    await expect
      .poll(async () => (await fetched()).filter((p) => /ChartsBelowMap|PrintBrief/.test(p)).length)
      .toBe(2);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('the button standing in for the charts loads them when a screen reader activates it, and takes focus there', async () => {
    const { page, errors } = await site.open('', undefined, { untouched: true });
    // A screen reader in browse mode sends a click without key events: dispatch just that.
    await page.getByRole('button', { name: /Show the charts below the map/ }).dispatchEvent('click');
    await page.locator('[data-chart="yearly"]').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Charts below the map');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('focus reaching that button loads the charts and moves to them, rather than being lost', async () => {
    const { page, errors } = await site.open('', undefined, { untouched: true });
    await page.evaluate(() =>
      [...document.querySelectorAll('button')]
        .find((b) => /Show the charts/.test(b.textContent ?? ''))
        ?.focus(),
    );
    await page.locator('[data-chart="yearly"]').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Charts below the map');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a screen tall enough to show the charts below the map loads them without any input', async () => {
    const { page, errors } = await site.open('', { width: 1280, height: 3400 }, { untouched: true });
    await page.locator('[data-chart="yearly"]').waitFor();
    await page.locator('[data-chart="stp"]').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moving a slider by keyboard changes the London net total and the map, matching the CLI', async () => {
    const { page, errors } = await site.open('?preset=hlp2017&metric=net');
    const before = await text(page, 'net');
    const fillsBefore = await mapFills(page);
    const slider = page.getByTestId('slider-costPerStart_sp');
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    const cliNet = cli('--preset', 'hlp2017', '--set', 'costPerStart_sp=2000').totals.net;
    await expect.poll(() => text(page, 'net')).toBe(money(cliNet));
    expect(await text(page, 'net')).not.toBe(before);
    expect(await mapFills(page)).not.toEqual(fillsBefore);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('charts out of sight do no work on a slider step, catch up once input pauses, and follow every step in view', async () => {
    const { page, errors } = await site.open();
    const ranked = page.locator('[data-chart="ranked"]');
    await ranked.waitFor();
    await page.getByTestId('slider-lwPer10k').waitFor();
    /** One slider step as the browser delivers it, and what the headline and the ranked chart show just after. */
    const step = (value: string) =>
      page.evaluate(async (value) => {
        const chart = () => document.querySelector('[data-chart="ranked"]')?.textContent ?? '';
        const net = () => document.querySelector('[data-testid="net"]')?.textContent ?? '';
        const before = { chart: chart(), net: net() };
        const slider = document.querySelector<HTMLInputElement>('[data-testid="slider-lwPer10k"]')!;
        slider.value = value;
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r));
        return { before, after: { chart: chart(), net: net() } };
      }, value);

    // Below the fold: the headline follows at once, the ranked chart waits...
    const away = await step('1.5');
    expect(away.after.net).not.toBe(away.before.net);
    expect(away.after.chart).toBe(away.before.chart);
    // ...and catches up once input pauses.
    await expect.poll(() => ranked.textContent(), { timeout: 5_000 }).not.toBe(away.before.chart);

    // In view, it follows every step at once.
    await ranked.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await step('0.5');
    expect(seen.after.net).not.toBe(seen.before.net);
    expect(seen.after.chart).not.toBe(seen.before.chart);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('typing into a number box and pressing a stepper change the London total, matching the CLI', async () => {
    const { page } = await site.open();
    const box = page.getByTestId('number-eff_sp_nel');
    await box.fill('10');
    await box.press('Enter');
    await expect
      .poll(() => text(page, 'hospital'))
      .toBe(money(cli('--set', 'eff_sp_nel=0.1').totals.hospital));
    await page.getByTestId('inc-eff_sp_nel').click();
    await expect
      .poll(() => text(page, 'hospital'))
      .toBe(money(cli('--set', 'eff_sp_nel=0.11').totals.hospital));
    await page.getByTestId('reset-eff_sp_nel').click();
    await expect.poll(() => text(page, 'hospital')).toBe(money(cli().totals.hospital));
    await page.close();
  });

  it('rejects a number box entry that is not a number, keeping the last valid value', async () => {
    const { page } = await site.open();
    const before = await text(page, 'hospital');
    const box = page.getByTestId('number-eff_sp_nel');
    await box.fill('lots');
    await box.press('Enter');
    await expect.poll(() => box.getAttribute('aria-invalid')).toBe('true');
    expect(await text(page, 'hospital')).toBe(before);
    await page.close();
  });

  it('selects a borough with the keyboard only, and Escape returns to London', async () => {
    const { page } = await site.open();
    const londonPeople = await text(page, 'people');
    // Tab from the top of the page to the link that skips the assumptions, then on to the map.
    const focusedSkip = () => page.evaluate(() => document.activeElement?.matches('a.skip') ?? false);
    let presses = 0;
    for (; presses < 60 && !(await focusedSkip()); presses++) await page.keyboard.press('Tab');
    expect(await focusedSkip()).toBe(true);
    const skip = await page.locator('a.skip').boundingBox();
    expect(skip && skip.x >= 0 && skip.width > 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('borough-map-title');
    let onMap = false;
    for (; presses < 80 && !onMap; presses++) {
      await page.keyboard.press('Tab');
      onMap = await page.evaluate(() => document.activeElement?.closest('[data-testid="geo-map"]') !== null);
    }
    expect(onMap).toBe(true);
    // Without the skip link it took about 170 presses, past every assumption control.
    expect(presses).toBeLessThan(40);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const code = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(code).toMatch(/^E09000\d{3}$/);
    await expect.poll(() => page.evaluate(() => location.search)).toContain(`area=${code}`);
    const name = await page.locator('#headline-title').textContent();
    expect(name).not.toBe('London');
    expect(await text(page, 'people')).not.toBe(londonPeople);
    // The yearly chart follows the selection: its subtitle names the borough.
    await expect
      .poll(() => page.locator('[data-chart="yearly"] .subtitle').textContent())
      .toContain(name as string);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#headline-title').textContent()).toBe('London');
    await page.close();
  });
});
