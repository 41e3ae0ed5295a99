import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../scripts/cli/args.ts';

describe('model CLI arguments', () => {
  it('parses a full command line', () => {
    expect(
      parseArgs([
        '--preset',
        'evidence-central',
        '--set',
        'startRate=0.1',
        '--area',
        'E09000006',
        '--area',
        'E54000029',
        '--years',
        '2017-2024',
        '--format',
        'csv',
      ]),
    ).toEqual({
      mode: 'run',
      preset: 'evidence-central',
      set: { startRate: 0.1 },
      areas: ['E09000006', 'E54000029'],
      years: [2017, 2024],
      settings: {},
      format: 'csv',
      uncertainty: null,
      tornado: false,
      out: null,
      data: null,
    });
    expect(parseArgs(['--data', 'pcns.csv'])).toMatchObject({ mode: 'run', data: 'pcns.csv' });
    expect(parseArgs(['--template', '--out', 't.csv'])).toEqual({ mode: 'template', out: 't.csv' });
    expect(parseArgs(['--params', '--format', 'json'])).toEqual({
      mode: 'params',
      format: 'json',
      out: null,
    });
    expect(parseArgs(['--format', 'json', '--out', 'london.json'])).toMatchObject({ out: 'london.json' });
    expect(() => parseArgs(['--out'])).toThrow('--out needs a value');
  });

  it("parses the scenario settings and defaults to the page's preset", () => {
    const o = parseArgs([
      '--start',
      '2027',
      '--prices',
      '2023',
      '--delivery',
      'demandLed',
      '--services',
      'hospital',
      '--unit-costs',
      '2015-16',
      '--population',
      'projected',
    ]);
    if (o.mode !== 'run') throw new Error('expected a run');
    expect(o.preset).toBe('evidence-2026');
    expect(o.settings).toEqual({
      startYear: 2027,
      priceYear: 2023,
      delivery: 'demandLed',
      services: 'hospital',
      unitCosts: '2015-16',
      population: 'projected',
    });
  });

  it.each([
    [['--preset', 'nope'], /unknown preset "nope"/],
    [['--set', 'bogus=1'], /unknown parameter "bogus"/],
    [['--set', 'startRate=abc'], /startRate: "abc" is not a number/],
    [['--set', 'startRate='], /is not a number/],
    [['--set', 'startRate=0.9'], /startRate = 0.9 is out of range \(0 to 0.5\)/],
    [['--set', 'startRate'], /PARAM=VALUE/],
    [['--years', '2017'], /--years expects START-END/],
    [['--years', '2020-2017'], /the first year is after the last/],
    [['--start', '2016'], /--start must be a year from 2017 to 2030, not "2016"/],
    [['--prices', '2014'], /--prices must be a year from 2015 to 2030/],
    [['--delivery', 'fast'], /--delivery is one of perStart, demandLed, capacityLed, not "fast"/],
    [['--services', 'gp'], /--services is one of hospital, all/],
    [['--unit-costs', '2019-20'], /--unit-costs is one of 2015-16, 2023-24/],
    [['--population', 'guess'], /--population is one of projected, observed/],
    [['--format', 'xml'], /unknown format "xml"/],
    [['--preset'], /--preset needs a value/],
    [['--frobnicate'], /unknown option/],
    [['--uncertainty', '--draws', '99'], /--draws must be a whole number from 100 to 100000, not "99"/],
    [['--uncertainty', '--draws', '100001'], /from 100 to 100000/],
    [['--uncertainty', '--draws', '2500.5'], /--draws must be a whole number/],
    [['--uncertainty', '--draws', 'many'], /not "many"/],
    [['--uncertainty', '--draws'], /--draws needs a value/],
    [
      ['--uncertainty', '--seed', '1.5'],
      /--seed must be a whole number from 0 to 2147483647, as in a link, not "1.5"/,
    ],
    [['--uncertainty', '--seed', 'abc'], /--seed must be a whole number/],
    [['--uncertainty', '--seed', '9007199254740993'], /--seed must be a whole number/],
    // As a link: no negative seed, and only decimal numbers.
    [['--uncertainty', '--seed', '-1'], /--seed must be a whole number from 0/],
    [['--uncertainty', '--seed', '0x10'], /--seed must be a whole number/],
    [['--uncertainty', '--draws', '0x64'], /--draws must be a whole number/],
    [['--set', 'duration=0b11'], /duration: "0b11" is not a number/],
    [['--uncertainty', '--seed', '--tornado'], /--seed needs a value/],
    [['--draws', '500'], /--draws is only used with --uncertainty/],
    [['--seed', '3'], /--seed is only used with --uncertainty/],
    [['--uncertainty', '--format', 'csv'], /--uncertainty is shown in table or json format, not csv/],
    [['--tornado', '--format', 'csv'], /--tornado is shown in table or json format/],
  ] as [string[], RegExp][])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it("puts a value on its slider's step and takes the first of a repeated --set, as the page does, and says so", () => {
    const notes: string[] = [];
    const o = parseArgs(['--set', 'startRate=0.123', '--set', 'duration=3', '--set', 'duration=5'], notes);
    if (o.mode !== 'run') throw new Error('expected a run');
    expect(o.set).toEqual({ startRate: 0.12, duration: 3 });
    expect(notes).toEqual([
      "startRate = 0.123 was rounded to the slider's step, 0.12, as the page does",
      '--set duration is given more than once: the first value was used, as the page does',
    ]);
  });

  it('parses --uncertainty with its defaults, --draws, --seed and --tornado', () => {
    const run = (argv: string[]) => {
      const o = parseArgs(argv);
      if (o.mode !== 'run') throw new Error('expected a run');
      return o;
    };
    expect(run(['--uncertainty']).uncertainty).toEqual({ draws: 10000, seed: 1 });
    expect(run(['--uncertainty', '--draws', '500', '--seed', '7'])).toMatchObject({
      uncertainty: { draws: 500, seed: 7 },
      tornado: false,
    });
    expect(run(['--seed', '12', '--uncertainty', '--draws', '100000']).uncertainty).toEqual({
      draws: 100000,
      seed: 12,
    });
    expect(run(['--tornado'])).toMatchObject({ uncertainty: null, tornado: true });
    expect(run([])).toMatchObject({ uncertainty: null, tornado: false });
  });
});
