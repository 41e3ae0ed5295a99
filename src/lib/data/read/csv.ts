import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { quote, type DataIssue } from './errors.ts';

export interface TextFile {
  /** Name used in messages, e.g. "data/boroughs.csv". */
  file: string;
  text: string;
}

export interface Csv {
  file: string;
  header: string[];
  /** Every cell as text (null when blank), so no value is silently retyped. */
  table: ColumnTable;
  /** The code cell of each data row (index 0 = row 1), for messages. */
  codes: (string | null)[];
}

/**
 * Splits the text into records, honouring quotes, only to count fields: arquero pads
 * short rows and silently drops extra fields, which would hide a shifted row.
 */
export function scanRecords(text: string): { header: string[]; lengths: number[] } {
  const header: string[] = [];
  const lengths: number[] = [];
  let field = '';
  let fields = 1;
  let inQuotes = false;
  let atRecordStart = true;
  const endField = () => {
    if (lengths.length === 0) header.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    atRecordStart = false;
    if (ch === '"') {
      inQuotes = !inQuotes;
      // A doubled quote inside quotes is a literal quote character.
      if (!inQuotes && text[i + 1] === '"') field += '"';
    } else if (inQuotes) {
      field += ch;
    } else if (ch === ',') {
      endField();
      fields++;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      lengths.push(fields);
      fields = 1;
      atRecordStart = true;
    } else {
      field += ch;
    }
  }
  if (!atRecordStart) {
    endField();
    lengths.push(fields);
  }
  return { header, lengths };
}

/** Parses CSV text with every value kept as text, reporting header and row-shape problems. */
export function readCsv(input: TextFile, codeColumn = 'code'): { csv: Csv | null; issues: DataIssue[] } {
  const { file } = input;
  const text = input.text.replace(/^\uFEFF/, '');
  const issues: DataIssue[] = [];
  const { header, lengths } = scanRecords(text);
  if (lengths.length === 0 || header.every((name) => name === '')) {
    return { csv: null, issues: [{ file, message: 'file is empty: expected a header row' }] };
  }
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') {
      issues.push({ file, message: `header field ${i + 1} is blank` });
      return;
    }
    const first = seen.get(name);
    if (first === undefined) seen.set(name, i + 1);
    else
      issues.push({
        file,
        column: name,
        message: `appears twice in the header (fields ${first} and ${i + 1})`,
      });
  });

  const table = aq.fromCSV(text, { autoType: false });
  const codes = table.columnNames().includes(codeColumn) ? cellTexts(table, codeColumn) : [];
  lengths.slice(1).forEach((n, i) => {
    if (n !== header.length) {
      const code = codes[i];
      issues.push({
        file,
        row: i + 1,
        ...(code ? { code } : {}),
        message: `has ${n} field${n === 1 ? '' : 's'} but the header has ${header.length} (a blank line, or a stray or missing comma?)`,
      });
    }
  });
  if (table.numRows() !== lengths.length - 1) {
    issues.push({
      file,
      message: `the CSV reader found ${table.numRows()} data rows but the file has ${lengths.length - 1} lines after the header (unbalanced quotes?)`,
    });
  }
  return { csv: { file, header, table, codes }, issues };
}

/** A column's cells as text; null for blank (or missing, in a short row). */
export function cellTexts(table: ColumnTable, column: string): (string | null)[] {
  return Array.from(table.array(column), (value) =>
    value === null || value === undefined || value === '' ? null : String(value),
  );
}

export function requireColumns(csv: Csv, columns: readonly string[]): DataIssue[] {
  return columns
    .filter((column) => !csv.header.includes(column))
    .map((column) => ({ file: csv.file, column, message: 'required column is missing from the header' }));
}

/** Where a row-level issue points: file, 1-based row and the row's code when it has one. */
export function rowRef(csv: Csv, rowIndex: number): Pick<DataIssue, 'file' | 'row' | 'code'> {
  const code = csv.codes[rowIndex];
  return { file: csv.file, row: rowIndex + 1, ...(code ? { code } : {}) };
}

export type ColumnRule =
  | { kind: 'text'; blank?: 'allowed'; pattern?: RegExp; expected?: string }
  | { kind: 'oneOf'; values: readonly string[] }
  | {
      kind: 'number';
      blank?: 'allowed';
      integer?: boolean;
      min: number;
      /** True when min itself is not allowed (populations must be > 0). */
      minExclusive?: boolean;
      max?: number;
      /** What the number is, for the out-of-range message, e.g. "a percentage". */
      what?: string;
    };

export type CellValue = string | number | null;
type CellResult = { ok: true; value: CellValue } | { ok: false; problem: string };

// Strict on purpose: "1,234", "1e3", " 12" or "12a" in an official table means a copy error.
const NUMBER = /^-?\d+(\.\d+)?$/;

export function parseCell(raw: string | null, rule: ColumnRule): CellResult {
  if (raw === null) {
    const blankAllowed = rule.kind !== 'oneOf' && rule.blank === 'allowed';
    return blankAllowed ? { ok: true, value: null } : { ok: false, problem: 'is blank' };
  }
  switch (rule.kind) {
    case 'text':
      if (rule.pattern && !rule.pattern.test(raw)) {
        return {
          ok: false,
          problem: `${quote(raw)} is not ${rule.expected ?? `of the form ${rule.pattern}`}`,
        };
      }
      return { ok: true, value: raw };
    case 'oneOf':
      if (!rule.values.includes(raw)) {
        return { ok: false, problem: `${quote(raw)} is not one of ${rule.values.map(quote).join(', ')}` };
      }
      return { ok: true, value: raw };
    case 'number': {
      if (!NUMBER.test(raw)) return { ok: false, problem: `${quote(raw)} is not a number` };
      const value = Number(raw);
      const what = rule.what ? ` for ${rule.what}` : '';
      if (value < 0 && rule.min >= 0) return { ok: false, problem: `${quote(raw)} is negative` };
      if (rule.integer && !Number.isInteger(value)) {
        return { ok: false, problem: `${quote(raw)} is not a whole number` };
      }
      if (rule.minExclusive ? value <= rule.min : value < rule.min) {
        return {
          ok: false,
          problem: `${quote(raw)} must be ${rule.minExclusive ? 'above' : 'at least'} ${rule.min}${what}`,
        };
      }
      if (rule.max !== undefined && value > rule.max) {
        return {
          ok: false,
          problem: `${quote(raw)} is above ${rule.max}, the largest possible value${what}`,
        };
      }
      return { ok: true, value };
    }
  }
}

export interface TypedCsv {
  csv: Csv;
  /** Columns of the rules, typed; a cell that failed its rule is null. */
  typed: ColumnTable;
  /** Columns whose every cell passed, so checks over whole columns can run on them. */
  clean: Set<string>;
}

/** Applies a rule to every cell of each column that is present; missing columns are reported elsewhere. */
export function typeColumns(
  csv: Csv,
  rules: Readonly<Record<string, ColumnRule>>,
): { result: TypedCsv; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const columns: Record<string, CellValue[]> = {};
  const clean = new Set<string>();
  for (const [column, rule] of Object.entries(rules)) {
    if (!csv.header.includes(column)) continue;
    let allOk = true;
    columns[column] = cellTexts(csv.table, column).map((raw, i) => {
      const parsed = parseCell(raw, rule);
      if (parsed.ok) return parsed.value;
      allOk = false;
      issues.push({ ...rowRef(csv, i), column, message: parsed.problem });
      return null;
    });
    if (allOk) clean.add(column);
  }
  return { result: { csv, typed: aq.table(columns), clean }, issues };
}
