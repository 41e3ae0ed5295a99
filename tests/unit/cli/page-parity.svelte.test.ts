/**
 * The CLI and the page read values through one codec: the same text gives the same
 * numbers, the same snapping with a note, the first of a repeated key, and the CLI refuses
 * in one line what the page would have had to change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../scripts/cli/args.ts';
import { runCli } from '../../../scripts/cli/main.ts';
import type { AreaReport } from '../../../scripts/cli/report.ts';
import { PARAMS, paramDef, presetScenario, run, summarise } from '../../../src/lib/model/index.ts';
import { Explorer } from '../../../src/lib/state/explorer.svelte.ts';
import { MAX_NOTICES } from '../../../src/lib/state/read.ts';
import { decodeQuery } from '../../../src/lib/state/url.ts';
import { data } from '../model/fixtures.ts';
import { AREAS } from '../state/arbitraries.ts';

function cli(...args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

/** London's NHS benefits over the whole horizon, as the page's explorer has them for a link. */
function pageGross(query: string): { gross: number; notices: string[] } {
  const explorer = new Explorer(data);
  explorer.applyQuery(query);
  return { gross: explorer.summaries.get('london')?.gross ?? NaN, notices: explorer.notices };
}

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('the CLI reads values as the page reads a link', () => {
  it.each([
    // A link without a preset is the 2017 reconstruction's, as the CLI's --preset hlp2017.
    ['?startRate=0.123', ['--preset', 'hlp2017']],
    ['?preset=evidence-2026&startRate=0.123', []],
  ])(
    '--set startRate=0.123 gives the gross of the page at %s: both snapped to 0.12, both say so',
    (query, preset) => {
      const page = pageGross(query);
      const r = cli(...preset, '--set', 'startRate=0.123', '--format', 'json');
      expect(r.status).toBe(0);
      const report = JSON.parse(r.stdout) as AreaReport;
      expect(report.changed).toEqual({ startRate: 0.12 });
      expect(report.totals.gross).toBeCloseTo(page.gross, 0);
      expect(page.notices.join(' ')).toMatch(/"0.123" was rounded to the slider's step, 0.12/);
      expect(r.stderr).toBe(
        "model: startRate = 0.123 was rounded to the slider's step, 0.12, as the page does\n",
      );
      // Unsnapped, the figure would differ: the test can tell.
      const base = presetScenario(report.preset as 'hlp2017', data);
      const raw = summarise(
        run({ ...base, values: { ...base.values, startRate: 0.123 } }, data).london,
      ).gross;
      expect(Math.abs(raw - page.gross) / page.gross).toBeGreaterThan(0.01);
    },
  );

  it('--set puts any in-range value of any parameter where a link puts it, with a note exactly when the page gives one', () => {
    const arb = fc
      .constantFrom(...PARAMS.map((p) => p.id))
      .chain((id) =>
        fc.tuple(
          fc.constant(id),
          fc.double({ min: paramDef(id).min, max: paramDef(id).max, noNaN: true, noDefaultInfinity: true }),
        ),
      );
    fc.assert(
      fc.property(arb, ([id, x]) => {
        const text = String(x);
        const page = decodeQuery(`preset=evidence-2026&${id}=${encodeURIComponent(text)}`, AREAS);
        const notes: string[] = [];
        const o = parseArgs(['--set', `${id}=${text}`], notes);
        if (o.mode !== 'run') throw new Error('expected a run');
        expect(o.set[id]).toBe(page.state.changes[id]);
        expect(notes.length).toBe(page.notices.length);
      }),
      { numRuns: 500, seed: 31 },
    );
  });

  it.each([
    ['--draws', 'draws', ['--uncertainty']],
    ['--seed', 'seed', ['--uncertainty']],
    ['--start', 'start', []],
    ['--prices', 'prices', []],
    ['--delivery', 'delivery', []],
    ['--services', 'services', []],
    ['--unit-costs', 'costs', []],
    ['--population', 'pop', []],
  ])(
    '%s takes what a link takes as given, the same value, and refuses in one line what the page would change',
    (flag, key, extra) => {
      const text = fc.oneof(
        fc.string(),
        fc.integer({ min: -10, max: 200_000 }).map(String),
        fc.constantFrom(
          '0x64',
          '0b11',
          '1e3',
          '-1',
          '2027',
          '2027.0',
          '2027.5',
          '1.5',
          ' 500 ',
          'demandLed',
          'all',
          '2015-16',
          'observed',
          '\u202e7',
        ),
      );
      fc.assert(
        fc.property(text, (raw) => {
          fc.pre(!raw.startsWith('--') && raw !== '');
          const page = decodeQuery(`preset=evidence-2026&${key}=${encodeURIComponent(raw)}`, AREAS);
          const args = [...extra, flag, raw];
          if (page.notices.length === 0) {
            const o = parseArgs(args);
            if (o.mode !== 'run') throw new Error('expected a run');
            const got = { draws: o.uncertainty?.draws, seed: o.uncertainty?.seed, ...o.settings };
            const want = {
              draws: page.state.draws,
              seed: page.state.seed,
              start: page.state.settings.startYear,
              prices: page.state.settings.priceYear,
              delivery: page.state.settings.delivery,
              services: page.state.settings.services,
              costs: page.state.settings.unitCosts,
              pop: page.state.settings.population,
            }[key];
            const name = {
              draws: 'draws',
              seed: 'seed',
              start: 'startYear',
              prices: 'priceYear',
              delivery: 'delivery',
              services: 'services',
              costs: 'unitCosts',
              pop: 'population',
            }[key] as keyof typeof got;
            expect(got[name]).toBe(want);
          } else {
            let error: unknown;
            try {
              parseArgs(args);
            } catch (e) {
              error = e;
            }
            expect(error).toBeInstanceOf(UsageError);
            const message = (error as Error).message;
            expect(message.startsWith(flag)).toBe(true);
            expect(message).not.toMatch(BIDI);
            expect(message).not.toContain('\n');
          }
        }),
        { numRuns: 300, seed: 41 },
      );
    },
  );

  it.each([
    [
      ['--uncertainty', '--seed', '-1'],
      '--seed must be a whole number from 0 to 2147483647, as in a link, not "-1"',
    ],
    [['--uncertainty', '--draws', '0x64'], '--draws must be a whole number from 100 to 100000, not "0x64"'],
    [['--uncertainty', '--draws', '1e3', '--seed', '0x10'], '--seed must be a whole number'],
    [['--start', '2027.5'], '--start must be a year from 2017 to 2030, not "2027.5"'],
  ])('%j exits with code 2 and one line, no stack trace', (args, message) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(`model: ${message}`)).toBe(true);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('takes the first of any repeated flag, as a link its first repeated key, and says so once', () => {
    const notes: string[] = [];
    const o = parseArgs(
      [
        '--preset',
        'hlp2017',
        '--preset',
        'green-book',
        '--preset',
        'nope',
        '--set',
        'startRate=0.1',
        '--set',
        'startRate=abc',
        '--start',
        '2027',
        '--start',
        '1999',
        '--uncertainty',
        '--seed',
        '3',
        '--seed',
        '-1',
        '--draws',
        '500',
        '--draws',
        'x',
        '--format',
        'json',
        '--format',
        'xml',
      ],
      notes,
    );
    if (o.mode !== 'run') throw new Error('expected a run');
    expect(o).toMatchObject({
      preset: 'hlp2017',
      set: { startRate: 0.1 },
      settings: { startYear: 2027 },
      uncertainty: { draws: 500, seed: 3 },
      format: 'json',
    });
    expect(notes).toEqual(
      ['--preset', '--set startRate', '--start', '--seed', '--draws', '--format'].map(
        (f) => `${f} is given more than once: the first value was used, as the page does`,
      ),
    );
    // The page, the same way: the first value, said once.
    const page = decodeQuery('preset=hlp2017&preset=green-book&startRate=0.1&startRate=abc', AREAS);
    expect(page.state.preset).toBe('hlp2017');
    expect(page.state.changes).toEqual({ startRate: 0.1 });
    expect(page.notices).toEqual([
      'The link repeats "preset": the first value was used.',
      'The link repeats "startRate": the first value was used.',
    ]);
  });

  it('says at most ten things about a command line, the last saying how many more, one line each', () => {
    const offStep = PARAMS.filter((p) => p.min + p.step / 3 < p.max).slice(0, 14);
    expect(offStep).toHaveLength(14);
    const args = offStep.flatMap((p) => ['--set', `${p.id}=${p.min + p.step / 3}`]);
    const r = cli(...args, '--format', 'csv');
    expect(r.status).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_NOTICES);
    expect(lines.at(-1)).toBe('model: …and 5 more notes on the command line.');
  });

  it('shows no character that reorders text in what it quotes', () => {
    const spoof = '\u202eX\u2066 net is £9bn\u2069';
    for (const args of [
      ['--preset', spoof],
      ['--set', `${spoof}=1`],
      ['--set', `startRate=${spoof}`],
      ['--delivery', spoof],
      ['--area', spoof],
      [`--${spoof}`],
    ]) {
      const r = cli(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('X net is £9bn');
      expect(r.stderr).not.toMatch(BIDI);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
