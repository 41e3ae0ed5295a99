/** Text renderings of the CLI's reports: an aligned table, CSV, or JSON. */
import { csvField } from '../../src/lib/export/csv.ts';
import type { RegisterRow } from '../../src/lib/export/register.ts';
import type { AreaReport, TornadoReportRow, UncertaintyReport } from './report.ts';

export function csvLines(rows: (string | number | boolean | null)[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

const pounds = (x: number) => `${x < 0 ? '-' : ''}£${(Math.abs(x) / 1e6).toFixed(1)}m`;
const whole = (x: number) => Math.round(x).toLocaleString('en-GB');

function alignTable(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '),
    )
    .join('\n');
}

const ratio = (x: number | null) => (x === null ? 'n/a (no cost)' : `£${x.toFixed(2)} per £1 of cost`);
const prices = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, '0')}`;

export function reportTable(r: AreaReport): string {
  const t = r.totals;
  const lines = [
    `${r.areaName} (${r.area}) | ${r.presetLabel} | ${r.years[0]} to ${r.years[r.years.length - 1]}` +
      ` | £ at ${prices(r.priceYear)} prices` +
      (r.discountRate > 0 ? `, present values at ${(r.discountRate * 100).toFixed(1)}% a year` : ''),
    '',
    alignTable([
      ['Year', 'Hospital', 'Primary care', 'Cost', 'NHS net', 'Wellbeing', 'Supported', 'Link workers'],
      ...r.years.map((y, i) => [
        y,
        pounds(r.hospital[i] ?? 0),
        pounds(r.primaryCare[i] ?? 0),
        pounds(r.cost[i] ?? 0),
        pounds(r.net[i] ?? 0),
        pounds(r.wellbeing[i] ?? 0),
        whole(r.peopleSupported[i] ?? 0),
        whole(r.linkWorkerFte[i] ?? 0),
      ]),
      [
        'Total',
        pounds(t.hospital),
        pounds(t.primaryCare),
        pounds(t.cost),
        pounds(t.net),
        pounds(t.wellbeing),
        whole(t.peopleSupported),
        `${whole(t.linkWorkerFte)} most`,
      ],
    ]),
    '',
    `People who could benefit: ${whole(t.peopleCouldBenefit)} (${t.perThousandAdults.toFixed(1)} per 1,000 adults); people supported: ${whole(t.peopleSupported)}` +
      (t.unmetNeed > 0 ? `; unmet for lack of link workers: ${whole(t.unmetNeed)}` : ''),
    `GP appointments released: ${whole(t.gpAppointments)}${r.services === 'hospital' ? ' (not counted as a benefit in this reading)' : ''}; wellbeing: ${whole(t.wellbys)} WELLBYs`,
    `Benefit-cost ratio, NHS: ${ratio(t.bcrNhs)}; societal (with wellbeing): ${ratio(t.bcrSocietal)}`,
    `Pays back (NHS): ${t.paybackYear ?? 'not within the horizon'}`,
  ];
  if (r.uncertainty) lines.push(uncertaintyLine(r.uncertainty));
  if (r.capped.length > 0) {
    lines.push(
      `Note: starts were capped at the eligible population in ${r.capped.length} borough-cohort(s).`,
    );
  }
  if (r.tornado) lines.push('', ...tornadoLines(r.tornado));
  return lines.join('\n') + '\n';
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

function uncertaintyLine(u: UncertaintyReport): string {
  return (
    `NHS net present value, 90% of ${u.draws.toLocaleString('en-GB')} runs: ${pounds(u.net.p5)} to ${pounds(u.net.p95)}` +
    ` (median ${pounds(u.net.p50)}); positive in ${percent(u.probNetPositive)} of runs (seed ${u.seed})`
  );
}

const TORNADO_ROWS = 10;

function tornadoLines(rows: TornadoReportRow[]): string[] {
  const shown = rows.slice(0, TORNADO_ROWS);
  return [
    `Sensitivity: NHS net present value with each parameter at its low and high (top ${shown.length} of ${rows.length})`,
    alignTable([
      ['Parameter', 'Low', 'High', 'Net at low', 'Net at high', 'Switching value'],
      ...shown.map((t) => [
        t.param,
        String(t.low),
        String(t.high),
        pounds(t.netAtLow),
        pounds(t.netAtHigh),
        t.switchingValue === null ? '-' : String(Number(t.switchingValue.toPrecision(4))),
      ]),
    ]),
  ];
}

export function reportCsv(reports: AreaReport[]): string {
  const rows: (string | number | null)[][] = [
    [
      'preset',
      'area',
      'area_name',
      'year',
      'hospital_gbp',
      'primary_care_gbp',
      'gross_gbp',
      'cost_gbp',
      'net_gbp',
      'wellbeing_gbp',
      'people_supported',
      'link_worker_fte',
    ],
  ];
  for (const r of reports) {
    r.years.forEach((y, i) =>
      rows.push([
        r.preset,
        r.area,
        r.areaName,
        y,
        r.hospital[i] ?? 0,
        r.primaryCare[i] ?? 0,
        r.gross[i] ?? 0,
        r.cost[i] ?? 0,
        r.net[i] ?? 0,
        r.wellbeing[i] ?? 0,
        r.peopleSupported[i] ?? 0,
        r.linkWorkerFte[i] ?? 0,
      ]),
    );
    const t = r.totals;
    rows.push([
      r.preset,
      r.area,
      r.areaName,
      'total',
      t.hospital,
      t.primaryCare,
      t.gross,
      t.cost,
      t.net,
      t.wellbeing,
      t.peopleSupported,
      t.linkWorkerFte,
    ]);
  }
  return csvLines(rows);
}

export function paramsTable(rows: RegisterRow[]): string {
  return (
    alignTable([
      ['id', 'value', 'range', 'evidence range', 'grade', 'source'],
      ...rows.map((p) => [
        p.id,
        String(p.value),
        `${p.min} to ${p.max}`,
        `${p.low} to ${p.high}`,
        p.grade + (p.verified ? '' : '*'),
        p.source,
      ]),
    ]) + '\n* value not seen in the cited source (see detail in --format csv or json)\n'
  );
}
