/**
 * What the lines and colours on the map and tornado mean is said on the page: the ICB
 * boundaries are named, the tornado's £0 line is in its key, and a diverging map
 * legend lists only the classes some borough is in, each a colour of its own.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';

const site = useSite();

describe('chart keys', () => {
  it("name the map's ICB boundaries, on the map and in Compare's difference map", async () => {
    const { page, errors } = await site.open();
    const key = page.locator('[data-chart="borough-map"] [data-testid="icb-key"]');
    const text = (await key.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('integrated care boards (ICBs)');
    for (const icb of [
      'North West London',
      'North Central London',
      'North East London',
      'South East London',
      'South West London',
    ])
      expect(text).toContain(icb);
    await page.goto(new URL('?view=compare&b=evidence-central', site.url).href);
    await expect.poll(() => page.getByTestId('icb-key').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists in a diverging legend only the classes some borough is in, and two boroughs that read the same share a colour', async () => {
    // Net present value on the planning preset: every borough below £0.
    const { page, errors } = await site.open('?metric=net');
    const card = page.locator('[data-chart="borough-map"]');
    const swatches = await card
      .locator('.legend li .swatch')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    const fills = await card
      .locator('[data-testid="geo-map"] [data-code]')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
    expect(new Set(fills).size).toBe(swatches.length);
    expect(new Set(swatches).size).toBe(swatches.length);
    // Tile labels that read the same are the same colour.
    await card.getByRole('button', { name: 'Equal tiles' }).click();
    const tiles = await card.locator('[data-testid="tile-map"] [data-code]').evaluateAll((els) =>
      els.map((e) => ({
        text: /−?£[\d.,]+(?:bn|m|k)?/.exec(e.getAttribute('aria-label') ?? '')?.[0] ?? '',
        fill: getComputedStyle(e.querySelector('rect')!).fill,
      })),
    );
    expect(tiles.every((t) => t.text !== '')).toBe(true);
    const byText = new Map<string, Set<string>>();
    for (const t of tiles) byText.set(t.text, (byText.get(t.text) ?? new Set()).add(t.fill));
    for (const [, colours] of byText) expect(colours.size).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("puts the tornado's £0 line in its key", async () => {
    const { page, errors } = await site.open('?area=E09000008');
    const card = page.locator('[data-chart="tornado"]');
    await card.scrollIntoViewIfNeeded();
    await card.locator('button[data-param]').first().waitFor({ timeout: 20_000 });
    expect(await card.locator('.key').textContent()).toContain('£0: benefits equal cost');
    expect(errors).toEqual([]);
    await page.close();
  });
});
