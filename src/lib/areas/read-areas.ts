/**
 * Reads a file of one's own areas (columns.ts) into a Dataset the whole page can run on:
 * every problem found, each with the file, row and column, before anything is built,
 * and nothing half-read. The cell checks are the data build's own (data/read/csv.ts),
 * and the result passes the same load checks as the built-in data (parseDataset).
 */
import { WHOLE_ID } from '../data/geography.ts';
import { parseDataset } from '../data/parse.ts';
import { cellTexts, readCsv, requireColumns, typeColumns, rowRef, type TypedCsv } from '../data/read/csv.ts';
import { quote, type DataIssue } from '../data/read/errors.ts';
import type {
  AreaGroup,
  Borough,
  BoroughJson,
  Dataset,
  DatasetJson,
  Geography,
  NeedIndicator,
  PopulationVintage,
} from '../data/types.ts';
import { ADULTS, ALL_AGES, COUNT, FIXED_COLUMNS, NEED_COLUMNS, OLDER, REGISTERED_COLUMN } from './columns.ts';

/** Larger files are refused before they are read: 20 MB holds some 100,000 rows. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_AREAS = 10_000;

export interface AreasInput {
  /** The file's name, for messages. */
  file: string;
  text: string;
  /** The built-in dataset, for what a file of areas does not carry: prices and link worker pay. */
  base: Pick<Dataset, 'deflators' | 'linkWorkerPay'>;
}

export type AreasResult =
  { ok: true; dataset: Dataset; notes: string[] } | { ok: false; issues: DataIssue[] };

interface Vintage {
  base: number;
  years: number[];
}

const fail = (issues: DataIssue[]): AreasResult => ({ ok: false, issues });

