/**
 * Run the model from the command line: the same code and numbers as the page.
 *   npm run model -- --preset hlp2017 --format json
 *   npm run model -- --params --format csv
 *   npm run model -- --format json --out london.json
 * A usage mistake prints one line to stderr and exits with code 2; any other failure (a
 * missing or broken data file) one line and code 1, never a stack trace. A reader that
 * stops early (`| head`) ends it quietly.
 */
import { writeFileSync } from 'node:fs';
import { loadDatasetFromDisk } from '../src/lib/data/load-node.ts';
import { ScenarioError } from '../src/lib/model/index.ts';
import { parseArgs, USAGE, UsageError, type CliOptions } from './cli/args.ts';
import { buildReports, paramRows } from './cli/report.ts';
import { registerCsv } from '../src/lib/export/register.ts';
import { paramsTable, reportCsv, reportTable } from './cli/format.ts';

/** The output of a command line, and the file it goes to (null for standard output). */
function main(argv: string[]): { text: string; out: string | null } {
  const notes: string[] = [];
  const opts = parseArgs(argv, notes);
  for (const note of notes) process.stderr.write(`model: ${note}\n`);
  if (opts.mode === 'help') return { text: USAGE + '\n', out: null };
  return { text: output(opts), out: opts.out };
}

function output(opts: Exclude<CliOptions, { mode: 'help' }>): string {
  const data = loadDatasetFromDisk();
  if (opts.mode === 'params') {
    const rows = paramRows(data);
    if (opts.format === 'json') return JSON.stringify(rows, null, 2) + '\n';
    return opts.format === 'csv' ? registerCsv(rows) : paramsTable(rows);
  }
  const reports = buildReports(opts, data);
  if (opts.format === 'json')
    return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n';
  return opts.format === 'csv' ? reportCsv(reports) : reports.map(reportTable).join('\n');
}

// The reader has gone (`| head -c 50`): nothing more to say to it.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`model: could not write the output: ${err.code ?? err.message}\n`);
  process.exit(1);
});

try {
  const { text, out } = main(process.argv.slice(2));
  if (out === null) process.stdout.write(text);
  else {
    try {
      writeFileSync(out, text);
    } catch (e) {
      process.stderr.write(
        `model: could not write ${out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`,
      );
      process.exit(1);
    }
  }
} catch (err) {
  if (err instanceof UsageError || err instanceof ScenarioError) {
    process.stderr.write(`model: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`model: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
