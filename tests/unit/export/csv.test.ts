/** CSV fields: quoted where they must be, and text a spreadsheet would run as a formula made plain. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/export/csv.ts';

describe('CSV fields', () => {
  it('neutralise text that starts like a formula, as OWASP advises', () => {
    expect(csvField('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvField('+44 20')).toBe("'+44 20");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('Camden')).toBe('Camden');
    expect(csvField('−£2.7m')).toBe('−£2.7m');
  });

  it('leave numbers, booleans and empty cells as they are', () => {
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(csvField(x))).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('never lets a text cell begin a formula, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = toCsv(['a'], [[text]])
          .slice('a\r\n'.length, -2)
          .replace(/^"/, '');
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
      { numRuns: 500, seed: 9 },
    );
  });
});
