import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { transform as transformCss } from 'lightningcss';
import { SITE_POLICY } from './scripts/csp.ts';
import { headersFile, headersFor } from './scripts/headers.ts';
import { cssColours, NHS } from './src/lib/palette.ts';

/** The Monte Carlo worker's file in dist/assets/, without a hash: the page names it. */
const WORKER = 'monte-carlo.worker';

/** The built page carries its Content-Security-Policy, right after the charset (the dev server does not need it). */
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml(html) {
    const charset = '<meta charset="utf-8" />';
    if (!html.includes(charset)) throw new Error(`index.html: expected ${charset}`);
    return html.replace(
      charset,
      `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${SITE_POLICY}" />`,
    );
  },
};

/**
 * index.html takes its colours from the palette too. Its inline style paints the loading
 * header before any script has set the palette's custom properties, so each var(--name)
 * in it becomes the colour itself; the browser's theme colour is NHS blue.
 */
const paletteInPage: Plugin = {
  name: 'palette-in-page',
  transformIndexHtml: {
    order: 'pre',
    handler(html) {
      const colours = cssColours();
      const painted = html.replace(/var\((--[a-z0-9-]+)\)/g, (_, name: string) => {
        const colour = colours[name];
        if (colour === undefined) throw new Error(`index.html: ${name} is not a colour of the palette`);
        return colour;
      });
      const icon = '<link rel="icon"';
      if (!painted.includes(icon)) throw new Error(`index.html: expected ${icon}`);
      return painted.replace(icon, `<meta name="theme-color" content="${NHS.blue}" />\n    ${icon}`);
    },
  },
};

/**
 * The site's response headers (scripts/headers.ts): written into dist/ as `_headers` for
 * Netlify and Cloudflare Pages, and sent by `npm run preview`. Not for the single file.
 */
