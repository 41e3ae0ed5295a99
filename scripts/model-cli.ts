/**
 * Run the model from the command line: the same code and numbers as the page.
 *   npm run model -- --preset hlp2017 --format json
 *   npm run model -- --params --format csv
 *   npm run model -- --format json --out london.json
 * A usage mistake prints one line to stderr and exits with code 2; any other failure (a
 * missing or broken data file) one line and code 1, never a stack trace. A reader that
 * stops early (`| head`) ends it quietly. The work is done in scripts/cli/main.ts.
 */
import { runCli } from './cli/main.ts';

// The reader has gone (`| head -c 50`): nothing more to say to it.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`model: could not write the output: ${err.code ?? err.message}\n`);
  process.exit(1);
});

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
