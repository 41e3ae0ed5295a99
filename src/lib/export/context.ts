/** What every download needs from the page: the scenario's name, the area shown and the link to it. */
import { getContext, setContext } from 'svelte';

export interface ExportContext {
  scenario: () => string;
  /** The area the page shows, for file names. */
  area: () => string;
  link: () => string;
}

const KEY = Symbol('export');

export function setExportContext(context: ExportContext): void {
  setContext(KEY, context);
}

export function getExportContext(): ExportContext | undefined {
  return getContext<ExportContext | undefined>(KEY);
}

/** The address of the page with this query: what "Copy link" copies and the exports cite. */
export function linkFor(query: string): string {
  // From the URL itself: on a file:// page (the offline single file) location.origin is "null".
  const url = new URL(location.href);
  url.search = query;
  url.hash = '';
  return url.href;
}
