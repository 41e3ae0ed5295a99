/**
 * Seeded randomness for the Monte Carlo: sfc32 (Chris Doty-Humphrey's small fast
 * counting generator), seeded through splitmix32 so that nearby integer seeds give
 * unrelated streams. Deterministic for a given seed, on every JS engine.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** splitmix32: spreads a 32-bit state into well-mixed words for seeding. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/** sfc32 state, seeded from an integer (any safe integer, negative included). */
function seedState(seed: number): Int32Array {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, not ${seed}`);
  const low = seed >>> 0;
  const high = Math.floor(seed / 4294967296) >>> 0;
  const mix = splitmix32(low ^ Math.imul(high, 0x85ebca6b));
  const state = Int32Array.of(mix(), mix(), mix(), mix() | 1);
  // Discard the first outputs, as the generator's author recommends.
  fillUniform(state, new Float64Array(12));
  return state;
}

/** Fill out with the next uniform numbers in [0, 1) of the sfc32 state (a, b, c, counter d). */
function fillUniform(state: Int32Array, out: Float64Array): void {
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  for (let i = 0; i < out.length; i++) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    out[i] = (t >>> 0) / 4294967296;
  }
  state.set([a, b, c, d]);
}

/** A generator for an integer seed. */
export function seededRandom(seed: number): Random {
  const state = seedState(seed);
  const one = new Float64Array(1);
  return () => {
    fillUniform(state, one);
    return one[0]!;
  };
}

/** The first n numbers of seededRandom(seed), at once (into `out` when given). */
export function seededUniforms(
  seed: number,
  n: number,
  out: Float64Array = new Float64Array(n),
): Float64Array {
  fillUniform(seedState(seed), out.length === n ? out : out.subarray(0, n));
  return out;
}

/**
 * Inverse CDF of the triangular distribution on [low, high] with the given mode,
 * at u in [0, 1). low <= mode <= high; the result is clamped to [low, high].
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (!(width > 0)) return low;
  const x =
    u * width < mode - low
      ? low + Math.sqrt(u * width * (mode - low))
      : high - Math.sqrt((1 - u) * width * (high - mode));
  return x < low ? low : x > high ? high : x;
}
