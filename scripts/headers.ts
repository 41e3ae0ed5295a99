/**
 * The HTTP response headers of the built site (dist/), in one place for everything
 * that serves it: the `_headers` file the build writes into dist/ (Netlify, Cloudflare
 * Pages), the nginx snippet in docs/nginx.conf, `npm run preview`, and the static
 * server of the browser tests, the benchmark and Lighthouse.
 *
 * Headers do what the <meta> policy cannot: forbid framing (`frame-ancestors` is
 * ignored in a meta element), cover the worker (its script is not an HTML page), and
 * carry the other protections. The meta stays, for hosts that send no headers and for
 * a copy opened from disk.
 */
import { SITE_POLICY } from './csp.ts';

/** Files named by their content (dist/assets/): a new build gives them new names, so they are kept for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (the page, the worker, the data, the favicon): kept, but checked with the server before each use. */
export const REVALIDATE = 'no-cache';

/** The folder of files named by their content. */
const HASHED = '/assets/';

/**
 * Browser features, by Permissions-Policy. Allowed, to this site only: full screen
 * (presenter mode's F key) and writing to the clipboard (Copy link; Chromium blocks
 * `navigator.clipboard.writeText` when it is denied). Everything else the page never
 * uses is off, for the page and any frame in it. Only names Chromium knows: an unknown
 * name costs a console warning on every load. `clipboard-read` is left to the
 * browser's own prompt: the page never reads the clipboard.
 */
const PERMISSIONS = [
  'fullscreen=(self)',
  'clipboard-write=(self)',
  ...[
    'accelerometer',
    'autoplay',
    'browsing-topics',
    'camera',
    'compute-pressure',
    'display-capture',
    'encrypted-media',
    'gamepad',
    'geolocation',
    'gyroscope',
    'hid',
    'identity-credentials-get',
    'idle-detection',
    'local-fonts',
    'magnetometer',
    'microphone',
    'midi',
    'otp-credentials',
    'payment',
    'picture-in-picture',
    'publickey-credentials-create',
    'publickey-credentials-get',
    'screen-wake-lock',
    'serial',
    'storage-access',
    'usb',
    'window-management',
    'xr-spatial-tracking',
  ].map((feature) => `${feature}=()`),
].join(', ');

/** Sent with every response, whatever the file. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // The page's own policy, and no page anywhere may frame it (the meta cannot say this).
  'Content-Security-Policy': `${SITE_POLICY}; frame-ancestors 'none'`,
  // The same, for browsers that predate frame-ancestors (newer ones follow the policy).
  'X-Frame-Options': 'DENY',
  // A file is only ever what its Content-Type says: no script or style guessed from a data file.
  'X-Content-Type-Options': 'nosniff',
  // The address holds the whole scenario, and no request of the page needs a Referer:
  // a link followed to a source says nothing of where it came from.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS,
};

/** Cache-Control for a path of the site, as it is requested (`/`, `/assets/index-abc123.js`). */
export function cacheControl(path: string): string {
  return path.startsWith(HASHED) ? IMMUTABLE : REVALIDATE;
}

/** Every header the site sends for a path, as it is requested. */
export function headersFor(path: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Cache-Control': cacheControl(path) };
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages for a site of these files (paths
 * from its root: `/index.html`, `/data/map.json`). Both apply every rule whose path
 * matches, and Cloudflare joins a header set by two rules with a comma, so no path may
 * match two Cache-Control rules: `/assets/*` has its own, and everything beside it
 * (each file at the top, each other folder) is named.
 */
export function headersFile(files: readonly string[]): string {
  const others = new Set<string>();
  for (const file of files) {
    if (!file.startsWith('/')) throw new Error(`headersFile: ${file} is not a path from the site's root`);
    if (file.startsWith(HASHED)) continue;
    const [, top = '', ...rest] = file.split('/');
    if (rest.length > 0) others.add(`/${top}/*`);
    else {
      others.add(file);
      if (top === 'index.html') others.add('/');
    }
  }
  const block = (path: string, headers: Record<string, string>): string =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Response headers for Netlify and Cloudflare Pages, written into dist/ by `npm run build`',
    '# from scripts/headers.ts (edit that file, not this one). docs/nginx.conf sends the same.',
    '',
    block('/*', { ...SECURITY_HEADERS }),
    '',
    '# Named by their content: kept for good.',
    block(`${HASHED}*`, { 'Cache-Control': IMMUTABLE }),
    '',
    '# The page, the worker, the data and the rest: checked before each use.',
    ...[...others].sort().map((path) => block(path, { 'Cache-Control': REVALIDATE })),
    '',
  ].join('\n');
}

/** The nginx snippet of docs/nginx.conf: the same headers, for a server block whose root is dist/. */
export function nginxConf(): string {
  const header = (name: string, value: string, always = true): string => {
    if (value.includes('"')) throw new Error(`nginxConf: ${name} holds a double quote`);
    return `    add_header ${name} "${value}"${always ? ' always' : ''};`;
  };
  // The security headers on every response, errors too; Cache-Control on successful ones
  // only, so that a missing file is never kept.
  const lines = (cache: string): string[] => [
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => header(name, value)),
    header('Cache-Control', cache, false),
  ];
  return [
    '# London Social Prescribing Explorer on nginx: the response headers of scripts/headers.ts,',
    '# the same as dist/_headers sends on Netlify and Cloudflare Pages. Regenerate with',
    '# `npx tsx scripts/nginx-conf.ts` (a unit test fails while this file differs).',
    '#',
    '# Put these lines inside your `server { ... }` block and point `root` at the contents of',
    '# dist/ (after `npm run build`). nginx drops every add_header of the server block in a',
    '# location that has one of its own, so each location below carries the full set.',
    '',
    'root /var/www/london-social-prescribing-explorer;',
    'index index.html;',
    '',
    '# Named by their content: kept for good.',
    'location /assets/ {',
    ...lines(IMMUTABLE),
    '    try_files $uri =404;',
    '}',
    '',
    '# The page, the worker, the data and the rest: checked before each use.',
    'location / {',
    ...lines(REVALIDATE),
    '    try_files $uri $uri/ =404;',
    '}',
    '',
  ].join('\n');
}
