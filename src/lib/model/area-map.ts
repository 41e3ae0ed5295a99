/**
 * Maps keyed by area id whose values are made on first get and kept: a run of 5,000
 * areas builds nested results and summaries only for the areas a view asks for.
 * Iterating one makes every value; views that cover every area read columns instead.
 */
export class LazyAreaMap<V> implements ReadonlyMap<string, V> {
  readonly #made = new Map<string, V>();

  constructor(
    readonly ids: readonly string[],
    readonly index: ReadonlyMap<string, number>,
    private readonly make: (i: number) => V,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  get(id: string): V | undefined {
    const made = this.#made.get(id);
    if (made !== undefined) return made;
    const i = this.index.get(id);
    if (i === undefined) return undefined;
    const v = this.make(i);
    this.#made.set(id, v);
    return v;
  }

  *entries(): MapIterator<[string, V]> {
    for (const id of this.ids) yield [id, this.get(id) as V];
  }

  *keys(): MapIterator<string> {
    yield* this.ids;
  }

  *values(): MapIterator<V> {
    for (const id of this.ids) yield this.get(id) as V;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [id, v] of this.entries()) fn(v, id, this);
  }
}
