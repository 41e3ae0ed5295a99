/** The model CLI's uncertainty report, to check the page against the same code run in node. */
import { execFileSync } from 'node:child_process';
import type { AreaReport, UncertaintyReport } from '../../../scripts/cli/report.ts';

/** `npm run model -- --uncertainty --draws 10000 --seed 1 ...args --format json`; later flags win. */
export function cliUncertainty(...args: string[]): UncertaintyReport {
  const report = JSON.parse(
    execFileSync(
      'node_modules/.bin/tsx',
      [
        'scripts/model-cli.ts',
        '--uncertainty',
        '--draws',
        '10000',
        '--seed',
        '1',
        ...args,
        '--format',
        'json',
      ],
      { encoding: 'utf8' },
    ),
  ) as AreaReport;
  if (!report.uncertainty) throw new Error('the CLI gave no uncertainty');
  return report.uncertainty;
}
