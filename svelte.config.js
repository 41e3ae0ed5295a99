import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // Styles go into the JS bundle: no render-blocking stylesheet on first load.
    css: 'injected',
    // Scoping classes as short as the hash alone ("s1x2y3z", not "svelte-1x2y3z"): they are
    // written into every scoped selector and element of the first load.
    cssHash: ({ hash, css }) => `s${hash(css)}`,
  },
};
