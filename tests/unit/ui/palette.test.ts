/**
 * Colours come only from src/lib/palette.ts: no other source file (nor index.html)
 * writes a hex colour, and every custom property that CSS reads is one the palette sets
 * (or one its own file sets), so no colour silently falls back to nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cssColours,
  cssVariables,
  hexWithAlpha,
  NHS,
  NO_DATA,
  rgba,
  SCENARIO_COLOURS,
  SHADES,
  UI,
} from '../../../src/lib/palette.ts';

const PALETTE = 'src/lib/palette.ts';

/** Every source file under a folder: components, scripts and styles. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts|js|css|html)$/.test(entry.name) ? [path] : [];
  });
}

const FILES = [...sourceFiles('src'), 'index.html'];

/**
 * `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` standing alone. A link to an element
 * (`href="#add"`, `url(#bad)`) names an id, not a colour.
 */
const HEX = /(?<!href="|url\()#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;

/** Each hex colour in a file, as "file:line: colour". */
function hexColours(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => [...line.matchAll(HEX)].map((m) => `${file}:${i + 1}: ${m[0]}`));
}

describe('colours only from the palette', () => {
  it('scans the source files, and finds the colours the palette writes', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(FILES).toContain(PALETTE);
    expect(FILES).toContain('src/App.svelte');
    expect(hexColours(PALETTE).some((hit) => hit.endsWith(`: ${NHS.blue}`))).toBe(true);
  });

  it('no other file writes a hex colour', () => {
    expect(FILES.filter((f) => f !== PALETTE).flatMap(hexColours)).toEqual([]);
  });

  it('tells a colour from a link to an element', () => {
    const found = (s: string) => [...s.matchAll(HEX)].map((m) => m[0]);
    expect(found('fill="#fff" stroke="#212b32" background: #fff3cd; x: #0003; y: #212b3273')).toEqual([
      '#fff',
      '#212b32',
      '#fff3cd',
      '#0003',
      '#212b3273',
    ]);
    expect(found('<a href="#add">, fill="url(#bad)", #main, #deface-2, #a1b2c3d')).toEqual([]);
  });

  it('every custom property CSS reads is a palette colour, or set in the same file', () => {
    const colours = cssColours();
    const missing = FILES.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/var\((--[\w-]+)/g)]
        .map((m) => m[1] as string)
        .filter((name) => !(name in colours) && !new RegExp(`(^|[\\s;{:])${name}\\s*[:=]`, 'm').test(text))
        .map((name) => `${file}: ${name}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('the palette in CSS', () => {
  it('sets every named colour as a custom property on the document root', () => {
    const css = cssVariables();
    expect(css).toContain(`--nhs-blue: ${NHS.blue};`);
    expect(css).toContain(`--nhs-dark-blue: ${NHS.darkBlue};`);
    expect(css).toContain(`--ui-border: ${UI.border};`);
    expect(css).toContain(`--ui-secondary-text: ${UI.secondaryText};`);
    expect(css).toContain(`--no-data: ${NO_DATA};`);
    expect(css).toContain(`--scenario-a: ${SCENARIO_COLOURS.a};`);
    for (const [name, value] of Object.entries(cssColours())) {
      expect(name).toMatch(/^--[a-z]+(-[a-z]+)*$/);
      expect(value).toMatch(/^#[0-9a-f]{6}([0-9a-f]{2})?$/);
      expect(css).toContain(`${name}: ${value};`);
    }
  });

  it("writes a shade as the page's minified CSS did: alpha to the nearest 1/255", () => {
    expect(hexWithAlpha(SHADES.hatch)).toBe('#212b3273');
    expect(hexWithAlpha(SHADES.sticky)).toBe('#212b3226');
    expect(hexWithAlpha(SHADES.backdrop)).toBe('#212b3299');
    expect(hexWithAlpha(SHADES.tooltip)).toBe('#00000033');
    expect(hexWithAlpha(SHADES.overlay)).toBe('#00000059');
    expect(cssColours()['--shade-hatch']).toBe('#212b3273');
  });

  it('writes a shade as rgba() for canvas and for SVG files', () => {
    expect(rgba(SHADES.hatch)).toBe('rgba(33, 43, 50, 0.45)');
    expect(rgba({ colour: NHS.white, opacity: 1 })).toBe('rgba(255, 255, 255, 1)');
  });
});
