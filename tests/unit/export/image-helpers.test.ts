import { describe, expect, it } from 'vitest';
import { scenarioName } from '../../../src/lib/export/scenario-name.ts';
import { qrPath } from '../../../src/lib/export/qr-path.ts';
import { localUrl } from '../../../src/lib/export/svg-styles.ts';
import { wrapText } from '../../../src/lib/export/wrap.ts';

/** Every character 1 unit wide: widths are lengths. */
const chars = (s: string) => s.length;

describe('wrapText', () => {
  it('breaks between words so no line is wider than the limit', () => {
    const lines = wrapText('Savings pass costs in 2019/20 for Hackney', 12, chars);
    expect(lines).toEqual(['Savings pass', 'costs in', '2019/20 for', 'Hackney']);
    expect(lines.every((l) => l.length <= 12)).toBe(true);
  });

  it('breaks a word longer than a line (a long link) by characters, losing none', () => {
    const link = 'http://example.org/?preset=evidence-central&startRate=0.18';
    const lines = wrapText(`Link ${link}`, 20, chars);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join('').replace('Link', '')).toBe(link);
  });

  it('gives no lines for blank text and one line for short text', () => {
    expect(wrapText('   ', 10, chars)).toEqual([]);
    expect(wrapText(' a  b ', 10, chars)).toEqual(['a b']);
  });
});

describe('qrPath', () => {
  it('draws each run of dark modules in a row as one rectangle', () => {
    const m = [
      [true, true, false, true],
      [false, false, false, false],
      [false, true, true, true],
    ];
    expect(qrPath(m)).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
    expect(qrPath([[false, false]])).toBe('');
  });
});

describe('localUrl', () => {
  it('turns any form of url() paint into a same-document reference', () => {
    expect(localUrl('url("http://127.0.0.1:4173/?a=1#map-hatch")')).toBe('url(#map-hatch)');
    expect(localUrl('url(#x)')).toBe('url(#x)');
    expect(localUrl("url('#y') none")).toBe('url(#y) none');
    expect(localUrl('rgb(0, 94, 184)')).toBe('rgb(0, 94, 184)');
  });
});

describe('scenarioName', () => {
  it('names the preset and counts the changes', () => {
    expect(scenarioName('Evidence: central', 0)).toBe('Evidence: central');
    expect(scenarioName('Evidence: central', 1)).toBe('Evidence: central, with 1 change');
    expect(scenarioName('Green Book appraisal', 3)).toBe('Green Book appraisal, with 3 changes');
  });
});
