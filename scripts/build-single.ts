/**
 * `npm run build:single`: one self-contained HTML file for venues without wifi.
 * Builds with `vite build --mode single` (data, styles, lazy chunks and the worker
 * inlined), then seals the file: drops the links to separate files (data preloads,
 * favicon), sets a Content-Security-Policy that allows its inline script by hash
 * only, and fails if anything in it still points at another file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { singleFilePolicy } from './csp.ts';

const OUT_DIR = 'dist-single';
const OUT_FILE = 'london-social-prescribing-explorer.html';

await build({ mode: 'single', logLevel: 'warn' });

let html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');

// Preloads of the data files: the data is inside the script.
html = html.replace(/\s*<!--[^>]*-->\s*(?=<link rel="preload")/, '\n    ');
html = html.replace(/\s*<link rel="preload" href="\.\/data\/[^"]+"[^>]*>/g, '');
// The favicon, as a data: URL.
const favicon = readFileSync('public/favicon.svg');
html = html.replace(
  /href="\.\/favicon\.svg"/,
  `href="data:image/svg+xml;base64,${favicon.toString('base64')}"`,
);

const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
if (scripts.length === 0) throw new Error(`${OUT_DIR}/index.html: no inline script found`);
const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
const before = html;
html = html.replace(
  /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/,
  `$1${singleFilePolicy(hashes)}$2`,
);
if (html === before) throw new Error('index.html has no Content-Security-Policy meta element to seal');

const external = [...html.matchAll(/\s(?:src|href)="(?!data:|#)([^"]*)"/g)].map((m) => m[1]);
if (external.length > 0)
  throw new Error(`The single file still refers to other files: ${external.join(', ')}`);

for (const f of readdirSync(OUT_DIR)) rmSync(join(OUT_DIR, f), { recursive: true });
writeFileSync(join(OUT_DIR, OUT_FILE), html);
console.log(
  `${OUT_DIR}/${OUT_FILE}: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB, ${hashes.length} inline script(s) allowed by hash`,
);
