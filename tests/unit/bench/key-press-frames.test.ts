/** The bench's trace reading: each keydown paired with the frame begun after it and that frame's draw. */
import { describe, expect, it } from 'vitest';
import { framesOf } from '../../../scripts/key-press-frames.ts';

const MAIN = { pid: 1, tid: 10 };
const key = (ts: number, dur: number, on = MAIN) => ({
  name: 'EventDispatch',
  ph: 'X',
  ts,
  dur,
  ...on,
  args: { data: { type: 'keydown' } },
});
const frame = (ts: number, dur: number, on = MAIN) => ({
  name: 'ProxyMain::BeginMainFrame',
  ph: 'X',
  ts,
  dur,
  ...on,
});
const draw = (ts: number, dur: number) => ({
  name: 'Display::DrawAndSwap',
  ph: 'X',
  ts,
  dur,
  pid: 2,
  tid: 20,
});

describe('framesOf', () => {
  it('splits a press into handler, wait for the frame, render, and raster and draw', () => {
    // A key at 0 handled for 5 ms; the next frame starts at 16.7 ms, renders for 3 ms; drawn by 22 ms.
    const rows = framesOf([
      frame(-3000, 2000),
      draw(-500, 400),
      key(0, 5000),
      frame(16_700, 3000),
      draw(21_000, 1000),
    ]);
    expect(rows).toHaveLength(1);
    const [r] = rows;
    expect(r!.handlerMs).toBe(5);
    expect(r!.waitMs).toBeCloseTo(11.7, 6);
    expect(r!.renderMs).toBe(3);
    expect(r!.drawMs).toBeCloseTo(2.3, 6);
  });

  it('ignores frames of other threads and events other than keydown, and drops a press never drawn', () => {
    const other = { pid: 1, tid: 11 };
    const rows = framesOf([
      { ...key(0, 1000), args: { data: { type: 'keyup' } } },
      key(100, 1000),
      frame(1200, 5000, other),
      frame(2000, 1000),
      draw(3500, 500),
      key(10_000, 1000),
    ]);
    expect(rows).toEqual([{ handlerMs: 1, waitMs: 0.9, renderMs: 1, drawMs: 1 }]);
  });

  it('gives a frame and a draw to one press only: a press that shares its frame with the next is left out', () => {
    const rows = framesOf([
      key(0, 1000),
      key(2000, 1000),
      frame(16_700, 3000),
      draw(20_000, 1000),
      key(33_000, 1000),
      frame(50_000, 2000),
      draw(53_000, 1000),
    ]);
    expect(rows.map((r) => r.waitMs)).toEqual([13.7, 16]);
  });

  it("leaves out a press whose frame drew nothing, rather than giving it the next frame's draw", () => {
    const rows = framesOf([
      key(0, 1000),
      frame(16_700, 2000), // commits nothing new: no draw follows before the next frame
      key(33_000, 1000),
      frame(50_000, 2000),
      draw(53_000, 1000),
      key(66_000, 1000),
      frame(83_400, 2000),
      draw(86_000, 1000),
    ]);
    expect(rows.map((r) => r.drawMs)).toEqual([2, 1.6]);
  });

  it("reads draws from the compositor's thread only", () => {
    const stray = { name: 'Display::DrawAndSwap', ph: 'X', ts: 3200, dur: 10, pid: 3, tid: 30 };
    const rows = framesOf([key(0, 1000), frame(2000, 1000), stray, draw(4000, 500), draw(20_000, 500)]);
    expect(rows).toEqual([{ handlerMs: 1, waitMs: 1, renderMs: 1, drawMs: 1.5 }]);
  });

  it('gives nothing for a trace without key presses', () => {
    expect(framesOf([frame(0, 1000), draw(1500, 100)])).toEqual([]);
  });
});
