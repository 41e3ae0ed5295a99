/**
 * The page's Explorer, shared with the components of a view by typed context (App sets it)
 * rather than handed down as a prop through every layer.
 *
 * The context holds a function that reads the explorer, not the explorer itself: the page
 * puts a new Explorer in place when it runs on one's own areas (and back on London's), and
 * components built before then must follow it. A component reads it while it is set up:
 *
 *   const explorer = $derived.by(getExplorer());
 *
 * A component may set it again for those inside it: InSight gives its cards the explorer
 * read through its Sight. Scenario B of the Compare view is not an Explorer and is not in
 * this context: the components that show A beside B are handed B as a prop.
 */
import { createContext } from 'svelte';
import type { Explorer } from './explorer.svelte.ts';

/** Reads the explorer as it is now. */
type ExplorerSource = () => Explorer;

const [get, set, has] = createContext<ExplorerSource>();

/** Give the components inside this one their explorer. Call while a component is being set up. */
export function setExplorer(source: ExplorerSource): void {
  set(source);
}

/** The explorer of the component being set up, from the nearest component above that set it. */
export function getExplorer(): ExplorerSource {
  if (!has())
    throw new Error(
      'No explorer here: a component that reads the explorer must be inside one that sets it (setExplorer, as App does)',
    );
  return get();
}
