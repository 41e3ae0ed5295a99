/**
 * Copies the computed styles that paint an SVG onto a clone of it, so the clone
 * looks the same outside the page (the charts are styled by CSS classes).
 */

/** Painting properties, with the initial value that need not be written. */
const PAINT: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'font-family': '',
  'font-size': '',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'paint-order': 'normal',
  'vector-effect': 'none',
};

/** Not inherited: compared with the initial value, the rest with the parent's. */
const NOT_INHERITED = new Set(['opacity', 'vector-effect']);

/** Attributes that belong to the page (interaction, accessibility, styling hooks), not to the picture. */
const DROP = /^(class|style|role|tabindex|aria-.*|data-.*|focusable)$/;

/** A url(...) paint as a same-document reference, whatever form the browser reports it in. */
export function localUrl(value: string): string {
  return value.replace(/url\(\s*["']?[^#"')]*(#[^"')]+)["']?\s*\)/g, 'url($1)');
}

/** Clone an on-page <svg> with every element's computed paint inlined; hidden elements are left out. */
export function cloneWithStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  const hidden: Element[] = [];
  const styles = new Map<Element, CSSStyleDeclaration>();
  const style = (el: Element) => {
    let cs = styles.get(el);
    if (!cs) styles.set(el, (cs = getComputedStyle(el)));
    return cs;
  };
  from.forEach((src, i) => {
    const dst = to[i] as Element;
    const cs = style(src);
    if (cs.display === 'none' || cs.visibility === 'hidden') {
      hidden.push(dst);
      return;
    }
    const parent = i === 0 || !src.parentElement ? null : style(src.parentElement);
    for (const attr of [...dst.attributes]) {
      if (DROP.test(attr.name) || attr.name in PAINT) dst.removeAttribute(attr.name);
    }
    const inline = Object.entries(PAINT)
      .map(([prop, initial]) => {
        const base = parent && !NOT_INHERITED.has(prop) ? parent.getPropertyValue(prop) : initial;
        return [prop, cs.getPropertyValue(prop), base] as const;
      })
      .filter(([, v, base]) => v !== '' && v !== base)
      .map(([prop, v]) => `${prop}:${localUrl(v)}`)
      .join(';');
    if (inline) dst.setAttribute('style', inline);
  });
  for (const el of hidden) el.remove();
  return clone;
}
