/**
 * Reading one value typed by a person, from a link or a command line: the page and the
 * model CLI both read through these, so the same text gives the same value everywhere.
 * Nothing here throws: a reading says what became of the text, and each caller decides
 * what to say (the page always keeps going; the CLI refuses what it would have to guess).
 */
import { paramDef, type ParamId } from '../model/index.ts';

/** What one piece of text became. */
export type Reading<T> =
  /** The value exactly as given. */
  | { kind: 'exact'; value: T }
  /** A value within range put on its control's step: the page and the CLI take it, and say so. */
  | { kind: 'stepped'; value: T }
  /** Outside the range, or not whole: the nearest allowed value (the page takes it and says so; the CLI refuses). */
  | { kind: 'changed'; value: T }
  /** Not a value of this kind at all: the page keeps its default and says so; the CLI refuses. */
  | { kind: 'invalid' };

/** How text becomes a value and a value becomes text again. */
export interface ValueCodec<T> {
  read(raw: string): Reading<T>;
  write(value: T): string;
  /** What the values are, said to refuse one: "must be a year from 2017 to 2030", "is one of a, b". */
  readonly expects: string;
  /** What one value is called, for text that is not one ("a year"); none for a list of words. */
  readonly noun?: string;
}

/** Characters that reorder text (bidirectional embeddings, overrides and isolates): a link could use them to make a notice read as something else. */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Show untrusted text in a notice safely and briefly (it is rendered as text, never HTML), on one line. */
export function quote(text: string): string {
  const clean = [...text.replace(BIDI, '')].filter((ch) => ch >= ' ' && ch !== '\u007f').join('');
  return `"${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}"`;
}

/** A plain decimal number ("0.12", "-3", "1e9"); not hex, binary, octal, "Infinity" or blank. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A link's (or the CLI's) number, or NaN for anything that is not a plain decimal number. */
export function decimal(raw: string): number {
  const t = raw.trim();
  return DECIMAL.test(t) ? Number(t) : Number.NaN;
}

/** Round to the parameter's step grid so slider, link and CLI agree. */
export function snapToStep(id: ParamId, x: number): number {
  const d = paramDef(id);
  const snapped = d.min + Math.round((x - d.min) / d.step) * d.step;
  const decimals = Math.max(0, -Math.floor(Math.log10(d.step)) + 2);
  return Math.min(d.max, Math.max(d.min, Number(snapped.toFixed(decimals))));
}

/** A whole number (or a year) in [min, max]: rounded and clamped ("changed") when it is not one. */
export function wholeValue(min: number, max: number, kind: 'number' | 'year' = 'number'): ValueCodec<number> {
  return {
    read(raw) {
      const n = decimal(raw);
      if (!Number.isFinite(n)) return { kind: 'invalid' };
      const value = Math.min(max, Math.max(min, Math.round(n)));
      return value === n ? { kind: 'exact', value } : { kind: 'changed', value };
    },
    write: String,
    expects: `must be ${kind === 'year' ? 'a year' : 'a whole number'} from ${min} to ${max}`,
    noun: `a ${kind}`,
  };
}

/** One of a fixed list of words. */
export function choiceValue<T extends string>(allowed: readonly T[]): ValueCodec<T> {
  return {
    read: (raw) =>
      (allowed as readonly string[]).includes(raw) ? { kind: 'exact', value: raw as T } : { kind: 'invalid' },
    write: String,
    expects: `is one of ${allowed.join(', ')}`,
  };
}

/** A parameter's value: put on its slider's step within range ("stepped"), or clamped to it ("changed"). */
export function paramValue(id: ParamId): ValueCodec<number> {
  const def = paramDef(id);
  return {
    read(raw) {
      const n = decimal(raw);
      if (!Number.isFinite(n)) return { kind: 'invalid' };
      const value = snapToStep(id, n);
      if (n < def.min || n > def.max) return { kind: 'changed', value };
      return value === n ? { kind: 'exact', value } : { kind: 'stepped', value };
    },
    write: String,
    expects: `must be a number from ${def.min} to ${def.max}`,
    noun: 'a number',
  };
}

/** Key and value pairs as given, in order, with the first value of each key; later ones are only counted. */
export interface FirstValues {
  values: Map<string, string>;
  /** Keys given more than once, in the order first repeated. */
  repeated: string[];
}

/** The first value of each key, as a link's repeated key is read: the rest are ignored, and said once each. */
export function firstValues(pairs: Iterable<readonly [string, string]>): FirstValues {
  const values = new Map<string, string>();
  const repeated = new Set<string>();
  for (const [key, value] of pairs) {
    if (values.has(key)) repeated.add(key);
    else values.set(key, value);
  }
  return { values, repeated: [...repeated] };
}

/** The most notices said about one link or command line; beyond it, one line says how many more there were. */
export const MAX_NOTICES = 10;

/** At most MAX_NOTICES notices, the last saying how many more `things` there were ("changes to the link"). */
export function capNotices(notices: readonly string[], things: string): string[] {
  if (notices.length <= MAX_NOTICES) return [...notices];
  const more = notices.length - (MAX_NOTICES - 1);
  return [...notices.slice(0, MAX_NOTICES - 1), `…and ${more} more ${things}.`];
}
