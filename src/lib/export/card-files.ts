/** A chart card's CSV download and its files' names: loaded when a card's file is first asked for. */
import { downloadText, toCsv } from './csv.ts';
import { fileName } from './file-name.ts';
import type { TableData } from '../ui/table.ts';

export { fileName };

/** The card's table as a plain CSV file: the header, then a row per table row. */
export function downloadTable(table: TableData, file: string): void {
  const header = table.columns.map((c) => c.label);
  const rows = table.rows.map((r) => table.columns.map((c) => r[c.key] ?? null));
  downloadText(file, toCsv(header, rows));
}
