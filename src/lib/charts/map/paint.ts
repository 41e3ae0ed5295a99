/** A measure's value, colour class and accessible name for every borough on a map. */
import type { Summaries } from '../../model/index.ts';
import type { MetricDef } from '../../metrics.ts';
import { classify, type Classes, type ColourClass } from './classes.ts';
import { boroughLabel } from './wording.ts';

export interface BoroughPaint {
  values: ReadonlyMap<string, number>;
  classes: Classes;
  paint: ReadonlyMap<string, ColourClass>;
  /** "Bexley: 403.8 people supported per 1,000 adults", by code. */
  names: ReadonlyMap<string, string>;
}

export function boroughPaint(
  boroughs: readonly { code: string; name: string }[],
  summaries: Summaries,
  def: MetricDef,
): BoroughPaint {
  const { columns, index } = summaries;
  const values = new Map(
    boroughs.flatMap((b) => {
      const i = index.get(b.code);
      return i === undefined ? [] : [[b.code, def.at(columns, i)] as const];
    }),
  );
  const classes = classify([...values.values()], def);
  const paint = new Map<string, ColourClass>(
    [...values].map(([code, v]) => [code, classes.classes[classes.classOf(v)] as ColourClass]),
  );
  const nameOf = new Map(boroughs.map((b) => [b.code, b.name]));
  const names = new Map(
    [...values].map(([code, v]) => [code, boroughLabel(nameOf.get(code) ?? code, def, v)]),
  );
  return { values, classes, paint, names };
}
