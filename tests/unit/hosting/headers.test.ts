import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_POLICY } from '../../../scripts/csp.ts';
import {
  headersFile,
  headersFor,
  IMMUTABLE,
  nginxConf,
  REVALIDATE,
  SECURITY_HEADERS,
} from '../../../scripts/headers.ts';

/** A built site's files, as dist/ holds them. */
const SITE = [
  '/index.html',
  '/monte-carlo.worker.js',
  '/assets/index-ClnIhfZQ.js',
  '/assets/model-CFUR5XFL.js',
  '/data/boroughs.json',
  '/data/map.json',
  '/favicon.svg',
  '/robots.txt',
];
/** The paths a browser asks for: the files, and the page at the root. */
const REQUESTED = ['/', ...SITE];

/**
 * The headers of a path under a `_headers` file, as Cloudflare Pages applies it: every
 * rule whose path matches (`*` matches anything, slashes too), a header given by two
 * matching rules joined with a comma.
 */
function hostHeaders(file: string, path: string): Record<string, string> {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of file.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const match = /^\s+([A-Za-z-]+): (.+)$/.exec(line);
    if (!match || rules.length === 0) throw new Error(`_headers: cannot read "${line}"`);
    rules.at(-1)!.headers.push([match[1]!, match[2]!]);
  }
  const out: Record<string, string> = {};
  for (const { pattern, headers } of rules) {
    if (!pattern.test(path)) continue;
    for (const [name, value] of headers) out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}

/** nginx's `location` blocks of the snippet: prefix and the headers each adds. */
function nginxLocations(conf: string): Map<string, Record<string, string>> {
  const locations = new Map<string, Record<string, string>>();
  for (const [, prefix, body] of conf.matchAll(/^location (\S+) \{\n([\s\S]*?)^\}/gm)) {
    const headers: Record<string, string> = {};
    for (const [, name, value] of body!.matchAll(/add_header (\S+) "([^"]*)"/g)) headers[name!] = value!;
    locations.set(prefix!, headers);
  }
  return locations;
}

/** The longest matching prefix location, as nginx chooses among prefix locations. */
function nginxHeaders(conf: string, path: string): Record<string, string> {
  const locations = nginxLocations(conf);
  const prefix = [...locations.keys()]
    .filter((p) => path.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? {} : locations.get(prefix)!;
}

describe('the response headers of the built site', () => {
  it('forbid framing in the header policy only, on top of the meta policy', () => {
    const csp = headersFor('/')['Content-Security-Policy'];
    expect(csp).toBe(`${SITE_POLICY}; frame-ancestors 'none'`);
    // A meta policy ignores frame-ancestors, and Chromium says so in the console.
    expect(SITE_POLICY).not.toContain('frame-ancestors');
    expect(headersFor('/')['X-Frame-Options']).toBe('DENY');
  });

  it('say nosniff, send no referrer, and allow only full screen and writing the clipboard, to this site', () => {
    const headers = headersFor('/index.html');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    const features = new Map(
      headers['Permissions-Policy']!.split(', ').map((f) => f.split('=') as [string, string]),
    );
    expect(features.get('fullscreen')).toBe('(self)');
    expect(features.get('clipboard-write')).toBe('(self)');
    for (const off of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'midi'])
      expect(features.get(off), off).toBe('()');
    const allowed = [...features].filter(([, value]) => value !== '()').map(([name]) => name);
    expect(allowed.sort()).toEqual(['clipboard-write', 'fullscreen']);
  });

  it('keep the hashed files for good and check everything else before each use', () => {
    expect(headersFor('/assets/index-ClnIhfZQ.js')['Cache-Control']).toBe(IMMUTABLE);
    for (const path of ['/', '/index.html', '/monte-carlo.worker.js', '/data/map.json', '/favicon.svg'])
      expect(headersFor(path)['Cache-Control'], path).toBe(REVALIDATE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    expect(REVALIDATE).toBe('no-cache');
  });

  it('are the same for every path, but for Cache-Control', () => {
    for (const path of REQUESTED) {
      const { 'Cache-Control': _, ...rest } = headersFor(path);
      expect(rest).toEqual(SECURITY_HEADERS);
    }
  });
});

describe('_headers for Netlify and Cloudflare Pages', () => {
  const file = headersFile(SITE);

  it('gives every path of the site exactly the headers of scripts/headers.ts, none twice', () => {
    for (const path of REQUESTED) expect(hostHeaders(file, path), path).toEqual(headersFor(path));
  });

  it('names each file and folder beside assets/ on its own', () => {
    expect(file).toContain('\n/assets/*\n');
    for (const path of [
      '/',
      '/index.html',
      '/monte-carlo.worker.js',
      '/data/*',
      '/favicon.svg',
      '/robots.txt',
    ])
      expect(file).toContain(`\n${path}\n  Cache-Control: no-cache\n`);
    // A file the build did not know of still gets the security headers.
    expect(hostHeaders(file, '/new.txt')).toEqual(SECURITY_HEADERS);
  });

  it('takes paths from the root only', () => {
    expect(() => headersFile(['index.html'])).toThrow(/root/);
  });
});

describe('docs/nginx.conf', () => {
  it('is the snippet scripts/headers.ts writes (npx tsx scripts/nginx-conf.ts)', () => {
    expect(readFileSync('docs/nginx.conf', 'utf8')).toBe(nginxConf());
  });

  it('gives every path of the site the same headers, each location the full set', () => {
    const conf = nginxConf();
    expect([...nginxLocations(conf).keys()].sort()).toEqual(['/', '/assets/']);
    for (const path of REQUESTED) expect(nginxHeaders(conf, path), path).toEqual(headersFor(path));
    // Errors too carry the security headers; only successful responses are cached.
    for (const name of Object.keys(SECURITY_HEADERS))
      expect(conf).toMatch(new RegExp(`add_header ${name} "[^"]*" always;`));
    expect(conf).not.toMatch(/add_header Cache-Control "[^"]*" always;/);
  });
});
