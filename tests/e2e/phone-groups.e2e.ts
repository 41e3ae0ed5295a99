/**
 * On a phone the assumption groups start closed. A person opens one and changes a value:
 * the group stays open and keyboard focus stays on the slider, so the next arrow key
 * moves it again (the first change used to snap the group shut and drop focus).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { touch, useSite } from './support/site.ts';

const site = useSite();
const PHONE = { width: 375, height: 812 };

/** Open a closed group by tapping its summary, then press keys on one of its sliders. */
async function stepInGroup(page: Page, groupSelector: string, sliderId: string): Promise<void> {
  const group = page.locator(groupSelector);
  expect(await group.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
  await group.locator(':scope > summary').click();
  const slider = page.getByTestId(`slider-${sliderId}`);
  await slider.waitFor();
  const start = Number(await slider.inputValue());
  await slider.focus();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowRight');
    // Whatever the page does after a change has happened before the next key.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    expect(await group.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      `slider-${sliderId}`,
    );
  }
  expect(Number(await slider.inputValue())).toBeGreaterThan(start);
}

describe('assumption groups on a phone', () => {
  it('stay open and keep focus while a slider in them is changed by keyboard', async () => {
    const { page, errors } = await site.open('', PHONE);
    await touch(page);
    await stepInGroup(
      page,
      '[data-testid="assumptions-panel"] details.group[data-group="linkWorkers"]',
      'lwPer10k',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("stay open in Compare's B panel too", async () => {
    const { page, errors } = await site.open('?view=compare', PHONE);
    const panel = page.getByTestId('b-assumptions');
    await panel.locator(':scope > summary').click();
    await stepInGroup(
      page,
      '[data-testid="b-assumptions"] details.group[data-group="linkWorkers"]',
      'lwPer10k',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
