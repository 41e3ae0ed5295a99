import { describe, expect, it } from 'vitest';
import { useSite } from './support/site.ts';

const site = useSite();

describe('when the data cannot be loaded', () => {
  it('says so, offers a retry, and the retry works', async () => {
    const page = await site.browser.newPage();
    let block = true;
    await page.route('**/data/boroughs.json', (route) => (block ? route.abort() : route.continue()));
    await page.goto(site.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('could not be loaded');
    block = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('headline-figures').waitFor();
    await page.close();
  });

  it('says so when the data never arrives, after 15 seconds, and the retry works', async () => {
    const page = await site.browser.newPage();
    let hang = true;
    // A request that never answers, until the retry.
    await page.route('**/data/boroughs.json', (route) => (hang ? undefined : route.continue()));
    await page.goto(site.url);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 25_000 });
    expect(await alert.textContent()).toContain('no answer after 15 seconds');
    hang = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('headline-figures').waitFor();
    await page.close();
  }, 40_000);
});
