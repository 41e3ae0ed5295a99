/**
 * npm run data: validates data/*.csv and the borough boundaries, then writes
 * public/data/boroughs.json (the Dataset) and public/data/map.json (the map,
 * projected and laid out here so the page ships no geometry code).
 * On any problem it prints every one, exits 1 and leaves the previous output untouched.
 * The work is done in scripts/data/main.ts.
 *
 * Options (for tests on broken copies): --data-dir DIR --out-dir DIR --boundaries FILE
 */
import { runBuildData } from './data/main.ts';

process.exitCode = runBuildData(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
