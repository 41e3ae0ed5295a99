import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { text, useSite } from './support/site.ts';
import { syntheticAreasCsv, syntheticBoundaries } from '../../scripts/data/synthetic-areas.ts';
import { SCENE_COUNT } from '../../src/lib/state/view-state.ts';
import { shownTexts } from './support/text-sizes.ts';

const site = useSite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TEMPLATE = 'public/data/areas-template.csv';
const SMALL = 'tests/e2e/fixtures/own-areas-small.csv';

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          o: object,
        ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Open the panel from the keyboard and load a file through its file input. */
async function loadFile(page: Page, file: string): Promise<void> {
  const open = page.getByRole('button', { name: 'Use your own areas' });
  if ((await open.getAttribute('aria-expanded')) !== 'true') {
    await open.focus();
    await page.keyboard.press('Enter');
  }
  await page.setInputFiles('#own-areas-file', file);
  await page.getByRole('button', { name: 'Load your areas' }).click();
}

/** Open the panel and load a file of areas made in the test, with boundaries when given. */
async function loadText(
  page: Page,
  name: string,
  csv: string,
  shapes?: { name: string; text: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Use your own areas' }).click();
  await page.setInputFiles('#own-areas-file', { name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  if (shapes)
    await page.setInputFiles('#own-areas-shapes', {
      name: shapes.name,
      mimeType: 'application/json',
      buffer: Buffer.from(shapes.text),
    });
  await page.getByRole('button', { name: 'Load your areas' }).click();
}

async function resultsCsv(page: Page): Promise<string> {
  const share = page.getByRole('region', { name: 'Share and export' });
  await page.mouse.move(1, 1);
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    share.getByRole('button', { name: 'Results CSV' }).click(),
  ]);
  return readFileSync(await dl.path()).toString('utf8');
}

describe('your own areas', () => {
  it('the template, loaded back through the file input, gives London its own numbers', async () => {
    const { page, errors } = await site.open('?preset=evidence-central');
    const before = { net: await text(page, 'net'), people: await text(page, 'supported') };
    await loadFile(page, TEMPLATE);
    await page.getByRole('heading', { name: 'Your own areas: areas-template.csv' }).waitFor();
    expect(await text(page, 'net')).toBe(before.net);
    expect(await text(page, 'supported')).toBe(before.people);
    // The scenario stays in the link; the areas never enter it.
    expect(page.url()).toContain('preset=evidence-central');
    expect(page.url()).not.toContain('area=');
    // Without boundaries: one square per borough, grouped by ICB.
    await expect.poll(() => page.locator('[data-chart="borough-map"] [data-code]').count()).toBe(33);
    expect(errors).toEqual([]);
  });

  it('runs every view on a small file of PCNs, and its exports carry them', async () => {
    const { page, errors } = await site.open();
    await loadFile(page, SMALL);
    await page.getByRole('heading', { name: 'Your own areas: own-areas-small.csv' }).waitFor();
    // The page speaks of the file's own levels.
    await page.getByRole('heading', { name: /, by PCN$/ }).waitFor();
    const options = await page.locator('#area-select option').allTextContents();
    expect(options).toEqual(
      expect.arrayContaining(['Test area (made-up numbers)', 'Test ICB A', 'Riverside PCN']),
    );
    expect(options).not.toContain('Inner London');
    await expect.poll(() => page.locator('[data-chart="borough-map"] [data-code]').count()).toBe(5);
    // Coloured by their values: five PCNs of different sizes are not all one colour.
    await page.locator('#borough-map-metric').selectOption('supported');
    const fills = await page.$$eval('[data-chart="borough-map"] [data-code] rect', (els) =>
      els.map((e) => e.getAttribute('fill')),
    );
    expect(new Set(fills).size).toBeGreaterThan(2);
    // The headline of one PCN, chosen in the picker.
    await page.locator('#area-select').selectOption('P03');
    await page.getByRole('heading', { name: 'Parkside PCN' }).first().waitFor();
    const csv = await resultsCsv(page);
    for (const code of ['P01', 'P05', 'ICB-A', 'london']) expect(csv).toMatch(new RegExp(`^${code},`, 'm'));
    expect(csv).toMatch(/^P01,Riverside PCN,area,/m);
    expect(csv).not.toMatch(/E09000/);
    // The uncertainty range runs on the file too.
    await expect.poll(() => text(page, 'net-range'), { timeout: 30_000 }).toMatch(/90% of runs/);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/own-areas-pcns.png', fullPage: true });
    // Compare and presenter mode run on the file too.
    await page.getByRole('link', { name: 'Compare' }).click();
    await expect.poll(() => page.locator('[data-chart="compare-map"] [data-code]').count()).toBe(5);
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('heading', { name: 'Test area (made-up numbers)' }).first().waitFor();
    expect(errors).toEqual([]);
  });

  it('shares link workers by registered patients when the file gives them, and says how many per 50,000', async () => {
    const { page, errors } = await site.open();
    // The small file with registered patients added (made-up numbers, as the file's own).
    const [head, ...lines] = readFileSync(SMALL, 'utf8').trim().split('\n');
    const csv = [`${head},registered_patients`, ...lines.map((l, i) => `${l},${60_000 + i * 7_000}`)].join(
      '\n',
    );
    await loadText(page, 'registered.csv', csv);
    await page.getByRole('heading', { name: 'Your own areas: registered.csv' }).waitFor();
    await page.getByText('Link workers in post are shared among your areas by registered patients').waitFor();
    const line = ((await page.getByTestId('own-per-registered').textContent()) ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    expect(line).toMatch(
      /^In \d{4}\/\d{2}: [\d.,]+ link workers \(full-time equivalent, (in post|needed)\) per 50,000 registered patients across your areas\.$/,
    );
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("draws the boundaries loaded with the file: the template with London's TopoJSON, joined by name", async () => {
    const { page, errors } = await site.open('?metric=net');
    await page.getByRole('button', { name: 'Use your own areas' }).click();
    await page.setInputFiles('#own-areas-file', TEMPLATE);
    await page.setInputFiles('#own-areas-shapes', 'node_modules/vega-datasets/data/londonBoroughs.json');
    await page.getByRole('button', { name: 'Load your areas' }).click();
    await page.getByText('Boundaries from londonBoroughs.json.').waitFor();
    await expect.poll(() => page.locator('[data-testid="geo-map"] [data-code]').count()).toBe(33);
    // Shapes: the map and the equal tiles, as for the built-in boroughs.
    await page.getByRole('group', { name: 'Map form' }).waitFor();
    await page.locator('#borough-map-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/own-areas-boundaries.png' });
    expect(errors).toEqual([]);
  });

  it('names every problem in a broken file by row and column, and keeps the areas shown', async () => {
    const { page } = await site.open();
    const before = await text(page, 'net');
    const broken = readFileSync(SMALL, 'utf8').replace('P02,', 'P01,').replace(',26000,', ',-5,');
    await loadText(page, 'broken.csv', broken);
    const alert = page.getByRole('alert').filter({ hasText: 'nothing was loaded' });
    await alert.waitFor();
    const said = (await alert.textContent()) ?? '';
    expect(said).toContain('2 problems found');
    expect(said).toContain('broken.csv row 2 (P01), column area_code: P01 is on row 1 too');
    expect(said).toContain('broken.csv row 3 (P03), column pop_18plus_2025: "-5" is negative');
    expect(await text(page, 'net')).toBe(before);
    expect(await page.locator('#area-select option').first().textContent()).toBe('London');
    expect(await axe(page)).toEqual([]);
  });

  it('draws hundreds of areas on a canvas map and ranks only the highest and lowest, all usable by keyboard', async () => {
    const { page, errors } = await site.open();
    // London's boroughs cut into parts (timing only): past the SVG map's 500 squares and the chart's 60 bars.
    const csv = syntheticAreasCsv(readFileSync(TEMPLATE, 'utf8'), 650);
    await page.getByRole('button', { name: 'Use your own areas' }).click();
    await page.setInputFiles('#own-areas-file', {
      name: 'many.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    // Every area's ranges follow the whole's in batches past a few hundred areas: the headline
    // says how far they have got, in tens. Each line it shows is kept as it appears.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const text = /Working out the ranges of every [^:]+: \d+%/.exec(document.body.innerText)?.[0];
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Load your areas' }).click();
    await page.getByRole('heading', { name: 'Your own areas: many.csv' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress.length), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.getByText(/Working out the ranges of every/).count(), { timeout: 60_000 })
      .toBe(0);
    expect(await page.getByText('The uncertainty range could not be worked out').count()).toBe(0);
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    const shares = progress.map((t) => Number(/(\d+)%$/.exec(t)?.[1]));
    expect(progress[0]).toMatch(/^Working out the ranges of every synthetic area: \d+%$/);
    for (const [i, p] of shares.entries()) {
      expect(p % 10).toBe(0);
      expect(p).toBeGreaterThanOrEqual(shares[i - 1] ?? 0);
    }
    const map = page.getByRole('application', { name: /^Map of / });
    await map.waitFor();
    expect(await page.locator('[data-chart="borough-map"] [data-code]').count()).toBe(0);
    // The canvas is painted in the map's colours, not left blank.
    const painted = await page
      .getByTestId('map-canvas')
      .locator('canvas')
      .evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
        let coloured = 0;
        for (let i = 0; i < d.length; i += 4)
          if (d[i + 3]! > 0 && !(d[i]! > 250 && d[i + 1]! > 250)) coloured++;
        return coloured / (d.length / 4);
      });
    expect(painted).toBeGreaterThan(0.5);

    // Keyboard: the map is one tab stop; arrows reach an area, read out; Enter selects it.
    await map.focus();
    await page.keyboard.press('ArrowRight');
    const reached = (await page.getByTestId('map-canvas-focused').textContent())?.trim() ?? '';
    expect(reached).toMatch(/^Synthetic area /);
    await page.keyboard.press('Enter');
    const name = reached.split(':')[0]!;
    await page.getByRole('heading', { name, exact: true }).first().waitFor();

    // The ranked chart: 25 highest, 25 lowest and the one selected, and lines for those left out.
    await page.mouse.move(1, 1);
    const ranked = page.getByRole('listbox', { name: /^Synthetic areas ranked by / });
    await ranked.waitFor();
    const options = await ranked.getByRole('option').count();
    expect(options).toBeGreaterThanOrEqual(50);
    expect(options).toBeLessThanOrEqual(51);
    await expect.poll(() => page.locator('[data-chart="ranked"] text.gap').count()).toBeGreaterThan(0);
    expect(await page.locator('#ranked-desc').textContent()).toContain('the table lists them all');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("draws hundreds of areas' own boundaries on a canvas, with the pointer and the keyboard", async () => {
    const { page, errors } = await site.open();
    const csv = syntheticAreasCsv(readFileSync(TEMPLATE, 'utf8'), 650);
    await loadText(page, 'many.csv', csv, { name: 'many.geojson', text: syntheticBoundaries(csv) });
    await page.getByRole('heading', { name: 'Your own areas: many.csv' }).waitFor();
    const map = page.getByRole('application', { name: /^Map of / });
    await map.waitFor();
    expect(await page.locator('[data-chart="borough-map"] path[data-code]').count()).toBe(0);
    expect(
      await page
        .locator('[data-chart="borough-map"] figcaption, [data-chart="borough-map"]')
        .first()
        .textContent(),
    ).toContain('Boundaries from many.geojson, loaded with your areas.');
    // Painted in the map's colours, most of the frame covered by shapes.
    const canvas = page.getByTestId('map-canvas').locator('canvas');
    await expect
      .poll(() =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
          let coloured = 0;
          for (let i = 0; i < d.length; i += 4)
            if (d[i + 3]! > 0 && !(d[i]! > 250 && d[i + 1]! > 250)) coloured++;
          return coloured / (d.length / 4);
        }),
      )
      .toBeGreaterThan(0.3);
    // The pointer: an area under it is named in a tooltip, and a click selects it.
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator('[role="tooltip"]').first();
    await tip.waitFor();
    const tipped = ((await tip.textContent()) ?? '').trim();
    expect(tipped).toMatch(/^Synthetic area /);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page
      .getByRole('heading', { name: /^Synthetic area /, exact: false })
      .first()
      .waitFor();
    // The keyboard: one tab stop; arrows reach an area, read out; Enter selects it.
    await map.focus();
    await page.keyboard.press('ArrowLeft');
    const reached = (await page.getByTestId('map-canvas-focused').textContent())?.trim() ?? '';
    expect(reached).toMatch(/^Synthetic area /);
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { name: reached.split(':')[0]!, exact: true })
      .first()
      .waitFor();
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('presents a file of hundreds of areas on a big screen: no text under 24 px and none cut off', async () => {
    const viewport = { width: 1920, height: 1080 };
    const { page, errors } = await site.open('', viewport);
    const csv = syntheticAreasCsv(readFileSync(TEMPLATE, 'utf8'), 650);
    await loadText(page, 'many.csv', csv);
    await page.getByRole('heading', { name: 'Your own areas: many.csv' }).waitFor();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const found: string[] = [];
    for (let n = 1; n <= SCENE_COUNT; n++) {
      await expect.poll(() => text(page, 'present-scene')).toMatch(new RegExp(`^Scene ${n} of`));
      // The ranges and the tornado fill in from the worker: measure them drawn.
      if (n === 5) await page.getByTestId('present-net-range').waitFor({ timeout: 30_000 });
      if (n === 6) await page.locator('.stage button[data-param]').first().waitFor({ timeout: 30_000 });
      const stage = (await page.locator('.present .stage').boundingBox())!;
      for (const t of await shownTexts(page, '.present')) {
        if (t.px < 23.5) found.push(`scene ${n}: "${t.text}" at ${t.px.toFixed(1)} px`);
        if (t.right > viewport.width + 1) found.push(`scene ${n}: "${t.text}" runs off the right`);
      }
      for (const t of await shownTexts(page, '.present .stage'))
        if (t.bottom > stage.y + stage.height + 1) found.push(`scene ${n}: "${t.text}" is cut off below`);
      await page.screenshot({ path: `test-results/screenshots/present-own-${n}.png` });
      await page.keyboard.press('ArrowRight');
    }
    expect(found).toEqual([]);
    // The last scene's link carries the scenario, and says that the areas stay behind.
    expect(await text(page, 'present-link-own')).toMatch(
      /^The link carries the scenario, not the areas shown/,
    );
    expect(errors).toEqual([]);
  });

  it("keeps a file of long area names within a phone's width", async () => {
    const { page } = await site.open('', { width: 375, height: 812 });
    const csv = syntheticAreasCsv(readFileSync(TEMPLATE, 'utf8'), 650);
    await loadText(page, 'many.csv', csv);
    await page.getByTestId('map-canvas').waitFor();
    // The picker's longest name ("Synthetic area E09000002-20 (timing only)") once pushed the page to 423 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('goes back to London, with the first screen of the claim and the evidence', async () => {
    const { page } = await site.open();
    await loadFile(page, SMALL);
    await page.getByRole('button', { name: "Back to London's boroughs" }).click();
    await page.getByRole('button', { name: 'Use your own areas' }).waitFor();
    await expect.poll(() => page.locator('#area-select option').first().textContent()).toBe('London');
    await expect.poll(() => page.locator('[data-chart="borough-map"] [data-code]').count()).toBe(33);
  });
});
