/**
 * Load what the first screen does not show only when someone may want it: at the
 * first sign of a person using the page (the pointer, a key, a scroll, focus), or
 * as soon as a marker element comes near the viewport. A page nobody touches
 * fetches only what it shows. (The print command is listened for too, as a last
 * chance, though what it starts arrives after the page has been printed.)
 */

/** Events that mean a person is using the page. Listened for on window, capturing, so any target counts. */
const INPUT = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll', 'focusin'] as const;

/** Run `fn` once, at the first input or print. Returns a function that stops waiting. */
export function onFirstInput(fn: () => void): () => void {
  let done = false;
  const stop = () => {
    for (const type of INPUT) window.removeEventListener(type, run, true);
    window.removeEventListener('beforeprint', run);
  };
  function run(): void {
    if (done) return;
    done = true;
    stop();
    fn();
  }
  for (const type of INPUT) window.addEventListener(type, run, { capture: true, passive: true });
  window.addEventListener('beforeprint', run);
  return stop;
}

/**
 * Run `fn` once, when `el` is within `margin` of the viewport (at once if the
 * first screen already shows it, as on a tall monitor) or at the first input.
 */
export function whenWanted(el: Element, fn: () => void, margin = '400px'): () => void {
  let done = false;
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) run();
    },
    { rootMargin: `0px 0px ${margin} 0px` },
  );
  const stopInput = onFirstInput(run);
  const stop = () => {
    observer.disconnect();
    stopInput();
  };
  function run(): void {
    if (done) return;
    done = true;
    stop();
    fn();
  }
  observer.observe(el);
  return stop;
}
