/**
 * Draws what a part of the page shows (HTML legends and labels, SVG charts) as
 * SVG: boxes with a background or border become rectangles, text becomes <text>
 * at the place the browser laid it out, and each <svg> is cloned with its
 * computed styles. Read-only: the page is never changed.
 */
import { cloneWithStyles } from './svg-styles.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgEl<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export interface Snapshot {
  node: SVGGElement;
  width: number;
  height: number;
}

/** The id of the hatch pattern that stands for a striped CSS background (the map's "below break-even" key). */
export const HATCH_ID = 'export-hatch';

const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);

/** Elements hidden from sight but kept for screen readers (the .visually-hidden pattern). */
function visuallyHidden(r: DOMRect, cs: CSSStyleDeclaration): boolean {
  return (r.width <= 1 && r.height <= 1) || (cs.clip !== 'auto' && cs.clip !== '');
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

function textLines(node: Text): { x: number; y: number; text: string }[] {
  const range = document.createRange();
  const lines = new Map<number, { x: number; y: number; words: string[] }>();
  for (const m of (node.data ?? '').matchAll(/\S+/g)) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const r = range.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const key = Math.round(r.top + r.height / 2);
    const line = lines.get(key);
    if (line) line.words.push(m[0]);
    else lines.set(key, { x: r.left, y: r.top + r.height / 2, words: [m[0]] });
  }
  return [...lines.values()].map((l) => ({ x: l.x, y: l.y, text: l.words.join(' ') }));
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Each visible side of an element's border as a filled box (the page's borders are solid). */
function borderBoxes(r: DOMRect, cs: CSSStyleDeclaration): { box: Box; colour: string }[] {
  const w = (side: string) => parseFloat(cs.getPropertyValue(`border-${side}-width`)) || 0;
  const boxes: Record<string, Box> = {
    top: { left: r.left, top: r.top, width: r.width, height: w('top') },
    bottom: { left: r.left, top: r.bottom - w('bottom'), width: r.width, height: w('bottom') },
    left: { left: r.left, top: r.top, width: w('left'), height: r.height },
    right: { left: r.right - w('right'), top: r.top, width: w('right'), height: r.height },
  };
  return Object.entries(boxes).flatMap(([side, box]) => {
    const colour = cs.getPropertyValue(`border-${side}-color`);
    const shown =
      box.width > 0 &&
      box.height > 0 &&
      cs.getPropertyValue(`border-${side}-style`) !== 'none' &&
      !transparent(colour);
    return shown ? [{ box, colour }] : [];
  });
}

/** Snapshot of root and everything in it, in root's coordinates (CSS pixels). */
export function snapshot(root: HTMLElement): Snapshot {
  const origin = root.getBoundingClientRect();
  const node = svgEl('g');
  const put = (r: Box, fill: string) =>
    node.append(
      svgEl('rect', {
        x: fmt(r.left - origin.left),
        y: fmt(r.top - origin.top),
        width: fmt(r.width),
        height: fmt(r.height),
        fill,
      }),
    );

  function walk(el: Element): void {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return;
    const r = el.getBoundingClientRect();
    if (visuallyHidden(r, cs)) return;
    if (el instanceof SVGSVGElement) {
      const clone = cloneWithStyles(el);
      clone.setAttribute('x', fmt(r.left - origin.left));
      clone.setAttribute('y', fmt(r.top - origin.top));
      clone.setAttribute('width', fmt(r.width));
      clone.setAttribute('height', fmt(r.height));
      node.append(clone);
      return;
    }
    if (!transparent(cs.backgroundColor)) put(r, cs.backgroundColor);
    if (cs.backgroundImage.includes('gradient')) put(r, `url(#${HATCH_ID})`);
    for (const { box, colour } of borderBoxes(r, cs)) put(box, colour);
    for (const child of el.childNodes) {
      if (child instanceof Text) {
        for (const line of textLines(child)) {
          const t = svgEl('text', {
            x: fmt(line.x - origin.left),
            y: fmt(line.y - origin.top),
            'dominant-baseline': 'central',
            fill: cs.color,
            'font-family': cs.fontFamily,
            'font-size': cs.fontSize,
            'font-weight': cs.fontWeight,
          });
          if (cs.fontStyle !== 'normal') t.setAttribute('font-style', cs.fontStyle);
          t.textContent = line.text;
          node.append(t);
        }
      } else if (child instanceof Element) walk(child);
    }
  }

  walk(root);
  return { node, width: origin.width, height: origin.height };
}
