/**
 * The model CLI's reports, to check the page against the same code run in node: the CLI
 * run in this process (runCli), as the unit tests run it, rather than a node per report.
 */
import { runCli } from '../../../scripts/cli/main.ts';
import type { AreaReport, UncertaintyReport } from '../../../scripts/cli/report.ts';

/** `npm run model -- ...args --format json` (one area's report unless told otherwise). */
export function cli<T = AreaReport>(...args: string[]): T {
  let stdout = '';
  let stderr = '';
  const status = runCli([...args, '--format', 'json'], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  if (status !== 0) throw new Error(`the CLI exited ${status}: ${stderr}`);
  return JSON.parse(stdout) as T;
}

/**
 * `npm run model -- --uncertainty ...args --format json`, at 10,000 draws and seed 1 unless
 * args give others (the CLI, like a link, takes the first of a repeated flag).
 */
export function cliUncertainty(...args: string[]): UncertaintyReport {
  const given = (flag: string) => args.includes(flag);
  const report = cli(
    '--uncertainty',
    ...(given('--draws') ? [] : ['--draws', '10000']),
    ...(given('--seed') ? [] : ['--seed', '1']),
    ...args,
  );
  if (!report.uncertainty) throw new Error('the CLI gave no uncertainty');
  return report.uncertainty;
}
