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
      population: 'projected',
      format: 'csv',
    });
    expect(parseArgs(['--params', '--format', 'json'])).toEqual({ mode: 'params', format: 'json' });
  });

  it.each([
    [['--preset', 'nope'], /unknown preset "nope"/],
    [['--set', 'bogus=1'], /unknown parameter "bogus"/],
    [['--set', 'startRate=abc'], /startRate: "abc" is not a number/],
    [['--set', 'startRate='], /is not a number/],
    [['--set', 'startRate=0.9'], /startRate = 0.9 is out of range \(0 to 0.5\)/],
    [['--set', 'startRate'], /PARAM=VALUE/],
    [['--years', '2017'], /--years expects START-END/],
    [['--years', '2016-2020'], /out of range/],
    [['--years', '2017-2031'], /out of range/],
    [['--format', 'xml'], /unknown format "xml"/],
    [['--preset'], /--preset needs a value/],
    [['--frobnicate'], /unknown option/],
  ] as [string[], RegExp][])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
