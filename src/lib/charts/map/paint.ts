/**
 * A measure's value, colour class and accessible name for every borough on a map. A model
 * run fills one typed array of values and one of classes; lookups by code read them, and
 * names are written only for the areas asked for (a canvas of thousands names one at a time).
 */
import type { Summaries } from '../../model/index.ts';
import type { MetricDef } from '../../metrics.ts';
import { classifyEach, type Classes, type ColourClass } from './classes.ts';
import { boroughLabel } from './wording.ts';

/** A figure by area code: a Map is one. */
export interface ByCode<T> {
  get(code: string): T | undefined;
}

export interface BoroughPaint {
  values: ByCode<number>;
  classes: Classes;
  paint: ByCode<ColourClass>;
  /** "Bexley: 403.8 people supported per 1,000 adults", by code. */
  names: ByCode<string>;
}

/** The boroughs that have a column, each one's slot, column and name: once per data and index. */
interface Slots {
  index: ReadonlyMap<string, number>;
  slot: Map<string, number>;
  columns: Int32Array;
  names: string[];
}

const slotsOf = new WeakMap<readonly { code: string; name: string }[], Slots>();

function slots(
  boroughs: readonly { code: string; name: string }[],
  index: ReadonlyMap<string, number>,
): Slots {
  const known = slotsOf.get(boroughs);
  if (known && known.index === index) return known;
  const slot = new Map<string, number>();
  const columns: number[] = [];
  const names: string[] = [];
  for (const b of boroughs) {
    const i = index.get(b.code);
    if (i === undefined || slot.has(b.code)) continue;
    slot.set(b.code, columns.length);
    columns.push(i);
    names.push(b.name);
  }
  const made = { index, slot, columns: Int32Array.from(columns), names };
  slotsOf.set(boroughs, made);
  return made;
}

export function boroughPaint(
  boroughs: readonly { code: string; name: string }[],
  summaries: Summaries,
  def: MetricDef,
): BoroughPaint {
  const { slot, columns, names } = slots(boroughs, summaries.index);
  const value = new Float64Array(columns.length);
  for (let k = 0; k < columns.length; k++) value[k] = def.at(summaries.columns, columns[k] as number);
  const { classes, at } = classifyEach(value, def);
  const label = new Map<number, string>();
  return {
    values: { get: (code) => read(slot, code, (k) => value[k] as number) },
    classes,
    paint: { get: (code) => read(slot, code, (k) => classes.classes[at[k] as number] as ColourClass) },
    names: {
      get: (code) =>
        read(slot, code, (k) => {
          let text = label.get(k);
          if (text === undefined)
            label.set(k, (text = boroughLabel(names[k] as string, def, value[k] as number)));
          return text;
        }),
    },
  };
}

function read<T>(slot: ReadonlyMap<string, number>, code: string, at: (k: number) => T): T | undefined {
  const k = slot.get(code);
  return k === undefined ? undefined : at(k);
}
