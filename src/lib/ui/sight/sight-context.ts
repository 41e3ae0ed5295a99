/**
 * A view's Sight, handed down by InSight, so that a card can bring itself up to date
 * before it is exported. Its own module: the cards are in the first page load, the rest
 * of sight.svelte.ts is not.
 */
import { flushSync, getContext, setContext } from 'svelte';

/** What a card needs of its Sight (sight.svelte.ts). */
interface SightLike {
  readonly seen: boolean;
  catchUp(): void;
}

const KEY = Symbol('sight');

/** Give the views inside a component its Sight (InSight does). */
export function setSight(sight: SightLike): void {
  setContext(KEY, sight);
}

/**
 * For a view that may be out of sight, a function that brings it up to date at once:
 * before it is exported, its figures must be the scenario's. Call while a component is
 * being set up; outside any Sight the function does nothing.
 */
export function upToDate(): () => void {
  const sight = getContext<SightLike | undefined>(KEY);
  return () => {
    if (!sight || sight.seen) return;
    sight.catchUp();
    flushSync();
  };
}
