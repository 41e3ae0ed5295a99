/**
 * Run `fn` just after the next frame has been painted: a requestAnimationFrame
 * callback runs before that paint, and a task queued from it runs after. Used to
 * build what is out of view at first (most assumption controls) after the
 * headline and map are on screen.
 */
export function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn));
}
