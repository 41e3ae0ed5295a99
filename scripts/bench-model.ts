/**
 * Benchmark of the model's uncertainty analysis in node (npx tsx scripts/bench-model.ts):
 * 10,000 Monte Carlo draws at the 4- and 14-year horizons, the tornado and the
 * switching values. Median of 5 timed runs after 2 warm-up runs. Wall time is the
 * budget; CPU time of this process is shown too, as the machine may be shared.
 * Exits non-zero naming a broken budget.
 */
import { loadDatasetFromDisk } from '../src/lib/data/load-node.ts';
import {
  monteCarlo,
  presetScenario,
  switchingValue,
  tornado,
  type PopulationMode,
  type Scenario,
} from '../src/lib/model/index.ts';

const DRAWS = 10_000;
const WARM_UP = 2;
const RUNS = 5;
const BUDGET_MS = 200;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

/** Median wall and CPU milliseconds of fn. */
function time(fn: () => unknown): { wall: number; cpu: number } {
  for (let i = 0; i < WARM_UP; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const data = loadDatasetFromDisk();
const base = presetScenario('evidence-central', data);
const scenario = (endYear: number, population: PopulationMode): Scenario => ({
  ...base,
  endYear,
  population,
});

const rows: { what: string; wall: number; cpu: number; budget: number | null }[] = [];
for (const [endYear, population, budget] of [
  [2021, 'projected', BUDGET_MS],
  [2031, 'projected', BUDGET_MS],
  [2021, 'observed', null],
  [2031, 'observed', null],
] as const) {
  const s = scenario(endYear, population);
  const years = endYear - 2017;
  const t = time(() => monteCarlo(s, data, { draws: DRAWS, seed: 1 }));
  rows.push({
    what: `Monte Carlo, ${DRAWS.toLocaleString('en-GB')} draws, ${years} years, ${population}`,
    ...t,
    budget,
  });
}
for (const endYear of [2021, 2031]) {
  const s = scenario(endYear, 'observed');
  rows.push({
    what: `Monte Carlo, years for London and one area only, ${endYear - 2017} years, observed`,
    ...time(() => monteCarlo(s, data, { draws: DRAWS, seed: 1, areaId: 'E09000022', yearly: 'selected' })),
    budget: null,
  });
}
for (const endYear of [2021, 2031]) {
  const s = scenario(endYear, 'projected');
  const years = endYear - 2017;
  rows.push({
    what: `tornado (London), ${years} years`,
    ...time(() => tornado(s, data, 'london')),
    budget: null,
  });
  rows.push({
    what: `tornado + every switching value (London), ${years} years`,
    ...time(() => tornado(s, data, 'london').map((r) => switchingValue(s, data, 'london', r.param))),
    budget: null,
  });
}

const width = Math.max(...rows.map((r) => r.what.length));
console.log(`${'measure'.padEnd(width)}  ${'wall ms'.padStart(8)}  ${'cpu ms'.padStart(8)}  budget`);
for (const r of rows) {
  const budget = r.budget === null ? '' : `≤ ${r.budget} ms${r.wall <= r.budget ? '' : '  BROKEN'}`;
  console.log(
    `${r.what.padEnd(width)}  ${r.wall.toFixed(1).padStart(8)}  ${r.cpu.toFixed(1).padStart(8)}  ${budget}`,
  );
}
console.log(`median of ${RUNS} runs after ${WARM_UP} warm-up runs; node ${process.version}`);
const broken = rows.filter((r) => r.budget !== null && r.wall > r.budget);
if (broken.length > 0) {
  console.error(`budget broken: ${broken.map((r) => `${r.what} took ${r.wall.toFixed(1)} ms`).join('; ')}`);
  process.exitCode = 1;
}