export function readAreas({ file, text, base }: AreasInput): AreasResult {
  if (text.length > MAX_FILE_BYTES)
    return fail([
      {
        file,
        message: `is ${(text.length / 1024 / 1024).toFixed(0)} MB; the page reads files of up to ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      },
    ]);
  if (/^\s*<(!doctype|html|\?xml|head|body|svg)\b/i.test(text.replace(/^\uFEFF/, '')))
    return fail([
      {
        file,
        message:
          'is a web page or XML, not a CSV file: save the table as CSV (comma separated) and load that',
      },
    ]);

  const { csv, issues } = readCsv({ file, text }, 'area_code');
  if (!csv) return fail(issues);
  const rows = csv.table.numRows();
  if (rows === 0) return fail([...issues, { file, message: 'has a header but no rows of areas' }]);
  if (rows > MAX_AREAS)
    return fail([
      ...issues,
      {
        file,
        message: `has ${rows.toLocaleString('en-GB')} rows; the page reads up to ${MAX_AREAS.toLocaleString('en-GB')} areas`,
      },
    ]);

  const { vintages, issues: headerIssues } = vintagesOf(file, csv.header);
  issues.push(...headerIssues);
  const rules = Object.fromEntries([
    ...[...FIXED_COLUMNS, ...NEED_COLUMNS, REGISTERED_COLUMN].map((c) => [c.name, c.rule] as const),
    ...csv.header
      .filter((h) => ADULTS.test(h) || OLDER.test(h) || ALL_AGES.test(h))
      .map((h) => [h, COUNT] as const),
  ]);
  const { result: t, issues: cellIssues } = typeColumns(csv, rules);
  issues.push(
    ...requireColumns(
      csv,
      FIXED_COLUMNS.filter((c) => c.required).map((c) => c.name),
    ),
    ...cellIssues,
    ...checkCodes(t),
    ...checkAges(t, vintages),
    ...checkRegistered(t),
  );
  const levels = levelNames(t, issues);
  if (issues.length > 0) return fail(issues);

  const json: DatasetJson = {
    ...assemble(t, vintages, levels),
    deflators: base.deflators,
    linkWorkerPay: base.linkWorkerPay,
  };
  try {
    // The same load as the built-in data: the need index worked out, every group holding areas.
    const dataset = parseDataset(json);
    return { ok: true, dataset, notes: notesOn(t, dataset.boroughs) };
  } catch (err) {
    return fail([{ file, message: (err as Error).message.replace(/^Invalid borough dataset: /, '') }]);
  }
}

/** The base years in the header, each with its all-ages years; every population column in one. */
function vintagesOf(file: string, header: readonly string[]): { vintages: Vintage[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const yearOf = (re: RegExp) => header.flatMap((h) => (re.exec(h) ? [Number(re.exec(h)?.[1])] : []));
  const bases = yearOf(ADULTS).sort((a, b) => a - b);
  const older = new Set(yearOf(OLDER));
  const allAges = new Set(yearOf(ALL_AGES));
  const known = new Set([
    'area_code',
    ...FIXED_COLUMNS.map((c) => c.name),
    ...NEED_COLUMNS.map((c) => c.name),
    REGISTERED_COLUMN.name,
  ]);
  if (bases.length === 0)
    issues.push({
      file,
      column: 'pop_18plus_YYYY',
      message: 'no column of adults 18+ (pop_18plus_2024, say): the model needs a base year',
    });
  const vintages = bases.map((b, i) => {
    const next = bases[i + 1] ?? Infinity;
    const years = [b];
    while (allAges.has(years.length + b) && years.length + b < next) years.push(years.length + b);
    return { base: b, years };
  });
  for (const v of vintages) {
    if (!older.has(v.base))
      issues.push({
        file,
        column: `pop_65plus_${v.base}`,
        message: `is missing: base year ${v.base} has adults 18+ but no residents 65+`,
      });
    if (!allAges.has(v.base))
      issues.push({
        file,
        column: `pop_${v.base}`,
        message: `is missing: base year ${v.base} needs residents of all ages`,
      });
  }
  const inVintage = new Set(vintages.flatMap((v) => v.years));
  for (const h of header) {
    if (known.has(h) || ADULTS.test(h)) continue;
    const o = OLDER.exec(h);
    if (o) {
      if (!bases.includes(Number(o[1])))
        issues.push({
          file,
          column: h,
          message: `has no pop_18plus_${o[1]} beside it: each base year needs both`,
        });
      continue;
    }
    const a = ALL_AGES.exec(h);
    if (a) {
      if (!inVintage.has(Number(a[1])))
        issues.push({
          file,
          column: h,
          message: `follows no base year: years after a base year must run on from it with none missing`,
        });
      continue;
    }
    if (h !== '')
      issues.push({
        file,
        column: h,
        message: `is not a column the page reads (see the template's columns): ${quote(h)}`,
      });
  }
  return { vintages, issues };
}

const texts = (t: TypedCsv, column: string): (string | null)[] =>
  t.csv.header.includes(column)
    ? Array.from(t.typed.array(column) as ArrayLike<string | null>, (v) => v ?? null)
    : [];
const numbers = (t: TypedCsv, column: string): (number | null)[] =>
  t.csv.header.includes(column)
    ? Array.from(t.typed.array(column) as ArrayLike<number | null>, (v) => v ?? null)
    : [];

/** Area codes once each; group codes apart from area codes, each with one name. */
function checkCodes(t: TypedCsv): DataIssue[] {
  const issues: DataIssue[] = [];
  const codes = texts(t, 'area_code');
  const first = new Map<string, number>();
  codes.forEach((code, i) => {
    if (code === null) return;
    if (code === WHOLE_ID)
      issues.push({
        ...rowRef(t.csv, i),
        column: 'area_code',
        message: `${quote(code)} names all the areas together: choose another code`,
      });
    const seen = first.get(code);
    if (seen !== undefined)
      issues.push({
        ...rowRef(t.csv, i),
        column: 'area_code',
        message: `${code} is on row ${seen} too: each area once`,
      });
    else first.set(code, i + 1);
  });
  const groupNames = texts(t, 'group_name');
  const groups = new Map<string, { name: string | null; row: number }>();
  texts(t, 'group_code').forEach((code, i) => {
    if (code === null) return;
    if (first.has(code) || code === WHOLE_ID)
      issues.push({
        ...rowRef(t.csv, i),
        column: 'group_code',
        message: `${code} is an area's code too: a group needs a code of its own`,
      });
    const g = groups.get(code);
    const name = groupNames[i] ?? null;
    if (!g) groups.set(code, { name, row: i + 1 });
    else if (name !== null && g.name !== null && name !== g.name)
      issues.push({
        ...rowRef(t.csv, i),
        column: 'group_name',
        message: `${quote(name)} differs from ${quote(g.name)} on row ${g.row}, for the same group ${code}`,
      });
  });
  return issues;
}

/** In each base year: 65+ no more than 18+, and 18+ no more than all ages. */
function checkAges(t: TypedCsv, vintages: readonly Vintage[]): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const v of vintages) {
    const adults = numbers(t, `pop_18plus_${v.base}`);
    const older = numbers(t, `pop_65plus_${v.base}`);
    const all = numbers(t, `pop_${v.base}`);
    adults.forEach((a, i) => {
      const o = older[i];
      const n = all[i];
      if (a === null || a === undefined) return;
      if (o !== null && o !== undefined && o > a)
        issues.push({
          ...rowRef(t.csv, i),
          column: `pop_65plus_${v.base}`,
          message: `${o} is more than the ${a} adults 18+`,
        });
      if (n !== null && n !== undefined && a > n)
        issues.push({
          ...rowRef(t.csv, i),
          column: `pop_18plus_${v.base}`,
          message: `${a} is more than the ${n} residents of all ages`,
        });
    });
  }
  return issues;
}

/** Registered patients are given for every area or for none: each blank row of a column that has some is named. */
function checkRegistered(t: TypedCsv): DataIssue[] {
  const column = REGISTERED_COLUMN.name;
  if (!t.csv.header.includes(column)) return [];
  // As written, so that a cell the column's rule refused is not called blank as well.
  const cells = cellTexts(t.csv.table, column);
  if (cells.every((n) => n === null)) return [];
  return cells.flatMap((n, i) =>
    n === null
      ? [
          {
            ...rowRef(t.csv, i),
            column,
            message: 'is blank: give registered patients for every area, or leave the column empty',
          },
        ]
      : [],
  );
}

