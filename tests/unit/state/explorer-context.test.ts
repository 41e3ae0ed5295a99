/**
 * The explorer by context: a component reads the explorer that a component above it set,
 * and one built outside any says so plainly.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import { Explorer } from '../../../src/lib/state/explorer.svelte.ts';
import Notices from '../../../src/lib/ui/Notices.svelte';
import WithExplorer from '../support/WithExplorer.svelte';

const data = loadDatasetFromDisk();

describe('the explorer context', () => {
  it('gives a component the explorer set above it', () => {
    const explorer = new Explorer(data);
    explorer.notices = ['The link named an area that is not in the data.'];
    const body = render(WithExplorer, { props: { component: Notices, explorer } }).body;
    expect(body).toContain('The link named an area that is not in the data.');
  });

  it('fails with a clear message in a component with no explorer above it', () => {
    expect(() => render(Notices).body).toThrow(/No explorer here: .* inside one that sets it/);
  });
});
