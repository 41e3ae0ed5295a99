/**
 * Where the time of each key press goes, read from a Chromium trace: the page's
 * handler (the keydown with the model and every view updated), the wait for the
 * next frame to start, the frame's own rendering (style, layout, paint, commit)
 * and the raster and draw until the compositor has drawn it.
 *
 * Event Timing (what the budget counts) reports roughly the total of these, plus
 * the delay before the handler, rounded to 8 ms. A press that lands just after a
 * frame has started cannot be drawn before the next one, so its duration is about
 * a frame plus render plus draw whatever the handler costs; this breakdown shows
 * which part a change would have to shrink.
 */
import type { Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

export interface PressFrame {
  handlerMs: number;
  waitMs: number;
  renderMs: number;
  drawMs: number;
}

// Key events (devtools.timeline), the main-thread frame (cc) and the compositor's draw (viz).
const CATEGORIES = 'devtools.timeline,cc,viz';

/** Runs `press` under a trace and returns one row per keydown that got a frame of its own. */
export async function keyPressFrames(page: Page, press: () => Promise<void>): Promise<PressFrame[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await press();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return framesOf(events);
}

const end = (e: TraceEvent): number => e.ts + (e.dur ?? 0);
const thread = (e: TraceEvent): string => `${e.pid}:${e.tid}`;

/** The thread with the most events named `name`. */
function busiest(events: readonly TraceEvent[], name: string): string | undefined {
  const counts = new Map<string, number>();
  for (const e of events) if (e.name === name) counts.set(thread(e), (counts.get(thread(e)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Pairs each keydown with the first frame its thread begins after it, and that frame
 * with the compositor's first draw after it. A keydown that shares its frame with the
 * next keydown is left out, and so is one whose frame drew nothing before the next
 * frame ended (the draw after that shows the next frame, not this one).
 */
export function framesOf(events: readonly TraceEvent[]): PressFrame[] {
  const spans = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const keydowns = spans.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const first = keydowns[0];
  if (!first) return [];
  // The renderer's main thread dispatched the key presses; the busiest drawing thread is the compositor's.
  const main = thread(first);
  const compositor = busiest(spans, 'Display::DrawAndSwap');
  const keys = keydowns.filter((e) => thread(e) === main);
  const frames = spans.filter((e) => e.name === 'ProxyMain::BeginMainFrame' && thread(e) === main);
  const draws = spans.filter((e) => e.name === 'Display::DrawAndSwap' && thread(e) === compositor);
  const rows: PressFrame[] = [];
  let f = 0;
  let d = 0;
  keys.forEach((k, i) => {
    while (f < frames.length && frames[f]!.ts < end(k)) f++;
    const frame = frames[f];
    const next = keys[i + 1];
    if (!frame || (next && next.ts < frame.ts)) return;
    while (d < draws.length && draws[d]!.ts < end(frame)) d++;
    const draw = draws[d];
    const following = frames[f + 1];
    if (!draw || (following && draw.ts >= end(following))) return;
    rows.push({
      handlerMs: (k.dur ?? 0) / 1000,
      waitMs: (frame.ts - end(k)) / 1000,
      renderMs: (frame.dur ?? 0) / 1000,
      drawMs: (end(draw) - end(frame)) / 1000,
    });
    f++;
  });
  return rows;
}
