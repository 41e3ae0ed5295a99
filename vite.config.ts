import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Everything the first page load needs in one chunk: without this, a lazy view that
        // shares modules with it splits them into extra chunks the first load must fetch
        // (https://github.com/rolldown/rolldown/issues/10731), costing ~3 KiB gzipped.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Deterministic: results must not depend on the machine's time zone.
    env: { TZ: 'UTC' },
  },
});
