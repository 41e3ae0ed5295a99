/**
 * Typed arrays lent from one Monte Carlo to the next. The worker runs one after
 * another, each with some 20 MB of arrays of the same lengths; allocating them
 * afresh every time costs page faults and garbage collection (tens of
 * milliseconds in a browser). Spare arrays are kept up to a limit, those of the
 * lengths used least recently let go first.
 */
export class Buffers {
  /** Spare arrays by length, the most recently used lengths last. */
  private spare = new Map<number, Float64Array[]>();
  private lent: Float64Array[] = [];

  constructor(private readonly limitBytes = 64 * 1024 * 1024) {}

  /** A zeroed array of n values, lent until reclaim(). */
  take(n: number): Float64Array {
    const list = this.spare.get(n);
    const a = list?.pop();
    const out = a ? a.fill(0) : new Float64Array(n);
    this.lent.push(out);
    return out;
  }

  /** Everything lent becomes spare again. */
  reclaim(): void {
    for (const a of this.lent) {
      const list = this.spare.get(a.length) ?? [];
      this.spare.delete(a.length);
      list.push(a);
      this.spare.set(a.length, list);
    }
    this.lent = [];
    let bytes = 0;
    for (const list of this.spare.values()) for (const a of list) bytes += a.byteLength;
    for (const [n, list] of this.spare) {
      if (bytes <= this.limitBytes) break;
      bytes -= list.length * n * Float64Array.BYTES_PER_ELEMENT;
      this.spare.delete(n);
    }
  }
}
