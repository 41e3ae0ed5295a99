/** A minimal static server for dist/ on 127.0.0.1, for browser tests, the benchmark and Lighthouse, with the site's headers. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, SECURITY_HEADERS } from '../../../scripts/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * `siteHeaders: false` serves another site (the benchmark's Vega-Lite peer, whose expressions
 * need eval) without this site's policy: only its caching, as before the headers.
 */
export async function serveDist(
  root = 'dist',
  { siteHeaders = true }: { siteHeaders?: boolean } = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        // The headers a real host sends (scripts/headers.ts): the security headers, files named
        // by their content (assets/) kept for good, the rest (the page, its data, the worker)
        // checked each time.
        res
          .writeHead(200, {
            ...(siteHeaders
              ? headersFor(path)
              : {
                  'cache-control': path.startsWith('/assets/')
                    ? 'public, max-age=31536000, immutable'
                    : 'no-cache',
                }),
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          })
          .end(body);
      } catch {
        res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
