import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { money, runsShare } from '../../src/lib/format.ts';
import type { UncertaintyReport } from '../../scripts/cli/report.ts';
import { cli, cliUncertainty } from './support/cli.ts';
import { text, useSite } from './support/site.ts';

const site = useSite();
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const range = (u: UncertaintyReport, key: 'cost' | 'net'): string =>
  `90% of runs ${money(u[key].p5)} to ${money(u[key].p95)}`;
const hospitalRange = (u: UncertaintyReport): string =>
  `90% of runs ${money(u.detail!.hospital.p5)} to ${money(u.detail!.hospital.p95)}`;

describe('the uncertainty range in Chromium', () => {
  it('appears under each kind of value, with the same numbers as the CLI for the same scenario and seed', async () => {
    const { page, errors } = await site.open();
    const u = cliUncertainty();
    await expect.poll(() => text(page, 'net-range'), { timeout: 20_000 }).toBe(range(u, 'net'));
    expect(await text(page, 'cost-range')).toBe(range(u, 'cost'));
    expect(await text(page, 'hospital-range')).toBe(hospitalRange(u));
    expect(await text(page, 'prob-positive')).toContain(
      `NHS benefits cover the cost in ${runsShare(u.probNetPositive)} of runs by 2040/41`,
    );
    expect(await text(page, 'uncertainty-status')).toBe('');
    await page.locator('section.headline').screenshot({ path: `${SHOTS}/headline-range-1280.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says why the reconstruction's figure lies outside its own range", async () => {
    const { page, errors } = await site.open('?preset=hlp2017');
    const u = cliUncertainty('--preset', 'hlp2017');
    await expect.poll(() => text(page, 'net-range'), { timeout: 20_000 }).toBe(range(u, 'net'));
    // Its NHS net present value (about £1m) lies above its own 90% range.
    const net = cli('--preset', 'hlp2017').totals.net;
    expect(u.net.p95).toBeLessThan(net);
    expect(await text(page, 'outside-range')).toContain('outside its own 90% range');
    await page.locator('section.headline').screenshot({ path: `${SHOTS}/headline-range-1280.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the range for a borough on a phone', async () => {
    const { page, errors } = await site.open('?area=E09000012', { width: 375, height: 800 });
    const u = cliUncertainty('--area', 'E09000012');
    await expect.poll(() => text(page, 'net-range'), { timeout: 20_000 }).toBe(range(u, 'net'));
    await page.locator('section.headline').screenshot({ path: `${SHOTS}/headline-range-375.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes the draws and seed from the link', async () => {
    const { page, errors } = await site.open('?draws=2000&seed=42');
    const u = cliUncertainty('--draws', '2000', '--seed', '42');
    await expect.poll(() => text(page, 'net-range'), { timeout: 20_000 }).toBe(range(u, 'net'));
    expect(await text(page, 'prob-positive')).toContain('2,000 runs');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never blocks input: the net headline follows every key press while runs are in progress', async () => {
    const { page, errors } = await site.open();
    await expect.poll(() => text(page, 'net-range'), { timeout: 20_000 }).not.toBe('');
    const slider = page.getByTestId('slider-activityCost');
    await slider.focus();
    let before = await text(page, 'net');
    let sawUpdating = false;
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('ArrowRight');
      // The figure must change within a short poll, not after a worker run has finished.
      await expect.poll(() => text(page, 'net'), { timeout: 1000, interval: 20 }).not.toBe(before);
      before = await text(page, 'net');
      if ((await text(page, 'uncertainty-status')).startsWith('Updating the uncertainty range'))
        sawUpdating = true;
      // Long enough for the debounce to fire, so the next press lands while the worker runs.
      await page.waitForTimeout(300);
    }
    expect(sawUpdating).toBe(true);
    // Stale replies are dropped: the range settles on the last value's.
    const value = await slider.inputValue();
    const u = cliUncertainty('--set', `activityCost=${value}`);
    await expect.poll(() => text(page, 'net-range'), { timeout: 20_000 }).toBe(range(u, 'net'));
    expect(errors).toEqual([]);
    await page.close();
  });
});