interface Levels {
  area: string;
  group: string;
  whole: string;
}

/** The names of the levels: one value per column, or the defaults. */
function levelNames(t: TypedCsv, issues: DataIssue[]): Levels {
  const one = (column: string, fallback: string): string => {
    let value: string | null = null;
    texts(t, column).forEach((v, i) => {
      if (v === null) return;
      if (value === null) value = v;
      else if (v !== value)
        issues.push({
          ...rowRef(t.csv, i),
          column,
          message: `${quote(v)} differs from ${quote(value)} above: one value for the whole file`,
        });
    });
    return value ?? fallback;
  };
  return {
    area: one('area_level', 'area'),
    group: one('group_level', 'group'),
    whole: one('whole_name', 'All areas'),
  };
}

const plural = (word: string) => (/s$/i.test(word) ? word : `${word}s`);

/** The checked table as a dataset (without prices), areas sorted by code. */
function assemble(
  t: TypedCsv,
  vintages: readonly Vintage[],
  levels: Levels,
): Omit<DatasetJson, 'deflators' | 'linkWorkerPay'> {
  const n = t.typed.numRows();
  const codes = texts(t, 'area_code') as string[];
  const names = texts(t, 'area_name') as string[];
  const shorts = texts(t, 'short_name');
  const groupCodes = texts(t, 'group_code') as string[];
  const groupNames = texts(t, 'group_name') as string[];
  const indicators = Object.fromEntries(NEED_COLUMNS.map((c) => [c.indicator, numbers(t, c.name)])) as Record<
    NeedIndicator,
    (number | null)[]
  >;
  const registered = numbers(t, REGISTERED_COLUMN.name);
  const pops = vintages.map((v) => ({
    adults18: numbers(t, `pop_18plus_${v.base}`) as number[],
    older65: numbers(t, `pop_65plus_${v.base}`) as number[],
    allAges: v.years.map((y) => numbers(t, `pop_${y}`) as number[]),
  }));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
    ordinal(codes[a] as string, codes[b] as string),
  );
  const boroughs: BoroughJson[] = order.map((i) => ({
    code: codes[i] as string,
    name: names[i] as string,
    short: shorts[i] ?? (codes[i] as string).slice(-3),
    populations: pops.map((p) => ({
      allAges: p.allAges.map((col) => col[i] as number),
      adults18: p.adults18[i] as number,
      older65: p.older65[i] as number,
    })),
    indicators: Object.fromEntries(
      NEED_COLUMNS.map((c) => [c.indicator, indicators[c.indicator][i] ?? null]),
    ) as Record<NeedIndicator, number | null>,
    ...(registered[i] === null || registered[i] === undefined ? {} : { registered: registered[i] }),
  }));
  const groups = new Map<string, AreaGroup>();
  for (const i of order) {
    const code = groupCodes[i] as string;
    const g = groups.get(code) ?? { code, name: groupNames[i] as string, members: [] };
    g.members.push(codes[i] as string);
    groups.set(code, g);
  }
  const geography: Geography = {
    whole: { id: 'all', name: levels.whole },
    leaf: { id: 'area', names: { singular: levels.area, plural: plural(levels.area) }, code: 'Code' },
    groupings: [
      {
        id: 'group',
        names: { singular: levels.group, plural: plural(levels.group) },
        title: plural(levels.group).replace(/^./, (c) => c.toUpperCase()),
        groups: [...groups.values()].sort((a, b) => ordinal(a.code, b.code)),
      },
    ],
    main: 'group',
  };
  const vintageList: PopulationVintage[] = vintages.map((v) => ({
    id: `own${v.base}`,
    label: `Your file: residents at mid-${v.base}${v.years.length > 1 ? ` to mid-${v.years[v.years.length - 1]}` : ''}`,
    baseYear: v.base,
    years: v.years,
  }));
  return { vintages: vintageList, boroughs, geography };
}

const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the reader assumed: indicators left blank; how link workers are shared. */
function notesOn(t: TypedCsv, areas: readonly Borough[]): string[] {
  const present = NEED_COLUMNS.filter((c) => t.csv.header.includes(c.name));
  const blanks = areas.filter((a) => a.missingIndicators.length > 0).length;
  const registered = areas.every((a) => a.registered !== undefined);
  return [
    ...(present.length === 0
      ? ["No need indicators: each area's share of need is its share of the population."]
      : blanks > 0
        ? [`${blanks.toLocaleString('en-GB')} areas have a blank need indicator, counted as the average.`]
        : []),
    ...(registered
      ? [
          'Link workers in post are shared among your areas by registered patients, not by adults: all the areas together keep the link workers per 10,000 adults that are set.',
        ]
      : []),
  ];
}
