/**
 * A problem found in an input file, located precisely enough that someone can open
 * the file and fix it without reading the build code.
 */
export interface DataIssue {
  /** File as the user would type it, e.g. "data/boroughs.csv". */
  file: string;
  /** 1-based data row: the first row after the header is row 1. */
  row?: number;
  /** The row's code cell, when it has one, so the row can be found by eye too. */
  code?: string;
  column?: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  let where = issue.file;
  if (issue.row !== undefined) where += ` row ${issue.row}`;
  if (issue.code) where += ` (${issue.code})`;
  if (issue.column !== undefined) where += `, column ${issue.column}`;
  return `${where}: ${issue.message}`;
}

/** Quotes a cell for a message so blanks and stray spaces are visible. */
export function quote(raw: string): string {
  return JSON.stringify(raw);
}

/** Thousands separators make a sum mismatch of 1 in 9 million readable. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}
