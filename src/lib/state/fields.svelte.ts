/**
 * Reactive fields made from a table of defaults: one `$state.raw` per key, behind an
 * accessor of the key's name. The Explorer extends the class this makes from the view
 * state's codec table, so its fields are the table's keys and no other.
 */

/** One value, replaced whole (never changed in place), so a step makes no proxy. */
class Cell<T> {
  value: T;
  constructor(initial: T) {
    this.value = $state.raw(initial);
  }
}

const CELLS = Symbol('cells');

/** A class whose instances have a reactive property for each key of `defaults`, starting at its value. */
export function stateFields<S extends object>(defaults: Readonly<S>): new () => S {
  const keys = Object.keys(defaults) as (keyof S & string)[];
  class Fields {
    /** Made once and never added to: the cells themselves are what change. */
    readonly [CELLS]: Readonly<Record<string, Cell<unknown>>> = Object.fromEntries(
      keys.map((k) => [k, new Cell<unknown>(defaults[k])]),
    );
  }
  for (const key of keys) {
    Object.defineProperty(Fields.prototype, key, {
      get(this: Fields) {
        return this[CELLS][key]?.value;
      },
      set(this: Fields, v: unknown) {
        const cell = this[CELLS][key];
        if (cell) cell.value = v;
      },
    });
  }
  return Fields as unknown as new () => S;
}
