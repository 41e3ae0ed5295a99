/**
 * Run the model from the command line: the same code and numbers as the page.
 *   npm run model -- --preset hlp2017 --format json
 *   npm run model -- --params --format csv
 * A usage mistake prints one line to stderr and exits with code 2.
 */
import { loadDatasetFromDisk } from '../src/lib/data/load-node.ts';
import { ScenarioError } from '../src/lib/model/index.ts';
import { parseArgs, USAGE, UsageError } from './cli/args.ts';
import { buildReports, paramRows } from './cli/report.ts';
import { registerCsv } from '../src/lib/export/register.ts';
import { paramsTable, reportCsv, reportTable } from './cli/format.ts';

function main(argv: string[]): string {
  const opts = parseArgs(argv);
  if (opts.mode === 'help') return USAGE + '\n';
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

try {
  process.stdout.write(main(process.argv.slice(2)));
} catch (err) {
  if (err instanceof UsageError || err instanceof ScenarioError) {
    process.stderr.write(`model: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}
