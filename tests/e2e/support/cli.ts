/** The model CLI's reports, to check the page against the same code run in node. */
import { execFileSync } from 'node:child_process';
import type { AreaReport, UncertaintyReport } from '../../../scripts/cli/report.ts';

/** `npm run model -- ...args --format json` (one area's report unless told otherwise). */
export function cli<T = AreaReport>(...args: string[]): T {
  return JSON.parse(
    execFileSync('node_modules/.bin/tsx', ['scripts/model-cli.ts', ...args, '--format', 'json'], {
      encoding: 'utf8',
    }),
  ) as T;
}

/** `npm run model -- --uncertainty --draws 10000 --seed 1 ...args --format json`; later flags win. */
export function cliUncertainty(...args: string[]): UncertaintyReport {
  const report = cli('--uncertainty', '--draws', '10000', '--seed', '1', ...args);
  if (!report.uncertainty) throw new Error('the CLI gave no uncertainty');
  return report.uncertainty;
}
