/**
 * Order areas by name. The names are plain English words, for which code-unit
 * order is alphabetical (a unit test checks it against the locale's order for
 * every area); `localeCompare` would start the locale's collator on first use,
 * about 20 ms of the first page load.
 */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
