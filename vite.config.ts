import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
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
    // Deterministic: results must not depend on the machine's time zone.
    env: { TZ: 'UTC' },
  },
});
