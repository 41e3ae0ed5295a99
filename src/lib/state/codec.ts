/**
 * The parts a view-state table is made of: one field per key of the state, each saying
 * which query keys it owns, its default, how it reads a link (with a notice for every
 * change) and how it writes one. view-state.ts declares the table; url.ts, the Explorer
 * and the CLI derive from it.
 */
import { paramDef, type ParamId } from '../model/index.ts';
import { paramValue, quote, type Reading, type ValueCodec } from './read.ts';

/** A link's query as read: the first value of each key. */
export interface Query {
  get(key: string): string | undefined;
  /** Every key once, in the order the link gives them. */
  readonly keys: readonly string[];
}

/** What decoding needs beyond the link: the area ids the page can show. */
export interface DecodeContext {
  areaIds: ReadonlySet<string>;
}

/** One key of the state `S`, of type `T`. */
export interface Field<T, S> {
  /** The query keys it reads and writes, in the order a link lists them. */
  readonly keys: readonly string[];
  /** An open family of query keys it also owns (parameter ids); a link lists them after every fixed key. */
  readonly family?: (key: string) => boolean;
  readonly default: T;
  /** Its value from a link, given the fields before it in the table; each change is said in `notices`. */
  decode(q: Query, before: Readonly<S>, notices: string[], ctx: DecodeContext): T;
  /** The query pairs for its value; none for what a link need not say. */
  encode(value: T, state: Readonly<S>): [string, string][];
}

/** A field that is one query key holding one value: the CLI reads its flags through `value`. */
export interface SimpleField<T, S> extends Field<T, S> {
  readonly key: string;
  readonly value: ValueCodec<T>;
}

/** The page's notice for a value it changed, named `what`; null when it took it as given. */
export function noticeFor<T>(
  what: string,
  raw: string,
  reading: Reading<T>,
  codec: ValueCodec<T>,
  fallback: string,
): string | null {
  switch (reading.kind) {
    case 'exact':
      return null;
    case 'invalid':
      return codec.noun === undefined
        ? `Unknown ${what} ${quote(raw)}: showing ${fallback} instead.`
        : `The ${what} ${quote(raw)} is not ${codec.noun}: using ${fallback}.`;
    default:
      return `The ${what} ${quote(raw)} was changed to ${codec.write(reading.value)}.`;
  }
}

export interface SimpleSpec<T> {
  key: string;
  value: ValueCodec<T>;
  default: T;
  /** What the page calls it in a notice: "map form", "random seed". */
  what: string;
  /** How a notice names a value ("Evidence 2026: planning" rather than "evidence-2026"). */
  name?: (value: T) => string;
  /** The notice for text that is no value at all, when the usual one would not help. */
  unknown?: (quoted: string) => string;
}

/** A field of one query key: read through its codec, the default kept on bad text, written only when it is not the default. */
export function simpleField<T, S>(spec: SimpleSpec<T>): SimpleField<T, S> {
  const name = spec.name ?? spec.value.write;
  return {
    key: spec.key,
    keys: [spec.key],
    value: spec.value,
    default: spec.default,
    decode(q, _before, notices) {
      const raw = q.get(spec.key);
      if (raw === undefined) return spec.default;
      const r = spec.value.read(raw);
      const notice =
        r.kind === 'invalid' && spec.unknown
          ? spec.unknown(quote(raw))
          : noticeFor(spec.what, raw, r, spec.value, name(spec.default));
      if (notice) notices.push(notice);
      return r.kind === 'invalid' ? spec.default : r.value;
    },
    encode: (value) => (value === spec.default ? [] : [[spec.key, spec.value.write(value)]]),
  };
}

/** A parameter's value from a link, or undefined (the preset's) with a notice; `who` names the scenario. */
export function readParam(id: ParamId, raw: string, who: string, notices: string[]): number | undefined {
  const def = paramDef(id);
  const label = `${who}${def.label}`;
  const r = paramValue(id).read(raw);
  switch (r.kind) {
    case 'invalid':
      notices.push(`${label}: ${quote(raw)} is not a number, so the preset value was kept.`);
      return undefined;
    case 'changed':
      notices.push(
        `${label}: ${quote(raw)} is outside ${def.min} to ${def.max}, so it was set to ${r.value}.`,
      );
      return r.value;
    case 'stepped':
      notices.push(`${label}: ${quote(raw)} was rounded to the slider's step, ${r.value}.`);
      return r.value;
    case 'exact':
      return r.value;
  }
}
