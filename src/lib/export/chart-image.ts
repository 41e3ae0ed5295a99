/**
 * SVG and PNG of a chart card for slides and reports: the card's title, subtitle
 * and scenario above the chart, its footnote, the source line and the link
 * below, all inside the image. Loaded on demand (dynamic import on click).
 */
import { NHS, rgba, SHADES, UI } from '../palette.ts';
import { downloadBlob } from './csv.ts';
import { HATCH_ID, snapshot, svgEl, SVG_NS } from './snapshot.ts';
import { SOURCE_LINE } from './source-line.ts';
import { wrapText } from './wrap.ts';

export interface ImageText {
  title: string;
  subtitle: string;
  /** "Evidence: central, with 2 changes". */
  scenario: string;
  footnote?: string | undefined;
  link: string;
}

/** Presentation width of the PNG, in pixels. */
export const PNG_WIDTH = 1920;

const PAD = 24;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const INK = NHS.black;
const GREY = UI.secondaryText;

function measurer(): (font: string) => (s: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  return (font) => (s) => {
    if (!ctx) return s.length * 8;
    ctx.font = font;
    return ctx.measureText(s).width;
  };
}

/** The whole picture as an <svg> element, sized in CSS pixels like the card on screen. */
function chartSvg(body: HTMLElement, text: ImageText): SVGSVGElement {
  const shot = snapshot(body);
  const width = Math.max(480, Math.ceil(shot.width)) + 2 * PAD;
  const inner = width - 2 * PAD;
  const measure = measurer();
  const out = svgEl('svg', { xmlns: SVG_NS, width, 'font-family': FONT });
  const parts: SVGElement[] = [];
  let y = PAD;

  const block = (s: string, size: number, weight: number, fill: string, gap = 4) => {
    const lines = wrapText(s, inner, measure(`${weight} ${size}px ${FONT}`));
    for (const line of lines) {
      y += size * 1.25;
      const t = svgEl('text', { x: PAD, y: y - size * 0.25, 'font-size': size, 'font-weight': weight, fill });
      t.textContent = line;
      parts.push(t);
    }
    y += gap;
  };

  block(text.title, 22, 700, INK);
  block(text.subtitle, 15, 400, GREY);
  if (text.scenario) block(`Scenario: ${text.scenario}`, 15, 600, INK);
  y += 8;
  shot.node.setAttribute('transform', `translate(${PAD} ${y})`);
  parts.push(shot.node);
  y += shot.height + 12;
  if (text.footnote) block(text.footnote, 12, 400, GREY);
  block(SOURCE_LINE, 12, 400, GREY);
  block(text.link, 12, 400, GREY);
  const height = Math.ceil(y + PAD - 4);

  const hatch = svgEl('pattern', {
    id: HATCH_ID,
    width: 6,
    height: 6,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  hatch.append(svgEl('rect', { width: 1.5, height: 6, fill: rgba(SHADES.hatch) }));
  const defs = svgEl('defs');
  defs.append(hatch);
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.append(defs, svgEl('rect', { width, height, fill: NHS.white }), ...parts);
  return out;
}

function svgText(svg: SVGSVGElement): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

/** How long the browser may take to draw the chart before the PNG is given up, in ms. */
const DRAW_TIMEOUT = 20_000;

/** The bytes of a data: URL's base64 payload. */
function dataUrlBytes(url: string): Uint8Array<ArrayBuffer> {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Rasterise SVG text at PNG_WIDTH pixels wide: an <img> from a blob: URL drawn on a canvas.
 * Encoded with toDataURL, which runs at once, rather than toBlob, whose encoding waits for
 * the browser to be idle; drawing the image gives up with a message after DRAW_TIMEOUT.
 */
async function pngOf(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      timer = setTimeout(
        () => reject(new Error('the browser took too long to draw the chart')),
        DRAW_TIMEOUT,
      );
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = PNG_WIDTH;
    canvas.height = Math.round((height * PNG_WIDTH) / width);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const png = canvas.toDataURL('image/png');
    if (!png.startsWith('data:image/png')) throw new Error('this browser cannot make a PNG');
    return new Blob([dataUrlBytes(png)], { type: 'image/png' });
  } finally {
    clearTimeout(timer);
    URL.revokeObjectURL(url);
  }
}

/** Build the image of a card's body and offer it as a download named `file`. */
export async function downloadChart(
  body: HTMLElement,
  text: ImageText,
  format: 'svg' | 'png',
  file: string,
): Promise<void> {
  const svg = chartSvg(body, text);
  const source = svgText(svg);
  if (format === 'svg') {
    downloadBlob(file, new Blob([source], { type: 'image/svg+xml' }));
    return;
  }
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  downloadBlob(file, await pngOf(source, width, height));
}
