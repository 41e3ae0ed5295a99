import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildInputs, BuildResult } from '../../../scripts/data/build.ts';
import { formatIssue } from '../../../src/lib/data/read/errors.ts';

/** The project root: paths below are relative to it, as the build labels them. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const BOROUGHS_CSV = 'data/boroughs.csv';
export const TOTALS_CSV = 'data/london-totals.csv';
export const DEFLATORS_CSV = 'data/deflators.csv';
export const LINK_WORKER_PAY_CSV = 'data/link-worker-pay.csv';
export const BOUNDARIES_JSON = 'node_modules/vega-datasets/data/londonBoroughs.json';

/** The real inputs, labelled as the build labels them when run from the project root. */
export function realInputs(): BuildInputs {
  const read = (file: string) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') });
  return {
    boroughs: read(BOROUGHS_CSV),
    totals: read(TOTALS_CSV),
    deflators: read(DEFLATORS_CSV),
    linkWorkerPay: read(LINK_WORKER_PAY_CSV),
    boundaries: read(BOUNDARIES_JSON),
  };
}

export function withBoroughs(text: string): BuildInputs {
  return { ...realInputs(), boroughs: { file: BOROUGHS_CSV, text } };
}

export function withTotals(text: string): BuildInputs {
  return { ...realInputs(), totals: { file: TOTALS_CSV, text } };
}

export function withDeflators(text: string): BuildInputs {
  return { ...realInputs(), deflators: { file: DEFLATORS_CSV, text } };
}

export function withLinkWorkerPay(text: string): BuildInputs {
  return { ...realInputs(), linkWorkerPay: { file: LINK_WORKER_PAY_CSV, text } };
}

// The helpers below edit CSV text naively, which is safe because the project's CSVs have
// no quoted fields in data/boroughs.csv; they refuse any text that does.
function split(text: string): string[][] {
  if (text.includes('"')) throw new Error('test helper: quoted CSV not supported');
  return text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
}
function unsplit(rows: string[][]): string {
  return `${rows.map((r) => r.join(',')).join('\n')}\n`;
}
function columnIndex(header: string[] | undefined, column: string): number {
  const i = header?.indexOf(column) ?? -1;
  if (i < 0) throw new Error(`test helper: no column ${column}`);
  return i;
}

/** Sets the cell of 1-based data row `row`. */
export function setCell(text: string, row: number, column: string, value: string): string {
  const rows = split(text);
  const cells = rows[row];
  if (!cells) throw new Error(`test helper: no row ${row}`);
  cells[columnIndex(rows[0], column)] = value;
  return unsplit(rows);
}

export function getCell(text: string, row: number, column: string): string {
  const rows = split(text);
  return rows[row]?.[columnIndex(rows[0], column)] ?? '';
}

export function removeRow(text: string, row: number): string {
  const rows = split(text);
  rows.splice(row, 1);
  return unsplit(rows);
}

export function removeColumn(text: string, column: string): string {
  const rows = split(text);
  const i = columnIndex(rows[0], column);
  return unsplit(rows.map((r) => r.filter((_, j) => j !== i)));
}

/**
 * Replaces `from` with `to` exactly once, for files with quoted fields
 * (data/london-totals.csv, data/link-worker-pay.csv); fails the test unless `from`
 * occurs exactly once, so an edit can never silently miss.
 */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`test helper: ${JSON.stringify(from)} must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Every message of a failed build; fails the test if the build passed. */
export function messages(result: BuildResult): string[] {
  if (result.ok) throw new Error('expected the build to fail, but it passed');
  return result.issues.map(formatIssue);
}
