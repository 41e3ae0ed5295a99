import { describe, expect, it } from 'vitest';
import { mainGrouping } from '../../../src/lib/data/geography.ts';
import { byName } from '../../../src/lib/by-name.ts';
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';

describe('byName', () => {
  it('orders every area as the locale does', () => {
    const data = loadDatasetFromDisk();
    const names = [
      ...data.boroughs.map((b) => b.name),
      ...mainGrouping(data.geography).groups.map((s) => s.name),
    ];
    const ours = names
      .map((name) => ({ name }))
      .sort(byName)
      .map((a) => a.name);
    expect(ours).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });
});
