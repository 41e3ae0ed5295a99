/** Rendered sizes of the text a person can see on the page, for readability checks. */
import type { Page } from 'playwright-core';

export interface ShownText {
  text: string;
  /** Font size as drawn on the screen, CSS px (after SVG and CSS scaling). */
  px: number;
  /** Where the text is drawn, CSS px from the viewport's top left. */
  bottom: number;
  right: number;
}

/** Every visible run of text inside `root`, with its drawn font size. */
export function shownTexts(page: Page, root: string): Promise<ShownText[]> {
  return page.evaluate((selector) => {
    const out: { text: string; px: number; bottom: number; right: number }[] = [];
    const start = document.querySelector(selector);
    if (!start) return out;
    const walker = document.createTreeWalker(start, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      // Unseen: empty, clipped away (visually hidden) or off the screen.
      if (r.width < 2 || r.height < 2) continue;
      if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      if (el.closest('.visually-hidden')) continue;
      let scale = 1;
      if (el instanceof SVGGraphicsElement) {
        const ctm = el.getScreenCTM();
        scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      } else {
        let e: HTMLElement | null = el;
        while (e && e.offsetWidth === 0) e = e.parentElement;
        if (e && e.offsetWidth > 0) scale = e.getBoundingClientRect().width / e.offsetWidth;
      }
      out.push({
        text: text.slice(0, 40),
        px: parseFloat(style.fontSize) * scale,
        bottom: r.bottom,
        right: r.right,
      });
    }
    return out;
  }, root);
}
