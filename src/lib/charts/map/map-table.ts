/** The map's table alternative and CSV: one row per borough, raw numbers. */
import { groupOfArea, levelLabels, mainGrouping } from '../../data/geography.ts';
import type { Dataset } from '../../data/types.ts';
import { money, people } from '../../format.ts';
import { METRIC_DEFS, type MetricDef } from '../../metrics.ts';
import type { Summaries } from '../../model/index.ts';
import type { ExtraColumns, TableColumn, TableData } from '../../ui/table.ts';
import { byName } from '../../by-name.ts';
import type { MetricId } from '../../state/view-state.ts';

const FIXED: (TableColumn & { metric: MetricId })[] = [
  {
    key: 'people',
    label: 'People who could benefit',
    numeric: true,
    format: people,
    metric: 'people',
  },
  {
    key: 'supported',
    label: 'People supported',
    numeric: true,
    format: people,
    metric: 'supported',
  },
  {
    key: 'gross',
    label: 'NHS benefits (£)',
    numeric: true,
    format: money,
    metric: 'gross',
  },
  {
    key: 'net',
    label: 'NHS net present value (£)',
    numeric: true,
    format: money,
    metric: 'net',
  },
];

export function mapTable(
  data: Dataset,
  summaries: Summaries,
  def: MetricDef,
  selected: string,
  /** More columns, by borough code (the Monte Carlo ranges once known). */
  extra: ExtraColumns | null = null,
): TableData {
  const groupOf = groupOfArea(mainGrouping(data.geography));
  const labels = levelLabels(data.geography);
  const fixed = FIXED.filter((c) => c.metric !== def.id);
  const columns: TableColumn[] = [
    { key: 'name', label: labels.Area },
    { key: 'stp', label: labels.Group },
    { key: 'metric', label: `${def.label} (${def.unit})`, numeric: true, format: def.format },
    ...fixed.map(({ key, label, numeric, format }) => ({ key, label, numeric, format })),
    ...(extra?.columns ?? []),
    { key: 'code', label: labels.code },
  ];
  const rows = [...data.boroughs].sort(byName).flatMap((b) => {
    const i = summaries.index.get(b.code);
    if (i === undefined) return [];
    const s = summaries.columns;
    return [
      {
        code: b.code,
        name: b.name,
        stp: groupOf.get(b.code)?.name ?? '',
        metric: def.at(s, i),
        ...Object.fromEntries(fixed.map((c) => [c.key, METRIC_DEFS[c.metric].at(s, i)])),
        ...extra?.cells(b.code),
      },
    ];
  });
  return {
    caption: `${def.label} by ${labels.area} (${def.unit})`,
    columns,
    rows,
    rowKey: 'code',
    highlight: selected,
  };
}
