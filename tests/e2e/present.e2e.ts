import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { money } from '../../src/lib/format.ts';
import { PRESETS, PRESET_IDS } from '../../src/lib/model/index.ts';
import { mapHeadline } from '../../src/lib/charts/map/wording.ts';
import { rankedTitle } from '../../src/lib/charts/ranked/rank.ts';
import { SCENE_COUNT } from '../../src/lib/state/view-state.ts';
import { AREA_SCENES } from '../../src/lib/present/scenes.ts';
import { text, useSite } from './support/site.ts';
import { cli } from './support/cli.ts';
import { shownTexts } from './support/text-sizes.ts';

const site = useSite();
const SMALL = { width: 1280, height: 720 };
const SHOTS = 'test-results/screenshots';
/** The first and last area scenes. */
const FIRST_AREA = SCENE_COUNT - AREA_SCENES;
const SHARE = SCENE_COUNT;

/** Boroughs by people supported per 1,000 adults (the map's default measure), highest first, from the CLI. */
function boroughsByMapMeasure(): { code: string; name: string }[] {
  const perAdult = (t: { peopleSupported: number; peopleCouldBenefit: number; perThousandAdults: number }) =>
    (t.peopleSupported / t.peopleCouldBenefit) * t.perThousandAdults;
  return [...cli().boroughs]
    .sort((a, b) => perAdult(b.totals) - perAdult(a.totals))
    .map((b) => ({ code: b.code, name: b.name }));
}

const scene = (page: Page) => text(page, 'present-scene');
const heading = async (page: Page) => ((await page.locator('.stage h2').first().textContent()) ?? '').trim();

/** Press a key and wait for the scene it should lead to, then check the scene's heading. */
async function press(page: Page, key: string, n: number, title: string | RegExp): Promise<void> {
  await page.keyboard.press(key);
  await expect.poll(() => scene(page)).toMatch(new RegExp(`^Scene ${n} of ${SCENE_COUNT}:`));
  await expect.poll(() => heading(page)).toMatch(title);
}

