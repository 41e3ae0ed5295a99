/** A chart's data as a table: what "Show as table" displays and "Download CSV" writes. */
import type { Cell } from '../export/csv.ts';

export interface TableColumn {
  key: string;
  label: string;
  /** Numeric columns are right-aligned; CSV gets the raw value, the screen the formatted one. */
  numeric?: boolean;
  format?: (v: number) => string;
}

export interface TableData {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, Cell>[];
  /** Key of the row that is highlighted (selected area), if any. */
  highlight?: string;
  /** Column holding each row's key (for highlight and {#each} keys). */
  rowKey: string;
}

/** Columns added to a table when there is more to show (e.g. Monte Carlo ranges): cells by row key. */
export interface ExtraColumns {
  columns: TableColumn[];
  cells: (rowKey: string) => Record<string, Cell>;
}
