import { mount } from 'svelte';
import App from './App.svelte';
import { cssVariables } from './lib/palette.ts';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element');
document.documentElement.style.cssText = cssVariables();
target.replaceChildren();
mount(App, { target });
