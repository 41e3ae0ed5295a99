import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import readXlsxFile from 'read-excel-file/node';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AreaReport } from '../../scripts/cli/report.ts';
import type { RegisterRow } from '../../src/lib/export/register.ts';
import type { WatchedPage } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { cli } from './support/cli.ts';

const site = useSite();

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Open a chart card's download menu, if it is closed. */
async function openDownloads(card: Locator): Promise<void> {
  const menu = card.locator('details.downloads');
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator('summary').click();
}

/** Click a button and return the file it downloads: name and bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  // An export that fails says so on the page: fail with its words rather than wait out the timeout.
  const failed = page
    .getByText(/could not be (made|prepared)/)
    .first()
    .waitFor({ timeout: 35_000 })
    .then(async () => {
      throw new Error(
        `export failed: ${await page
          .getByText(/could not be (made|prepared)/)
          .first()
          .textContent()}`,
      );
    });
  failed.catch(() => undefined);
  // No download and no message: say what the page was doing (an image card's status line).
  const arrived = page.waitForEvent('download', { timeout: 30_000 }).catch(async (e: unknown) => {
    const statuses = await page.getByTestId('image-status').allTextContents();
    throw new Error(`no download; image status: ${JSON.stringify(statuses.filter(Boolean))}; ${String(e)}`);
  });
  const [dl] = await Promise.all([Promise.race([arrived, failed]), click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** Evidence: central with the start rate moved two steps down by keyboard (0.20 -> 0.18). */
async function changedScenario(): Promise<WatchedPage> {
  const watched = await site.open('?preset=evidence-central&area=E09000012');
  const { page } = watched;
  await page.getByTestId('slider-startRate').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.evaluate(() => location.search)).toContain('startRate=0.18');
  return watched;
}

