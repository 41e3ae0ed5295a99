import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { money } from '../../src/lib/format.ts';
import { PRESETS, PRESET_IDS } from '../../src/lib/model/index.ts';
import { HEADLINES } from '../../src/lib/charts/map/wording.ts';
import { rankedTitle } from '../../src/lib/charts/ranked/rank.ts';
import { text, useSite } from './support/site.ts';
import { cli } from './support/cli.ts';

const site = useSite();
const SMALL = { width: 1280, height: 720 };

const scene = (page: Page) => text(page, 'present-scene');
const heading = async (page: Page) => ((await page.locator('.stage h2').first().textContent()) ?? '').trim();

/** Press a key and wait for the scene it should lead to, then check the scene's heading. */
async function press(page: Page, key: string, n: number, title: string | RegExp): Promise<void> {
  await page.keyboard.press(key);
  await expect.poll(() => scene(page)).toMatch(new RegExp(`^Scene ${n} of 6`));
  await expect.poll(() => heading(page)).toMatch(title);
}

describe('presenter mode in Chromium', () => {
  it('opens from a link and steps through every scene by keyboard, forward and back', async () => {
    const { page, errors, foreign } = await site.open('?present=1', SMALL);
    expect(await scene(page)).toBe('Scene 1 of 6: The London headline');
    expect(await heading(page)).toBe('London');
    // The dashboard's banner and controls are gone.
    expect(await page.locator('.site-header').count()).toBe(0);
    expect(await page.getByTestId('preset-picker').count()).toBe(0);
    const report = cli();
    expect(await text(page, 'present-hospital')).toBe(money(report.totals.hospital));
    expect(await text(page, 'present-net')).toBe(money(report.totals.net));

    await press(page, 'ArrowRight', 2, HEADLINES.supportedPerThousand);
    await expect.poll(() => page.locator('[data-testid="geo-map"] [data-code]').count()).toBe(33);
    await press(page, ' ', 3, rankedTitle('supportedPerThousand'));
    expect(await page.locator('[data-testid="ranked-chart"] [role="option"]').count()).toBe(33);
    await press(page, 'PageDown', 4, /^(NHS benefits|The cost exceeds)/);
    expect(await page.getByTestId('yearly-chart').count()).toBe(1);
    await press(page, 'Enter', 5, 'How sure are we? London');
    await expect.poll(() => page.getByTestId('present-net-range').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId('present-wellbeing-range').textContent()).toMatch(/^£/);
    await press(page, 'ArrowDown', 6, 'Choose an area to look at');
    // Past the last scene nothing moves.
    await press(page, 'ArrowRight', 6, 'Choose an area to look at');

    // The scene is in the URL: a reload keeps the place.
    await expect.poll(() => new URL(page.url()).searchParams.get('scene')).toBe('6');
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    await page.reload();
    await page.getByTestId('present-scene').waitFor();
    expect(await scene(page)).toBe('Scene 6 of 6: The selected area');

    await press(page, 'PageUp', 5, 'How sure are we? London');
    await press(page, 'ArrowLeft', 4, /^(NHS benefits|The cost exceeds)/);
    await press(page, 'ArrowUp', 3, rankedTitle('supportedPerThousand'));
    await press(page, 'Backspace', 2, HEADLINES.supportedPerThousand);
    await press(page, 'End', 6, 'Choose an area to look at');
    await press(page, 'Home', 1, 'London');

    // Nothing on any scene made the page scroll.
    expect(
      await page.evaluate(
        () => document.documentElement.scrollHeight <= document.documentElement.clientHeight,
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("says why the reconstruction's figure lies outside its own range, as Explore does", async () => {
    const { page, errors } = await site.open('?present=1&preset=hlp2017&scene=5', SMALL);
    await expect.poll(() => page.getByTestId('present-net-range').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId('present-outside-range').textContent()).toMatch(
      /outside its own 90% range/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches preset live on the number keys, with a toast, and the figures match the CLI', async () => {
    const { page, errors } = await site.open('?present=1', SMALL);
    // The controls bar says which number is which preset.
    const hint = await page.locator('.keys').textContent();
    for (const [i, id] of PRESET_IDS.entries()) expect(hint).toContain(`${i + 1} ${PRESETS[id].label}`);
    for (const [i, id] of [...PRESET_IDS.entries()].reverse()) {
      await page.keyboard.press(String(i + 1));
      await expect.poll(() => text(page, 'present-toast')).toBe(PRESETS[id].label);
      const totals = cli('--preset', id).totals;
      await expect.poll(() => text(page, 'present-hospital')).toBe(money(totals.hospital));
      expect(await text(page, 'present-net')).toBe(money(totals.net));
      expect(await text(page, 'present-scenario')).toBe(PRESETS[id].label);
    }
    expect(await scene(page)).toBe('Scene 1 of 6: The London headline');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the assumptions overlay on A: its keys change the value, not the scene; Escape closes it, then leaves', async () => {
    const { page, errors } = await site.open('?present=1&scene=4', SMALL);
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog', { name: 'Change an assumption' });
    await dialog.waitFor();
    const slider = page.getByTestId('slider-startRate');
    await expect.poll(() => slider.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await page.keyboard.press('1');
    expect(await scene(page)).toBe('Scene 4 of 6: Value and cost by year');
    await expect
      .poll(() => text(page, 'present-scenario'))
      .toBe(`${PRESETS['evidence-2026'].label}, with 1 change`);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await scene(page)).toBe('Scene 4 of 6: Value and cost by year');
    // The headline figure follows the change, as the CLI has it.
    await press(page, 'Home', 1, 'London');
    const totals = cli('--set', 'startRate=0.5').totals;
    expect(await text(page, 'present-net')).toBe(money(totals.net));
    expect(await text(page, 'present-hospital')).toBe(money(totals.hospital));

    await page.keyboard.press('Escape');
    await page.getByTestId('headline-figures').waitFor();
    expect(await page.getByTestId('present-scene').count()).toBe(0);
    expect(await text(page, 'net')).toBe(money(totals.net));
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is entered by the Present button, and the last scene shows the borough chosen there', async () => {
    const { page, errors } = await site.open('', SMALL);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => scene(page)).toBe('Scene 1 of 6: The London headline');
    await press(page, 'End', 6, 'Choose an area to look at');
    await page.getByRole('button', { name: /^Show / }).click();
    // The suggestion is the borough highest on the map's measure: people supported per 1,000 adults.
    const perAdult = (t: {
      peopleSupported: number;
      peopleCouldBenefit: number;
      perThousandAdults: number;
    }) => (t.peopleSupported / t.peopleCouldBenefit) * t.perThousandAdults;
    const top = [...cli().boroughs].sort((a, b) => perAdult(b.totals) - perAdult(a.totals))[0]!;
    const area = cli('--area', top.code);
    await expect.poll(() => heading(page)).toBe(area.areaName);
    // The chooser is gone: focus is on the area's heading, not lost to the page.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(area.areaName);
    expect(await text(page, 'present-hospital')).toBe(money(area.totals.hospital));
    expect(await scene(page)).toBe('Scene 6 of 6: The selected area');
    await page.getByRole('button', { name: 'Leave (Esc)' }).click();
    await page.getByTestId('headline-figures').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.locator('#area-select').inputValue()).toBe(top.code);
    expect(errors).toEqual([]);
    await page.close();
  });
});
