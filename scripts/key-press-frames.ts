/**
 * Where the time of each key press goes, read from a Chromium trace: the page's
 * handler (the keydown with the model and every view updated), the wait for the
 * next frame to start, the frame's own rendering (style, layout, paint, commit)
 * and the raster and draw until it is on screen.
 *
 * Event Timing (what the budget counts) reports the sum, rounded to 8 ms. A press
 * that lands just after a frame has started cannot be drawn before the next one,
 * so its duration is about a frame plus render plus draw, whatever the handler
 * costs; this breakdown shows which part a change would have to shrink.
 */
import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

export interface PressFrame {
  handlerMs: number;
  waitMs: number;
  renderMs: number;
  drawMs: number;
}

// Key events (devtools.timeline), the main-thread frame (cc) and the compositor's draw (viz).
const CATEGORIES = 'devtools.timeline,cc,viz';

/** Runs `press` under a trace and returns one row per keydown that reached the screen. */
export async function keyPressFrames(page: Page, press: () => Promise<void>): Promise<PressFrame[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await press();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return framesOf(events);
}

const end = (e: TraceEvent): number => e.ts + (e.dur ?? 0);

/** Pairs each keydown with the first frame begun after it and the first draw after that frame. */
export function framesOf(events: readonly TraceEvent[]): PressFrame[] {
  const spans = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const keydowns = spans.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const first = keydowns[0];
  if (!first) return [];
  // The renderer's main thread is the one that dispatched the key presses.
  const onMain = (e: TraceEvent): boolean => e.pid === first.pid && e.tid === first.tid;
  const frames = spans.filter((e) => e.name === 'ProxyMain::BeginMainFrame' && onMain(e));
  const draws = spans.filter((e) => e.name === 'Display::DrawAndSwap');
  const rows: PressFrame[] = [];
  for (const k of keydowns.filter(onMain)) {
    // 50 µs of slack: the frame can start in the same microsecond the handler ends.
    const frame = frames.find((f) => f.ts >= end(k) - 50);
    const draw = frame && draws.find((d) => d.ts >= end(frame));
    if (!frame || !draw) continue;
    rows.push({
      handlerMs: (k.dur ?? 0) / 1000,
      waitMs: (frame.ts - end(k)) / 1000,
      renderMs: (frame.dur ?? 0) / 1000,
      drawMs: (end(draw) - end(frame)) / 1000,
    });
  }
  return rows;
}
