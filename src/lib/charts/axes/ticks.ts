/** Axis helpers shared by the charts: money tick labels, label thinning, text width estimates. */
import { format, precisionFixed } from 'd3-format';

/**
 * Tick labels in £ millions with as many decimals as the tick step needs:
 * "£0", "£20m", "−£5m", "£0.5m".
 */
export function moneyTickFormat(ticks: readonly number[]): (v: number) => string {
  const step = ticks.length > 1 ? Math.abs((ticks[1] as number) - (ticks[0] as number)) / 1e6 : 1;
  const f = format(`,.${precisionFixed(step || 1)}f`);
  return (v) => (v === 0 ? '£0' : `${v < 0 ? '−' : ''}£${f(Math.abs(v) / 1e6)}m`);
}

/**
 * Show every step-th label so that labels about labelWidth px wide, centred
 * spacing px apart, keep at least gap px between them.
 */
export function labelStep(spacing: number, labelWidth: number, gap = 6): number {
  if (!(spacing > 0)) return 1;
  return Math.max(1, Math.ceil((labelWidth + gap) / spacing));
}

/** Rough glyph widths (em) of system UI fonts, for node (tests) where there is no canvas. */
function estimate(text: string, fontSize: number, weight: number): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.3;
    else if (/[0-9£−-]/.test(ch)) em += 0.62;
    else if (/[.,/:()]/.test(ch)) em += 0.34;
    else if (/[A-Z&]/.test(ch)) em += 0.7;
    else em += 0.58;
  }
  return Math.ceil(em * fontSize * (weight >= 600 ? 1.08 : 1));
}

let context: CanvasRenderingContext2D | null | undefined;
let family = 'sans-serif';
const cache = new Map<string, number>();

/**
 * A label's width in px, measured with the page's own font on a detached canvas
 * (no layout, no DOM writes), so label columns fit whatever font the reader has.
 */
export function textWidth(text: string, fontSize: number, weight = 400): number {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) family = getComputedStyle(document.body).fontFamily || family;
  }
  if (!context) return estimate(text, fontSize, weight);
  const key = `${weight} ${fontSize} ${text}`;
  let w = cache.get(key);
  if (w === undefined) {
    context.font = `${weight} ${fontSize}px ${family}`;
    w = Math.ceil(context.measureText(text).width);
    // Value labels change with every slider step: keep the cache bounded.
    if (cache.size > 2000) cache.clear();
    cache.set(key, w);
  }
  return w;
}
