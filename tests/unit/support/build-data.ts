/**
 * Vitest global setup: builds public/data/ as `npm run data` does, before any unit test file
 * runs, so the suite passes on a fresh clone (many files read public/data/boroughs.json).
 * The build runs in this process (about a quarter of a second); a data problem stops the run
 * with the build's own message.
 */
import { runBuildData } from '../../../scripts/data/main.ts';

/**
 * Vitest calls a global setup for the root config and again for each project that extends
 * it, each time in the same process, from a fresh copy of this module: this mark on the
 * process makes it one build per run.
 */
const BUILT = Symbol.for('london-social-prescribing-explorer/public-data-built');

export default function setup(): void {
  const marks = globalThis as typeof globalThis & { [BUILT]?: true };
  if (marks[BUILT]) return;
  marks[BUILT] = true;
  const messages: string[] = [];
  const code = runBuildData([], { log: () => {}, error: (line) => messages.push(line) });
  if (code !== 0) throw new Error(`npm run data failed:\n${messages.join('\n')}`);
}
