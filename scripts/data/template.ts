/**
 * The "Use your own areas" template: London's 33 boroughs in the columns a file of one's
 * own areas has (src/lib/areas/columns.ts), so that loading it back runs the model on the
 * built-in numbers. Written by the build beside the dataset; pure.
 */
import { FIXED_COLUMNS, NEED_COLUMNS, REGISTERED_COLUMN } from '../../src/lib/areas/columns.ts';
import { mainGrouping, groupOfArea } from '../../src/lib/data/geography.ts';
import { toCsv, type Cell } from '../../src/lib/export/csv.ts';
import type { DatasetFacts } from './facts.ts';

export function areasTemplate(facts: DatasetFacts): string {
  const main = mainGrouping(facts.geography);
  const groupOf = groupOfArea(main);
  const populations = facts.vintages.flatMap((v) => [
    `pop_18plus_${v.baseYear}`,
    `pop_65plus_${v.baseYear}`,
    ...v.years.map((y) => `pop_${y}`),
  ]);
  const header = [
    ...FIXED_COLUMNS.map((c) => c.name),
    ...NEED_COLUMNS.map((c) => c.name),
    REGISTERED_COLUMN.name,
    ...populations,
  ];
  const rows = facts.boroughs.map((b): Cell[] => {
    const group = groupOf.get(b.code);
    const fixed: Record<string, Cell> = {
      area_code: b.code,
      area_name: b.name,
      short_name: b.short,
      group_code: group?.code ?? null,
      group_name: group?.name ?? null,
      area_level: facts.geography.leaf.names.singular,
      group_level: main.names.singular,
      whole_name: facts.geography.whole.name,
    };
    return [
      ...FIXED_COLUMNS.map((c) => fixed[c.name] ?? null),
      ...NEED_COLUMNS.map((c) => b.indicators[c.indicator]),
      // No source of patients registered by borough is in the data: left blank, so link workers follow adults.
      null,
      ...b.populations.flatMap((p) => [p.adults18, p.older65, ...p.allAges]),
    ];
  });
  return toCsv(header, rows);
}