describe('presenter mode in Chromium', () => {
  it('opens from a link and steps through every scene by keyboard, forward and back', async () => {
    const { page, errors, foreign } = await site.open('?present=1', SMALL);
    expect(await scene(page)).toBe(`Scene 1 of ${SCENE_COUNT}: The London headline`);
    expect(await heading(page)).toBe('London');
    // The dashboard's banner and controls are gone.
    expect(await page.locator('.site-header').count()).toBe(0);
    expect(await page.getByTestId('preset-picker').count()).toBe(0);
    const report = cli();
    expect(await text(page, 'present-hospital')).toBe(money(report.totals.hospital));
    expect(await text(page, 'present-net')).toBe(money(report.totals.net));

    await press(page, 'ArrowRight', 2, mapHeadline('supportedPerThousand', 'borough'));
    await expect.poll(() => page.locator('[data-testid="geo-map"] [data-code]').count()).toBe(33);
    await press(page, ' ', 3, rankedTitle('supportedPerThousand', 'boroughs'));
    const top = boroughsByMapMeasure();
    const ranked = await page.locator('[data-testid="present-ranked"] li .name').allTextContents();
    expect(ranked).toEqual(top.slice(0, 10).map((b, i) => `${i + 1}. ${b.name}`));
    await press(page, 'PageDown', 4, /^(NHS benefits|The cost exceeds)/);
    expect(await page.getByTestId('yearly-chart').count()).toBe(1);
    await press(page, 'Enter', 5, 'How sure are we? London');
    await expect.poll(() => page.getByTestId('present-net-range').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId('present-wellbeing-range').textContent()).toMatch(/^£/);
    await press(page, 'ArrowDown', 6, /^(The NHS net present value depends most on|What matters most)/);
    // London selected: the area scenes step through the boroughs highest on the map's measure.
    for (let i = 0; i < AREA_SCENES; i++) await press(page, 'ArrowRight', FIRST_AREA + i, top[i]!.name);
    await press(page, 'ArrowRight', SHARE, 'Take this scenario with you');
    // Past the last scene nothing moves.
    await press(page, 'ArrowRight', SHARE, 'Take this scenario with you');

    // The scene is in the URL: a reload keeps the place.
    await expect.poll(() => new URL(page.url()).searchParams.get('scene')).toBe(String(SHARE));
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    await page.reload();
    await page.getByTestId('present-scene').waitFor();
    expect(await scene(page)).toBe(`Scene ${SHARE} of ${SCENE_COUNT}: Take this scenario with you`);

    await press(page, 'PageUp', SHARE - 1, top[AREA_SCENES - 1]!.name);
    await press(page, 'Home', 1, 'London');
    await press(page, 'ArrowRight', 2, mapHeadline('supportedPerThousand', 'borough'));
    await press(page, 'ArrowLeft', 1, 'London');
    await press(page, 'End', SHARE, 'Take this scenario with you');
    await press(page, 'ArrowUp', SHARE - 1, top[AREA_SCENES - 1]!.name);
    await press(page, 'Backspace', SHARE - 2, top[AREA_SCENES - 2]!.name);

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

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ])
    it(`has no text under 24 px and none cut off, on every scene at ${viewport.width}x${viewport.height}`, async () => {
      const { page, errors } = await site.open('?present=1', viewport);
      const found: string[] = [];
      for (let n = 1; n <= SCENE_COUNT; n++) {
        await expect.poll(() => scene(page)).toMatch(new RegExp(`^Scene ${n} of`));
        // The ranges and the tornado fill in from the worker: measure them drawn.
        if (n === 5) await page.getByTestId('present-net-range').waitFor({ timeout: 20_000 });
        if (n === 6) await page.locator('.stage button[data-param]').first().waitFor({ timeout: 20_000 });
        const stage = (await page.locator('.present .stage').boundingBox())!;
        for (const t of await shownTexts(page, '.present')) {
          // 24 px to the rounding of a scaled layout.
          if (t.px < 23.5) found.push(`scene ${n}: "${t.text}" at ${t.px.toFixed(1)} px`);
          if (t.right > viewport.width + 1) found.push(`scene ${n}: "${t.text}" runs off the right`);
        }
        for (const t of await shownTexts(page, '.present .stage'))
          if (t.bottom > stage.y + stage.height + 1) found.push(`scene ${n}: "${t.text}" is cut off below`);
        await page.screenshot({ path: `${SHOTS}/present-${n}-${viewport.width}.png` });
        await page.keyboard.press('ArrowRight');
      }
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

  it('ends on a QR code and the link to the scenario in the explorer, for the audience', async () => {
    const { page, errors } = await site.open('?present=1&preset=green-book&startRate=0.3&scene=12', SMALL);
    await expect.poll(() => heading(page)).toBe('Take this scenario with you');
    const link = new URL((await text(page, 'present-link'))!);
    expect(link.searchParams.get('preset')).toBe('green-book');
    expect(link.searchParams.get('startRate')).toBe('0.3');
    expect(link.searchParams.get('present')).toBeNull();
    expect(link.searchParams.get('scene')).toBeNull();
    expect(await page.getByRole('img', { name: 'QR code of the link to this scenario' }).count()).toBe(1);
    // The link opens the explorer on the same scenario.
    await page.goto(link.href);
    await page.getByTestId('headline-figures').waitFor();
    expect(await text(page, 'net')).toBe(
      money(cli('--preset', 'green-book', '--set', 'startRate=0.3').totals.net),
    );
    expect(errors).toEqual([]);
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
    const hint = await page.locator('.keys').getAttribute('title');
    for (const [i, id] of PRESET_IDS.entries()) expect(hint).toContain(`${i + 1}: ${PRESETS[id].label}`);
    const stageTop = (await page.locator('.present .stage').boundingBox())!.y;
    for (const [i, id] of [...PRESET_IDS.entries()].reverse()) {
      await page.keyboard.press(String(i + 1));
      await expect.poll(() => text(page, 'present-toast')).toBe(PRESETS[id].label);
      // In the bar, clear of the slide's heading.
      const toast = (await page.getByTestId('present-toast').boundingBox())!;
      expect(toast.y + toast.height).toBeLessThanOrEqual(stageTop);
      const totals = cli('--preset', id).totals;
      await expect.poll(() => text(page, 'present-hospital')).toBe(money(totals.hospital));
      expect(await text(page, 'present-net')).toBe(money(totals.net));
      expect(await text(page, 'present-scenario')).toBe(PRESETS[id].label);
    }
    expect(await scene(page)).toBe(`Scene 1 of ${SCENE_COUNT}: The London headline`);
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
    expect(await scene(page)).toBe(`Scene 4 of ${SCENE_COUNT}: Value and cost by year`);
    await expect
      .poll(() => text(page, 'present-scenario'))
      .toBe(`${PRESETS['evidence-2026'].label}, with 1 change`);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await scene(page)).toBe(`Scene 4 of ${SCENE_COUNT}: Value and cost by year`);
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

  it('is entered by the Present button, and the first area scene shows the borough chosen there', async () => {
    const { page, errors } = await site.open('', SMALL);
    const chosen = 'E09000008';
    await page.locator('#area-select').selectOption(chosen);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => scene(page)).toBe(`Scene 1 of ${SCENE_COUNT}: The London headline`);
    for (let n = 2; n <= FIRST_AREA; n++) await page.keyboard.press('ArrowRight');
    const area = cli('--area', chosen);
    await expect.poll(() => heading(page)).toBe(area.areaName);
    expect(await text(page, 'present-hospital')).toBe(money(area.totals.hospital));
    expect(await scene(page)).toBe(`Scene ${FIRST_AREA} of ${SCENE_COUNT}: ${area.areaName}`);
    // Then the boroughs highest on the map's measure, the chosen one not twice.
    const next = boroughsByMapMeasure().find((b) => b.code !== chosen)!;
    await press(page, 'ArrowRight', FIRST_AREA + 1, next.name);
    await page.getByRole('button', { name: 'Leave (Esc)' }).click();
    await page.getByTestId('headline-figures').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.locator('#area-select').inputValue()).toBe(chosen);
    expect(errors).toEqual([]);
    await page.close();
  });
});
