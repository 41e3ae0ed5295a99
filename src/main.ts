import { mount } from 'svelte';
import App from './App.svelte';
import { loadData } from './lib/data/fetch.ts';
import { cssVariables } from './lib/palette.ts';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element');
document.documentElement.style.cssText = cssVariables();
// The page keeps its "Loading" header until the data is in (or has failed), then the
// whole page is built at once: one layout and one frame, rather than one for an empty
// shell and another for the figures.
const first = loadData();
const start = () => {
  target.replaceChildren();
  mount(App, { target, props: { first } });
};
first.then(start, start);
