/**
 * `npm run data` (scripts/build-data.ts) as a function, so the unit tests' global setup and
 * the build's own tests run it in their process: validates data/*.csv and the borough
 * boundaries, then writes public/data/boroughs.json (the Dataset) and public/data/map.json
 * (the map, projected and laid out here so the page ships no geometry code).
 * On any problem it says every one and returns 1, leaving the previous output untouched.
 *
 * Options (for tests on broken copies): --data-dir DIR --out-dir DIR --boundaries FILE
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { buildData, pageDataset } from './build.ts';
import { formatIssue, type DataIssue } from '../../src/lib/data/read/errors.ts';
import { areasTemplate } from './template.ts';
import { readAreas } from '../../src/lib/areas/read-areas.ts';
import { TEMPLATE_FILE } from '../../src/lib/areas/template-file.ts';
import { mainGrouping } from '../../src/lib/data/geography.ts';

const BOUNDARIES = 'node_modules/vega-datasets/data/londonBoroughs.json';

/** Where the build's messages go, a line at a time: console.log and console.error, or stand-ins. */
export interface BuildIo {
  log: (line: string) => void;
  error: (line: string) => void;
}

function parseArgs(argv: readonly string[]): { dataDir: string; outDir: string; boundaries: string } {
  const options = { dataDir: 'data', outDir: 'public/data', boundaries: BOUNDARIES };
  const flags: Record<string, keyof typeof options> = {
    '--data-dir': 'dataDir',
    '--out-dir': 'outDir',
    '--boundaries': 'boundaries',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] ?? '';
    const key = flags[flag];
    const value = argv[i + 1];
    if (key === undefined || value === undefined) {
      throw new Error(
        `usage: build-data.ts [--data-dir DIR] [--out-dir DIR] [--boundaries FILE] (bad argument ${flag})`,
      );
    }
    options[key] = value;
  }
  return options;
}

/** Paths as the user would type them from the project root, so messages can be pasted. */
function label(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
}

function readInput(path: string, issues: DataIssue[]): { file: string; text: string } {
  const file = label(path);
  try {
    return { file, text: readFileSync(path, 'utf8') };
  } catch (err) {
    issues.push({ file, message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
    return { file, text: '' };
  }
}

/** Writes all files to temporaries first, then renames: a failed write never leaves half an update. */
function writeAll(files: readonly { path: string; text: string }[]): void {
  const temps = files.map(({ path }) => `${path}.tmp-${process.pid}`);
  try {
    files.forEach(({ text }, i) => writeFileSync(temps[i] ?? '', text));
    files.forEach(({ path }, i) => renameSync(temps[i] ?? '', path));
  } finally {
    for (const temp of temps) if (existsSync(temp)) rmSync(temp);
  }
}

/** Builds the data files as `npm run data` with these arguments does; returns the exit code. */
export function runBuildData(argv: readonly string[], io: BuildIo): number {
  try {
    return main(argv, io);
  } catch (err) {
    io.error(`data: build failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

function main(argv: readonly string[], io: BuildIo): number {
  const started = performance.now();
  const args = parseArgs(argv);
  const readIssues: DataIssue[] = [];
  const boroughs = readInput(join(args.dataDir, 'boroughs.csv'), readIssues);
  const totals = readInput(join(args.dataDir, 'london-totals.csv'), readIssues);
  const deflators = readInput(join(args.dataDir, 'deflators.csv'), readIssues);
  const linkWorkerPay = readInput(join(args.dataDir, 'link-worker-pay.csv'), readIssues);
  const boundaries = readInput(args.boundaries, readIssues);
  const result =
    readIssues.length > 0
      ? { ok: false as const, issues: readIssues }
      : buildData({ boroughs, totals, deflators, linkWorkerPay, boundaries });

  if (!result.ok) {
    io.error(
      `data: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} found; nothing was written. ` +
        'Rows count data rows from 1, after the header.',
    );
    for (const issue of result.issues) io.error(`  ${formatIssue(issue)}`);
    return 1;
  }

  mkdirSync(args.outDir, { recursive: true });
  const datasetPath = join(args.outDir, 'boroughs.json');
  const mapPath = join(args.outDir, 'map.json');
  const page = pageDataset(result.dataset);
  // The template of one's own areas must read back through the page's own reader.
  const templatePath = join(args.outDir, TEMPLATE_FILE);
  const template = areasTemplate(result.dataset);
  const readBack = readAreas({ file: TEMPLATE_FILE, text: template, base: page });
  if (!readBack.ok) {
    io.error('data: the areas template does not read back; nothing was written.');
    for (const issue of readBack.issues) io.error(`  ${formatIssue(issue)}`);
    return 1;
  }
  writeAll([
    { path: datasetPath, text: `${JSON.stringify(page)}\n` },
    { path: mapPath, text: `${JSON.stringify(result.map)}\n` },
    { path: templatePath, text: template },
  ]);
  // The TopoJSON earlier builds wrote: the page no longer loads it, so don't ship it.
  rmSync(join(args.outDir, 'boroughs.topo.json'), { force: true });
  const kb = (path: string) => `${(statSync(path).size / 1024).toFixed(1)} KB`;
  const { boroughs: list, geography } = result.dataset;
  const main = mainGrouping(geography);
  io.log(
    `data: ${list.length} ${geography.leaf.names.plural}, ${main.groups.length} ${main.names.plural} -> ${label(datasetPath)} (${kb(datasetPath)}), ` +
      `${label(mapPath)} (${kb(mapPath)}) in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}