function responseHeaders(): Plugin {
  let publicDir = '';
  return {
    name: 'response-headers',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      // After Vite has added index.html to the bundle.
      order: 'post',
      handler(_, bundle) {
        // Every file of the site: the bundle's, and public/'s, which Vite copies beside them.
        const copied = publicDir
          ? readdirSync(publicDir, { recursive: true, withFileTypes: true })
              .filter((entry) => entry.isFile())
              .map((entry) => relative(publicDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
          : [];
        const files = [...Object.keys(bundle), ...copied].map((file) => `/${file}`);
        if (!files.includes('/index.html')) throw new Error('_headers: index.html is not in the bundle yet');
        this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(files) });
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * The worker loads only the model's chunks: were a module of the page's own chunk (Svelte,
 * the views, the mount in main.ts) to slip into what it imports, at once or later, the
 * worker would start the page inside itself and fail. The build stops, naming the chunk
 * that reached it.
 */
const workerApart: Plugin = {
  name: 'worker-apart',
  apply: 'build',
  generateBundle(_, bundle) {
    const worker = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === WORKER);
    if (!worker || worker.type !== 'chunk') return;
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const chunk = bundle[file];
      if (chunk?.type !== 'chunk') return;
      if (chunk.name === 'index') this.error(`the worker imports the page's chunk ${file}`);
      [...chunk.imports, ...chunk.dynamicImports].forEach(visit);
    };
    [...worker.imports, ...worker.dynamicImports].forEach(visit);
  },
};

/**
 * Svelte puts each component's styles into its module as a string (no render-blocking
 * stylesheet), comments and all. Each such string is minified with Lightning CSS as the
 * module is built (about 1 KiB less on the first load, gzipped), before chunks are hashed.
 */
const minifyInjectedCss: Plugin = {
  name: 'minify-injected-css',
  apply: 'build',
  enforce: 'post',
  transform(code, id) {
    if (!/\.svelte(\?|$)/.test(id)) return null;
    const out = code.replace(
      /(hash:\s*['"]s[a-z0-9]+['"],\s*code:\s*)('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g,
      (_, head: string, literal: string) => {
        // The compiler's own string literal, read as JavaScript reads it.
        const css = new Function(`return ${literal};`)() as string;
        const min = transformCss({ filename: `${id}.css`, code: Buffer.from(css), minify: true }).code;
        return `${head}${JSON.stringify(min.toString())}`;
      },
    );
    return out === code ? null : { code: out, map: null };
  },
};

/** The module Vite wraps every `import()` of the built code in. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite's wrapper around each `import()` first preloads the files the chunk needs (its
 * imports, its stylesheets), then on a failure fires 'vite:preloadError' on window. Here
 * there is never a file to preload: module preloading is off and the styles are in the
 * components' code, not in .css files. So of its 0.6 KiB gzipped on the first load only
 * the failure part would ever run, and this is that part alone, on globalThis (window on
 * the page, the global scope in a worker). The build stops if an import ever names
 * files to preload.
 */
const preloadHelper: Plugin = {
  name: 'preload-helper',
  apply: 'build',
  enforce: 'pre',
  load(id) {
    if (id !== PRELOAD_HELPER) return null;
    return `export const __vitePreload = (load) =>
  load().catch((err) => {
    const e = new Event('vite:preloadError', { cancelable: true });
    e.payload = err;
    globalThis.dispatchEvent(e);
    if (!e.defaultPrevented) throw err;
  });`;
  },
  generateBundle: {
    // After Vite has written each import's list of files to preload.
    order: 'post',
    handler(_, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && chunk.code.includes('__vite__mapDeps'))
          this.error(
            `${chunk.fileName} has an import with files to preload, which this build's helper skips`,
          );
    },
  },
};

/**
 * `vite build` writes the static site to dist/. `vite build --mode single` (run by
 * `npm run build:single`, which then seals it with a CSP) writes one self-contained
 * HTML file to dist-single/: data, styles, every lazy chunk and the worker inlined.
 */
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    plugins: [
      svelte(),
      preloadHelper,
      paletteInPage,
      contentSecurityPolicy,
      minifyInjectedCss,
      ...(single ? [viteSingleFile({ removeViteModuleLoader: true })] : [responseHeaders(), workerApart]),
    ],
    base: './',
    // public/ holds the data files, which the single file carries inside its script.
    publicDir: single ? false : 'public',
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : 'dist',
      emptyOutDir: true,
      modulePreload: false,
      ...(single
        ? {}
        : {
            rolldownOptions: {
              // The model is pure (no module of it does anything when imported): a module nothing
              // uses is left out whatever imports it.
              treeshake: { moduleSideEffects: (id: string) => !/\/src\/lib\/model\//.test(id) },
              // The Monte Carlo worker is a second entry, so the model it shares with the page
              // is one chunk both load, not a copy in each.
              input: { index: 'index.html', [WORKER]: 'src/workers/monte-carlo.worker.ts' },
              output: {
                // The worker keeps its name, so the page can start it, and sits beside index.html:
                // unlike the hashed files in assets/, it must not be cached for good.
                entryFileNames: (chunk) =>
                  chunk.name === WORKER ? `${WORKER}.js` : 'assets/[name]-[hash].js',
                codeSplitting: {
                  groups: [
                    // With the model, the helper every import() goes through: the worker's own
                    // import() (of the code for files of many areas) needs it too.
                    {
                      name: 'model',
                      tags: ['$initial'],
                      test: (id) =>
                        /\/src\/lib\/(model\/|data\/(types|geography|thousands)\.ts)/.test(id) ||
                        id === PRELOAD_HELPER,
                      priority: 3,
                      includeDependenciesRecursively: false,
                    },
                    // Everything else the first page load needs in one chunk: without this, a lazy view
                    // that shares modules with it splits them into extra chunks the first load must
                    // fetch (https://github.com/rolldown/rolldown/issues/10731), ~3 KiB gzipped.
                    {
                      name: 'index',
                      tags: ['$initial'],
                      test: (id) => !id.includes('/src/workers/'),
                      priority: 1,
                    },
                  ],
                },
              },
            },
          }),
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['**/*.svelte.test.ts'] },
        },
        {
          // Rune classes under test: compiled for Svelte's client runtime, where effects run.
          extends: true,
          resolve: { conditions: ['browser'] },
          test: {
            name: 'runes',
            include: ['tests/unit/**/*.svelte.test.ts'],
            environment: './tests/unit/support/svelte-client-environment.ts',
            // Through Vite, not Node's loader, so 'svelte' resolves to the same client runtime.
            server: { deps: { inline: ['svelte'] } },
          },
        },
      ],
      environment: 'node',
      globalSetup: ['./tests/unit/support/build-data.ts'],
      // Test files share their worker and its loaded modules rather than each starting afresh:
      // the suite's time went mostly to importing the same modules again and to warming the
      // model's code again, file after file. The tests do not rely on fresh module state.
      isolate: false,
      // Two workers on two cores (the default, one per core but one, gives a single worker there).
      maxWorkers: Math.max(2, availableParallelism() - 1),
      // The slowest tests work through Monte Carlo draws and switching values: a second or two
      // alone, several times that on a shared machine. The limit is there to catch a hang.
      testTimeout: 30_000,
      // Deterministic: results must not depend on the machine's time zone.
      env: { TZ: 'UTC' },
    },
  };
});
