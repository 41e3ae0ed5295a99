/**
 * The model CLI's command line, run against any pair of writers: scripts/model-cli.ts
 * gives it the process's streams, the tests their own. It returns the exit code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAreas } from '../../src/lib/areas/read-areas.ts';
import { TEMPLATE_FILE } from '../../src/lib/areas/template-file.ts';
import { formatIssue } from '../../src/lib/data/read/errors.ts';
import type { Dataset } from '../../src/lib/data/types.ts';
import { loadDatasetFromDisk } from '../../src/lib/data/load-node.ts';
import { ScenarioError, useSharedPathRoute } from '../../src/lib/model/index.ts';
import { runSharedLeaves } from '../../src/lib/model/pieces.ts';
import { registerCsv } from '../../src/lib/export/register.ts';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args.ts';
import { paramsTable, reportCsv, reportTable } from './format.ts';

// A file of thousands of areas runs on the model's quick route for them, as the page does.
useSharedPathRoute(runSharedLeaves);
import { buildReports, paramRows } from './report.ts';

/** Where the CLI writes: standard output and standard error, or stand-ins for them. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CliPlaces {
  /** The folder holding boroughs.json (default public/data, as `npm run data` writes it). */
  dataDir?: string;
}

/**
 * Runs one command line: 0 when done, 2 for a usage mistake, 1 for any other failure (a
 * missing or broken data file, an --out file that cannot be written), each said in one line.
 */
export function runCli(argv: string[], io: CliIo, places: CliPlaces = {}): number {
  try {
    const { text, out } = main(argv, io, places);
    if (out === null) io.stdout(text);
    else {
      try {
        writeFileSync(out, text);
      } catch (e) {
        io.stderr(`model: could not write ${out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
        return 1;
      }
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof ScenarioError) {
      io.stderr(`model: ${err.message}\n`);
      return 2;
    }
    io.stderr(`model: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

/** The output of a command line, and the file it goes to (null for standard output). */
function main(argv: string[], io: CliIo, places: CliPlaces): { text: string; out: string | null } {
  const notes: string[] = [];
  const opts = parseArgs(argv, notes);
  for (const note of notes) io.stderr(`model: ${note}\n`);
  if (opts.mode === 'help') return { text: USAGE + '\n', out: null };
  return { text: output(opts, places), out: opts.out };
}

function output(opts: Exclude<CliOptions, { mode: 'help' }>, places: CliPlaces): string {
  const dir = places.dataDir ?? 'public/data';
  if (opts.mode === 'template') return readText(join(dir, TEMPLATE_FILE), ': run npm run data');
  const london = loadDatasetFromDisk(places.dataDir);
  const data = opts.mode === 'run' && opts.data ? ownAreas(opts.data, london) : london;
  if (opts.mode === 'params') {
    const rows = paramRows(data);
    if (opts.format === 'json') return JSON.stringify(rows, null, 2) + '\n';
    return opts.format === 'csv' ? registerCsv(rows) : paramsTable(rows);
  }
  const reports = buildReports(opts, data, london);
  if (opts.format === 'json')
    return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n';
  return opts.format === 'csv' ? reportCsv(reports) : reports.map(reportTable).join('\n');
}

function readText(path: string, hint = ''): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})${hint}`, {
      cause: e,
    });
  }
}

/** A file of one's own areas, read as the page reads it: every problem, one line each. */
function ownAreas(file: string, london: Dataset): Dataset {
  const r = readAreas({ file, text: readText(file), base: london });
  if (r.ok) return r.dataset;
  const n = r.issues.length;
  throw new Error(
    `${file}: ${n} problem${n === 1 ? '' : 's'}, nothing was run (rows count from 1 after the header)\n` +
      r.issues.map((i) => `model:   ${formatIssue(i)}`).join('\n'),
  );
}
