/** The yearly chart as a table: one row a year, raw £ for the CSV. */
import { money } from '../../format.ts';
import type { TableData } from '../../ui/table.ts';
import type { SeriesDef, YearDatum } from './series.ts';

export function yearlyTable(
  areaName: string,
  data: readonly YearDatum[],
  defs: readonly SeriesDef[],
  paybackYear?: string,
): TableData {
  const band = data[0]?.netLow !== undefined;
  return {
    caption:
      `NHS benefits and costs by year, ${areaName} (£)` +
      (paybackYear ? `; the pay-back year, ${paybackYear}, is highlighted` : ''),
    rowKey: 'year',
    highlight: paybackYear,
    columns: [
      { key: 'year', label: 'Financial year' },
      ...defs.map((d) => ({ key: d.key, label: `NHS benefits: ${d.label}`, numeric: true, format: money })),
      { key: 'gross', label: 'NHS benefits', numeric: true, format: money },
      { key: 'cost', label: 'Programme cost', numeric: true, format: money },
      { key: 'net', label: 'NHS net value', numeric: true, format: money },
      { key: 'cumulativeNet', label: 'NHS net present value to date', numeric: true, format: money },
      ...(band
        ? [
            { key: 'netLow', label: 'Cumulative net, 90% of runs from', numeric: true, format: money },
            { key: 'netHigh', label: 'Cumulative net, 90% of runs to', numeric: true, format: money },
          ]
        : []),
    ],
    rows: data.map((d) => ({
      year: d.year,
      ...Object.fromEntries(d.segments.map((s) => [s.key, s.value])),
      gross: d.gross,
      cost: d.cost,
      net: d.net,
      cumulativeNet: d.cumulativeNet,
      ...(band ? { netLow: d.netLow ?? null, netHigh: d.netHigh ?? null } : {}),
    })),
  };
}
