import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { headersFile, headersFor } from '../../scripts/headers.ts';
import { text, useSite } from './support/site.ts';

const site = useSite();

/** Every file of dist/ but _headers itself, as paths from the site's root. */
const builtFiles = (): string[] =>
  readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath.slice('dist'.length)}/${entry.name}`.replaceAll('\\', '/'))
    .filter((path) => path !== '/_headers');

/** One file of each kind the site serves: the page, a hashed script, the worker, a data file. */
function samplePaths(): string[] {
  const script = /src="\.(\/assets\/index-[^"]+\.js)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
  if (!script) throw new Error('dist/index.html names no hashed script');
  return ['/', '/index.html', script, '/monte-carlo.worker.js', '/data/boroughs.json'];
}

/** Every header the site should send for a path, each as the response has it. */
async function expectHeaders(origin: string, path: string): Promise<void> {
  const response = await fetch(new URL(path, origin));
  expect(response.status, path).toBe(200);
  for (const [name, value] of Object.entries(headersFor(path)))
    expect(response.headers.get(name), `${path} ${name}`).toBe(value);
}

/** A page on another origin (another port, and localhost rather than 127.0.0.1) that frames the app and a page of its own. */
async function serveFramer(app: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const body =
      req.url === '/own'
        ? '<p id="own">A page of the framing site</p>'
        : `<iframe id="own" src="/own"></iframe><iframe id="app" src="${app}"></iframe>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/`, server };
}

/** Record every Content-Security-Policy violation the page reports. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('the response headers in Chromium', () => {
  it('dist/_headers is the file scripts/headers.ts gives for the files built', () => {
    expect(readFileSync('dist/_headers', 'utf8')).toBe(headersFile(builtFiles()));
  });

  it('the page, a hashed script, the worker and a data file come with every header', async () => {
    for (const path of samplePaths()) await expectHeaders(site.url, path);
  });

  it('a page on another origin cannot show the app in a frame', async () => {
    const framer = await serveFramer(site.url);
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(framer.url);
    // The framing site's own page loads in a frame: frames work here.
    const own = page.frameLocator('#own').locator('#own');
    await expect.poll(() => own.textContent()).toBe('A page of the framing site');
    // The app's does not, and Chromium says it is the policy's frame-ancestors that refused it
    // (X-Frame-Options would block it too, but Chromium reads it only when the policy says nothing).
    await expect
      .poll(() => errors.join('\n'))
      .toMatch(new RegExp(`Framing '${site.url}' violates [^\n]*"frame-ancestors 'none'"`));
    const app = await (await page.$('#app'))!.contentFrame();
    expect(app?.url()).toMatch(/^chrome-error:/);
    expect(await page.frameLocator('#app').locator('#app, [data-testid="headline-figures"]').count()).toBe(0);
    await page.close();
    await new Promise<void>((ok) => framer.server.close(() => ok()));
  });

  it('the app runs under the header policy: no violation, the worker answers, full screen allowed', async () => {
    const page = await site.browser.newPage();
    await watchViolations(page);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    const workerPolicy: (string | undefined)[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/monte-carlo.worker.js'))
        workerPolicy.push(r.headers()['content-security-policy']);
    });
    const response = await page.goto(site.url);
    expect(response?.headers()['content-security-policy']).toBe(headersFor('/')['Content-Security-Policy']);
    // The workers (the range, the presets' ranges) start under the policy, with it on their
    // own script too, and the range arrives.
    await expect.poll(() => text(page, 'net-range'), { timeout: 20_000 }).toMatch(/^90% of runs/);
    expect(workerPolicy.length).toBeGreaterThan(0);
    for (const policy of workerPolicy)
      expect(policy).toBe(headersFor('/monte-carlo.worker.js')['Content-Security-Policy']);
    // Presenter mode's full screen stays allowed; what the page never uses is not.
    expect(
      await page.evaluate(() => {
        const policy = (document as unknown as { featurePolicy: { allowsFeature: (f: string) => boolean } })
          .featurePolicy;
        return ['fullscreen', 'clipboard-write', 'camera', 'geolocation'].map((f) => policy.allowsFeature(f));
      }),
    ).toEqual([true, true, false, false]);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('npm run preview', () => {
  let server: PreviewServer;
  beforeAll(async () => {
    server = await preview({ logLevel: 'silent', preview: { port: 0, strictPort: false, open: false } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sends the same headers', async () => {
    const origin = server.resolvedUrls?.local[0];
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    for (const path of samplePaths()) await expectHeaders(origin!, path);
  });
});
