/**
 * Views out of sight wait: a chart below the fold does no work on a slider step,
 * and is brought up to date when it comes near the screen, when input pauses, or
 * before the page is printed. What a person sees is always current; what they
 * cannot see catches up a moment later, so a screen reader's browse mode, find in
 * page or a print read current figures too.
 */
import { flushSync, untrack } from 'svelte';

/** How long input must pause before views out of sight catch up (ms). */
export const CATCH_UP_MS = 300;

/** Whether a view is in sight, and a signal that brings it up to date while it is not. */
export class Sight {
  /** Near the screen: the view follows every change. */
  seen = $state(false);
  #catchUps = $state(0);

  /**
   * Read `fn` as the view should: tracked while in sight; while out of sight the
   * view depends only on this object, and reads the current value untracked.
   */
  read<T>(fn: () => T): T {
    if (this.seen) return fn();
    void this.#catchUps;
    return untrack(fn);
  }

  /** Bring a view out of sight up to date, once. */
  catchUp(): void {
    this.#catchUps++;
  }
}

/**
 * The same object, read through a Sight: properties are read with `sight.read`,
 * writes and methods go to the object itself. Only its own properties are held back:
 * a deeply reactive value inside one of them is still followed (the charts read
 * results, which are plain objects).
 */
export function throughSight<T extends object>(target: T, sight: Sight): T {
  return new Proxy(target, {
    get(t, key) {
      const value: unknown = sight.read(() => Reflect.get(t, key));
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(t) : value;
    },
    set: (t, key, value) => Reflect.set(t, key, value),
  });
}

/** Keep `sight.seen` true while `el` is within `margin` of the viewport. */
export function watchSight(el: Element, sight: Sight, margin = '25%'): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      const last = entries.at(-1);
      if (last) sight.seen = last.isIntersecting;
    },
    { rootMargin: `${margin} 0px ${margin} 0px` },
  );
  observer.observe(el);
  return () => observer.disconnect();
}

/**
 * While `sight` is not seen, bring its views up to date once `changes` (whatever
 * can change them, read here) has held still for CATCH_UP_MS, and before printing.
 * Call while a component is being set up.
 */
export function catchUpOutOfSight(sight: Sight, changes: () => void): void {
  $effect(() => {
    if (sight.seen) return;
    changes();
    const id = setTimeout(() => sight.catchUp(), CATCH_UP_MS);
    return () => clearTimeout(id);
  });
  $effect(() => {
    const beforePrint = () => {
      sight.catchUp();
      flushSync();
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  });
}
