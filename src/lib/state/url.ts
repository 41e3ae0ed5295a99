/**
 * The URL query string <-> ViewState, walking the codec table of view-state.ts. Decoding
 * never throws: every value is parsed, clamped to its range or dropped, and each such
 * change is reported as a plain-language notice for the page to show.
 */
import type { Query } from './codec.ts';
import { capNotices, firstValues, quote } from './read.ts';
import { B_PREFIX, DEFAULT_STATE, TABLE, VIEW_KEYS, type ViewState } from './view-state.ts';

export { decimal, snapToStep, MAX_NOTICES } from './read.ts';
export { B_PREFIX };

export interface Decoded {
  state: ViewState;
  notices: string[];
}

/** Query keys that hold screen state, in the order a link lists them; every other key must be a parameter id. */
export const STATE_KEYS: readonly string[] = VIEW_KEYS.flatMap((k) => TABLE[k].keys);

/** Whether some field of the table reads this query key. */
function isKnown(key: string): boolean {
  return STATE_KEYS.includes(key) || VIEW_KEYS.some((k) => TABLE[k].family?.(key) === true);
}

function decodeKey<K extends keyof ViewState>(
  state: ViewState,
  k: K,
  q: Query,
  notices: string[],
  areaIds: ReadonlySet<string>,
): void {
  state[k] = TABLE[k].decode(q, state, notices, { areaIds });
}

/** Parse a query string (with or without "?") into a valid state and notices. */
export function decodeQuery(query: string, areaIds: ReadonlySet<string>): Decoded {
  const state: ViewState = { ...DEFAULT_STATE };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { state, notices: ['The link could not be read: showing the default view.'] };
  }
  const { values, repeated } = firstValues(params);
  const notices = repeated.map((key) => `The link repeats ${quote(key)}: the first value was used.`);
  const q: Query = { get: (key) => values.get(key), keys: [...values.keys()] };
  for (const k of VIEW_KEYS) decodeKey(state, k, q, notices, areaIds);
  for (const key of q.keys) if (!isKnown(key)) notices.push(`Ignored the unknown setting ${quote(key)}.`);
  return { state, notices: capNotices(notices, 'changes to the link') };
}

function encodeKey<K extends keyof ViewState>(state: ViewState, k: K): [string, string][] {
  return TABLE[k].encode(state[k], state);
}

/** The query string for a state, listing only what differs from the defaults ("" for the default view). */
export function encodeQuery(state: ViewState): string {
  const pairs = VIEW_KEYS.flatMap((k) => encodeKey(state, k));
  // Each field's own keys in table order, then the parameter families (A's, then B's).
  const fixed = pairs.filter(([key]) => STATE_KEYS.includes(key));
  const families = pairs.filter(([key]) => !STATE_KEYS.includes(key));
  const text = new URLSearchParams([...fixed, ...families]).toString();
  return text === '' ? '' : `?${text}`;
}
