import { ColumnTable } from 'arquero';

/**
 * table.params() with its table type kept: arquero types the setter and getter as one
 * signature returning `this | Params`. Params are how values reach an expression without
 * a closure, which arquero cannot serialise.
 */
export function withParams(table: ColumnTable, values: Record<string, unknown>): ColumnTable {
  const result = table.params(values);
  if (!(result instanceof ColumnTable)) throw new Error('internal: arquero params() did not return a table');
  return result;
}