describe('exports', () => {
  it('results CSV: plain tidy rows, header first, that match the model after a slider change; the scenario beside them', async () => {
    const { page } = await changedScenario();
    const share = page.getByRole('region', { name: 'Share and export' });
    const file = await download(page, () => share.getByRole('button', { name: 'Results CSV' }).click());
    expect(file.name).toMatch(/^results_evidence-central-with-1-change_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = file.bytes.toString('utf8');
    // A plain CSV reader (or Excel) takes the first line as the header.
    expect(text.split('\r\n')[0]).toBe('area_code,area_name,area_type,year,measure,value,unit');
    expect(text).not.toMatch(/^#/m);

    const scenarioFile = await download(page, () =>
      share.getByRole('button', { name: 'Scenario CSV' }).click(),
    );
    expect(scenarioFile.name).toMatch(/^scenario_evidence-central-with-1-change_\d{4}-\d{2}-\d{2}\.csv$/);
    const settings = aq.fromCSV(scenarioFile.bytes.toString('utf8'), { autoType: false }).objects() as Record<
      string,
      string
    >[];
    const row = (key: string) => settings.find((r) => r.key === key);
    expect(row('scenario')?.value).toBe('Evidence: central, with 1 change');
    expect(row('link')?.value).toBe(`${site.url}?preset=evidence-central&area=E09000012&startRate=0.18`);
    expect([row('startRate')?.value, row('startRate')?.preset_value, row('startRate')?.changed]).toEqual([
      '0.18',
      '0.2',
      'yes',
    ]);

    const rows = aq.fromCSV(text, { autoType: false }).objects() as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([
      'area_code',
      'area_name',
      'area_type',
      'year',
      'measure',
      'value',
      'unit',
    ]);
    const areas = ['london', 'inner', 'E54000027', 'E09000012'];
    const reports = cli<AreaReport[]>(
      '--preset',
      'evidence-central',
      '--set',
      'startRate=0.18',
      ...areas.flatMap((a) => ['--area', a]),
    );
    for (const r of reports) {
      const value = (measure: string, year: string) =>
        Number(rows.find((x) => x.area_code === r.area && x.measure === measure && x.year === year)?.value);
      r.years.forEach((y, i) => {
        expect(close(value('nhs_benefits', y), r.gross[i]!)).toBe(true);
        expect(close(value('hospital_activity_avoided', y), r.hospital[i]!)).toBe(true);
        expect(close(value('primary_care_capacity_released', y), r.primaryCare[i]!)).toBe(true);
        expect(close(value('cost', y), r.cost[i]!)).toBe(true);
        expect(close(value('net_present_value_nhs', y), r.net[i]!)).toBe(true);
        expect(close(value('wellbeing_value', y), r.wellbeing[i]!)).toBe(true);
        expect(close(value('people_supported', y), r.peopleSupported[i]!)).toBe(true);
        expect(close(value('link_worker_fte', y), r.linkWorkerFte[i]!)).toBe(true);
      });
      expect(close(value('people_could_benefit', r.years[0]!), r.totals.peopleCouldBenefit)).toBe(true);
    }
    // Every borough and roll-up: 33 + 5 ICBs + Inner + Outer + London.
    expect(new Set(rows.map((r) => r.area_code)).size).toBe(41);
    await page.close();
  });

  it('Excel workbook: results, assumptions and scenario on their own sheets, the same as the CSV files, numbers as numbers', async () => {
    const { page, errors } = await changedScenario();
    const share = page.getByRole('region', { name: 'Share and export' });
    // The library that writes it loads only when asked for.
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(before.some((n) => /workbook/.test(n))).toBe(false);
    const book = await download(page, () => share.getByRole('button', { name: 'Excel workbook' }).click());
    expect(book.name).toMatch(/^results_evidence-central-with-1-change_\d{4}-\d{2}-\d{2}\.xlsx$/);
    await expect.poll(() => page.getByTestId('share-status').textContent()).toBe('The workbook is ready.');
    const sheets = await readXlsxFile(book.bytes);
    expect(sheets.map((sh) => sh.sheet)).toEqual(['Results', 'Assumptions', 'Scenario']);
    const csvOf = async (name: string) =>
      aq
        .fromCSV(
          (await download(page, () => share.getByRole('button', { name }).click())).bytes.toString('utf8'),
          {
            autoType: false,
          },
        )
        .objects() as Record<string, string>[];
    for (const [i, name] of ['Results CSV', 'Assumptions CSV', 'Scenario CSV'].entries()) {
      const [header, ...rows] = sheets[i]!.data;
      const csv = await csvOf(name);
      expect(header).toEqual(Object.keys(csv[0]!));
      expect(rows).toHaveLength(csv.length);
      // Each cell as the CSV writes it: numbers to the last digit, empty cells empty.
      rows.forEach((r, j) =>
        r.forEach((cell, k) => {
          const want = csv[j]![header![k] as string] ?? '';
          expect(cell === null ? '' : String(cell)).toBe(want);
        }),
      );
    }
    const results = sheets[0]!.data;
    expect(typeof results[1]![5]).toBe('number');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('assumption register CSV: every parameter with its current and preset value, range, source and grade', async () => {
    const { page } = await changedScenario();
    const file = await download(page, () => page.getByRole('button', { name: 'Assumptions CSV' }).click());
    expect(file.name).toMatch(/^assumptions_evidence-central-with-1-change_\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = aq.fromCSV(file.bytes.toString('utf8'), { autoType: false }).objects() as Record<
      string,
      string
    >[];
    const register = cli<RegisterRow[]>('--params');
    expect(rows.map((r) => r.id)).toEqual(register.map((r) => r.id));
    const start = rows.find((r) => r.id === 'startRate')!;
    expect([start.value, start.preset_value]).toEqual(['0.18', '0.2']);
    for (const r of register) {
      const row = rows.find((x) => x.id === r.id)!;
      expect([row.low, row.high, row.min, row.max, row.grade, row.source, row.verified]).toEqual([
        String(r.low),
        String(r.high),
        String(r.min),
        String(r.max),
        r.grade,
        r.source,
        String(r.verified),
      ]);
    }
    await page.close();
  });

  // Chromium drops a download that follows ten others within a few seconds, so the
  // cards are shared between two pages.
  it.each([
    ['borough-map', 'yearly', 'ranked', 'capacity'],
    ['stp', 'tornado', 'roi'],
  ])(
    'SVG and PNG of every chart card carry the title and scenario; the PNG is 1920 px wide: %s…',
    async (...charts: string[]) => {
      const { page, errors, foreign } = await changedScenario();
      await page.locator('[data-chart="tornado"] button[data-param]').first().waitFor({ timeout: 20_000 });
      for (const chart of charts) {
        const card = page.locator(`[data-chart="${chart}"]`);
        const title = ((await card.locator('h2').first().textContent()) ?? '').trim();
        const svg = await download(page, () =>
          openDownloads(card).then(() => card.getByRole('button', { name: 'Download SVG' }).press('Enter')),
        );
        expect(svg.name).toMatch(
          new RegExp(`^${chart}_hackney_evidence-central-with-1-change_\\d{4}-\\d{2}-\\d{2}\\.svg$`),
        );
        const parsed = await page.evaluate((source) => {
          const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
          return {
            error: doc.querySelector('parsererror') !== null,
            root: doc.documentElement.nodeName,
            text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
            images: doc.querySelectorAll('image, foreignObject').length,
          };
        }, svg.bytes.toString('utf8'));
        expect(parsed.error).toBe(false);
        expect(parsed.root).toBe('svg');
        expect(parsed.text).toContain(title);
        expect(parsed.text).toContain('Scenario: Evidence: central, with 1 change');
        expect(parsed.text).toContain('Source: London Social Prescribing Explorer');
        expect(parsed.images).toBe(0);
        if (chart === 'borough-map') {
          // The map keeps its 33 coloured boroughs, with the colours inlined.
          const fills = svg.bytes.toString('utf8').matchAll(/<path d="[^"]+" style="fill:\s*([^;"]+)/g);
          expect(new Set([...fills].map((m) => m[1])).size).toBeGreaterThanOrEqual(3);
        }

        const png = await download(page, () =>
          openDownloads(card).then(() => card.getByRole('button', { name: 'Download PNG' }).press('Enter')),
        );
        expect(png.name).toMatch(
          new RegExp(`^${chart}_hackney_evidence-central-with-1-change_\\d{4}-\\d{2}-\\d{2}\\.png$`),
        );
        expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(png.bytes.readUInt32BE(16)).toBe(1920);
        expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(400);
        await expect.poll(() => card.getByTestId('image-status').textContent()).toBe(`${png.name} is ready.`);
      }
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    },
  );

  it('copies the link, or offers it selected in a read-only field when the clipboard is refused', async () => {
    const { page } = await site.open('?preset=green-book');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}?preset=green-book`);
    // Once the scenario moves on, the message no longer speaks of the link on screen.
    await page.getByTestId('slider-startRate').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('share-status').textContent()).toBe('');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByTestId('share-status').textContent()).toBe('');

    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));
    });
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByTestId('link-field');
    await field.waitFor();
    expect(await field.inputValue()).toBe(`${site.url}?preset=green-book`);
    const selection = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return {
        readOnly: el.readOnly,
        start: el.selectionStart,
        end: el.selectionEnd,
        length: el.value.length,
      };
    });
    expect(selection).toEqual({ readOnly: true, start: 0, end: selection.length, length: selection.length });
    await page.close();
  });

  it('the QR dialog opens and closes by keyboard and gives focus back', async () => {
    const { page, errors, foreign } = await site.open('?area=E09000001');
    const opener = page.getByRole('button', { name: 'QR code' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Scan to open this scenario' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    expect(await dialog.getByRole('img', { name: /QR code/ }).count()).toBe(1);
    expect(await dialog.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(await dialog.textContent()).toContain(`${site.url}?area=E09000001`);
    // Tab stays inside the modal dialog.
    for (const key of ['Tab', 'Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('QR code');
    // And the Close button works the same way.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ timeout: 10_000 }).catch(async (e: unknown) => {
      const state = await page.evaluate(() => ({
        focused: document.activeElement?.textContent,
        dialogs: [...document.querySelectorAll('dialog')].map((d) => d.open),
      }));
      throw new Error(
        `the dialog did not open again: ${JSON.stringify(state)}, errors ${JSON.stringify(errors)}; ${String(e)}`,
      );
    });
    await dialog.getByRole('button', { name: 'Close' }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('QR code');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('the QR dialog opens again at once after Escape, before the browser has said it closed', async () => {
    const { page, errors } = await site.open('?area=E09000001');
    await page.getByRole('button', { name: 'QR code' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Scan to open this scenario' });
    await dialog.waitFor();
    // The browser fires a dialog's close event a little after the dialog has closed (Chromium: at
    // its next frame), with focus already back on "QR code": on a busy machine a key pressed at
    // once comes first, and the dialog did not open again. Hold the event back until after the
    // next key, to make that order certain rather than a matter of luck.
    await page.evaluate(() => {
      const held: EventTarget[] = [];
      const hold = (e: Event): void => {
        e.stopImmediatePropagation();
        if (e.target) held.push(e.target);
      };
      window.addEventListener('close', hold, { capture: true });
      (window as Window & { releaseClose?: () => void }).releaseClose = () => {
        window.removeEventListener('close', hold, { capture: true });
        for (const target of held) target.dispatchEvent(new Event('close'));
      };
    });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.evaluate(() => (window as Window & { releaseClose?: () => void }).releaseClose?.());
    await dialog.waitFor({ timeout: 5_000 });
    // The late event changed nothing: one dialog, open, with focus inside.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.open)).toBe(true);
    expect(await page.locator('dialog').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('QR code');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page printed before anyone touched it still fits one A4 sheet: headline and map', async () => {
    const { page, errors } = await site.open('?preset=evidence-central', undefined, { untouched: true });
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('headline-figures').isVisible()).toBe(true);
    expect(await page.locator('[data-chart="borough-map"] svg').first().isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Assumptions' }).isVisible()).toBe(false);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints a one-page A4 brief with the changed assumptions, sources and link', async () => {
    const { page } = await changedScenario();
    await page.getByTestId('number-cost_gp').fill('40');
    await page.getByTestId('number-cost_gp').press('Enter');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('cost_gp=40');
    const brief = page.getByTestId('print-brief');
    await brief.waitFor({ state: 'attached' });
    // Never on screen, the brief follows the scenario once input pauses (and before printing).
    await expect.poll(() => brief.textContent()).toContain('here £40');
    const text = (await brief.textContent()) ?? '';
    expect(text).toContain('Share of the eligible who start each year: preset 20%, here 18%');
    expect(text).toContain('GP consultation (2015/16 edition): preset £36, here £40');
    expect(text).toContain(`${site.url}?preset=evidence-central&area=E09000012&startRate=0.18&cost_gp=40`);
    expect(await brief.isVisible()).toBe(false);

    // Every card is on the page, so the print rules are what hide them.
    for (const chart of ['yearly', 'ranked', 'stp', 'tornado'])
      await page.locator(`[data-chart="${chart}"]`).waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(await brief.isVisible()).toBe(true);
    expect(await page.locator('[data-chart="yearly"] svg.chart-svg').isVisible()).toBe(true);
    for (const hidden of ['ranked', 'stp', 'tornado']) {
      expect(await page.locator(`[data-chart="${hidden}"]`).isVisible()).toBe(false);
    }
    expect(await page.getByRole('region', { name: 'Assumptions' }).isVisible()).toBe(false);
    await page.screenshot({ path: 'test-results/screenshots/print-brief.png', fullPage: true });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
    await page.close();
  });
});
