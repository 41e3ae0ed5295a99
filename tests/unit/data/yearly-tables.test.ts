import { describe, expect, it } from 'vitest';
import { buildData } from '../../../scripts/data/build.ts';
import {
  DEFLATOR_EDITION,
  parseDeflators,
  parseFinancialYear,
  parseLinkWorkerPay,
} from '../../../scripts/data/yearly-tables.ts';
import {
  DEFLATORS_CSV,
  LINK_WORKER_PAY_CSV,
  messages,
  realInputs,
  removeColumn,
  removeRow,
  replaceOnce,
  setCell,
  withBoroughs,
  withDeflators,
  withLinkWorkerPay,
} from './fixtures.ts';

const deflators = realInputs().deflators.text;
const pay = realInputs().linkWorkerPay.text;
const withBadDeflators = (text: string) => buildData(withDeflators(text));
const withBadPay = (text: string) => buildData(withLinkWorkerPay(text));

describe('parseFinancialYear', () => {
  it('reads "2015-16" as 2015 and refuses anything else', () => {
    expect(parseFinancialYear('2015-16')).toBe(2015);
    expect(parseFinancialYear('1999-00')).toBe(1999);
    for (const bad of [
      '2015/16',
      '2015-17',
      '2015-2016',
      '15-16',
      '2015',
      ' 2015-16',
      '2015-16 ',
      'FY2015-16',
    ])
      expect(parseFinancialYear(bad), bad).toBeNull();
  });
});

describe('data/deflators.csv', () => {
  it('reads the real file: 2015-16 to 2030-31, 2024-25 = 100, forecasts from 2025-26', () => {
    const { deflators: index, issues } = parseDeflators({ file: DEFLATORS_CSV, text: deflators });
    expect(issues).toEqual([]);
    expect(index).toEqual({
      edition: DEFLATOR_EDITION,
      years: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030],
      index: [
        74.5804, 76.0754, 77.0388, 78.7948, 80.8738, 85.1002, 85.3036, 91.2996, 96.1117, 100, 103.2388,
        105.3095, 107.3546, 109.3571, 111.3959, 113.6416,
      ],
      forecastFrom: 2025,
    });
  });

  it('has no forecast year when every row is outturn', () => {
    let text = deflators;
    for (let row = 11; row <= 16; row++) text = setCell(text, row, 'status', 'outturn');
    expect(parseDeflators({ file: DEFLATORS_CSV, text }).deflators?.forecastFrom).toBeNull();
  });

  it('a financial year written another way', () => {
    for (const bad of ['2015/16', '2015-17', '2015-2016', '15-16']) {
      expect(messages(withBadDeflators(setCell(deflators, 1, 'financial_year', bad))), bad).toEqual([
        `data/deflators.csv row 1 (${bad}), column financial_year: ${JSON.stringify(bad)}: expected a financial year such as 2019-20`,
      ]);
    }
  });

  it('a blank financial year', () => {
    expect(messages(withBadDeflators(setCell(deflators, 3, 'financial_year', '')))).toContain(
      'data/deflators.csv row 3, column financial_year: is blank: expected a financial year such as 2019-20',
    );
  });

  it('years out of order', () => {
    const text = setCell(setCell(deflators, 2, 'financial_year', '2017-18'), 3, 'financial_year', '2016-17');
    expect(messages(withBadDeflators(text))).toContain(
      'data/deflators.csv row 3 (2016-17), column financial_year: 2016-17 is not after the row above: years must be in order, each once',
    );
  });

  it('a year given twice', () => {
    expect(messages(withBadDeflators(setCell(deflators, 3, 'financial_year', '2016-17')))).toContain(
      'data/deflators.csv row 3 (2016-17), column financial_year: 2016-17 is not after the row above: years must be in order, each once',
    );
  });

  it('a missing year', () => {
    // Without 2020-21, no price can be converted to or from it.
    expect(messages(withBadDeflators(removeRow(deflators, 6)))).toEqual([
      'data/deflators.csv row 6, column financial_year: follows 2019-20 with a gap: every year between the first and the last is needed',
    ]);
  });

  it('outturn after a forecast year', () => {
    expect(messages(withBadDeflators(setCell(deflators, 12, 'status', 'outturn')))).toEqual([
      'data/deflators.csv row 12, column status: is outturn after a forecast year: forecasts come last',
    ]);
    expect(messages(withBadDeflators(setCell(deflators, 9, 'status', 'forecast')))).toEqual([
      'data/deflators.csv row 10, column status: is outturn after a forecast year: forecasts come last',
    ]);
  });

  it('a status that is neither outturn nor forecast', () => {
    expect(messages(withBadDeflators(setCell(deflators, 11, 'status', 'OBR forecast')))).toContain(
      'data/deflators.csv row 11 (2025-26), column status: "OBR forecast" is not one of "outturn", "forecast"',
    );
  });

  it('no year equal to 100', () => {
    expect(messages(withBadDeflators(setCell(deflators, 10, 'index', '100.0001')))).toEqual([
      'data/deflators.csv, column index: no year is 100: the reference year is missing',
    ]);
    // The edition is 2024-25 = 100; "100" is the same number as "100.0000".
    expect(withBadDeflators(setCell(deflators, 10, 'index', '100')).ok).toBe(true);
  });

  it('an index that is not a positive number', () => {
    const cases: [string, string][] = [
      ['abc', '"abc" is not a number'],
      ['7.45804e1', '"7.45804e1" is not a number'],
      [' 74.5804', '" 74.5804" is not a number'],
      ['', 'is blank'],
      ['0', '"0" must be above 0 for a price index'],
      ['-74.5804', '"-74.5804" is negative'],
    ];
    for (const [bad, problem] of cases) {
      expect(messages(withBadDeflators(setCell(deflators, 1, 'index', bad))), bad).toEqual([
        `data/deflators.csv row 1 (2015-16), column index: ${problem}`,
      ]);
    }
    expect(messages(withBadDeflators(setCell(deflators, 7, 'index', 'n/a')))).toContain(
      'data/deflators.csv row 7 (2021-22), column index: "n/a" is not a number',
    );
  });

  it('a missing column, a header alone, an empty file', () => {
    expect(messages(withBadDeflators(removeColumn(deflators, 'status')))).toEqual([
      'data/deflators.csv, column status: required column is missing from the header',
    ]);
    expect(messages(withBadDeflators('financial_year,index,status\n'))).toEqual([
      'data/deflators.csv: has no data rows',
    ]);
    expect(messages(withBadDeflators(''))).toEqual([
      'data/deflators.csv: file is empty: expected a header row',
    ]);
  });

  it('a row with a missing field', () => {
    expect(
      messages(withBadDeflators(replaceOnce(deflators, '2018-19,78.7948,outturn', '2018-19,78.7948'))),
    ).toContain(
      'data/deflators.csv row 4 (2018-19): has 2 fields but the header has 3 (a blank line, or a stray or missing comma?)',
    );
  });
});

describe('data/link-worker-pay.csv', () => {
  it('reads the real file, whose years need not follow on', () => {
    const { pay: rows, issues } = parseLinkWorkerPay({ file: LINK_WORKER_PAY_CSV, text: pay });
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.year)).toEqual([2019, 2020, 2022, 2023]);
    // A year not found stays out: removing one more is still a valid file.
    const fewer = parseLinkWorkerPay({
      file: LINK_WORKER_PAY_CSV,
      text: replaceOnce(pay, pay.split('\n')[2] ?? '', '').replace('\n\n', '\n'),
    });
    expect(fewer.issues).toEqual([]);
    expect(fewer.pay.map((r) => r.year)).toEqual([2019, 2022, 2023]);
  });

  it('applies_from outside its financial year', () => {
    expect(
      messages(withBadPay(replaceOnce(pay, '2023-24,40159,2023-07-01,', '2023-24,40159,2024-07-01,'))),
    ).toEqual([
      'data/link-worker-pay.csv row 4, column applies_from: "2024-07-01" is not within the financial year (2023-04-01 to 2024-03-31)',
    ]);
    expect(
      messages(withBadPay(replaceOnce(pay, '2019-20,34113,2019-04-01,', '2019-20,34113,2019-03-31,'))),
    ).toEqual([
      'data/link-worker-pay.csv row 1, column applies_from: "2019-03-31" is not within the financial year (2019-04-01 to 2020-03-31)',
    ]);
    // The last day of the year is still in it.
    expect(withBadPay(replaceOnce(pay, '2023-24,40159,2023-07-01,', '2023-24,40159,2024-03-31,')).ok).toBe(
      true,
    );
  });

  it('applies_from that is not a date', () => {
    for (const bad of ['1 July 2023', '01/07/2023', '2023-7-1', '2023-07-01T00:00']) {
      expect(
        messages(withBadPay(replaceOnce(pay, '2023-24,40159,2023-07-01,', `2023-24,40159,${bad},`))),
        bad,
      ).toEqual([
        `data/link-worker-pay.csv row 4 (2023-24), column applies_from: ${JSON.stringify(bad)} is not a date such as 2019-04-01`,
      ]);
    }
    expect(messages(withBadPay(replaceOnce(pay, '2020-21,35389,2020-04-01,', '2020-21,35389,,')))).toEqual([
      'data/link-worker-pay.csv row 2 (2020-21), column applies_from: is blank',
    ]);
    // Of the right form, but not days the calendar has.
    for (const bad of ['2023-09-31', '2024-02-30', '2023-13-01']) {
      expect(
        messages(withBadPay(replaceOnce(pay, '2023-24,40159,2023-07-01,', `2023-24,40159,${bad},`))),
        bad,
      ).toEqual([
        `data/link-worker-pay.csv row 4, column applies_from: "${bad}" is not a date in the calendar`,
      ]);
    }
  });

  it('an amount that is not a whole number of pounds', () => {
    const cases: [string, string][] = [
      ['40159.5', '"40159.5" is not a whole number'],
      ['£40159', '"£40159" is not a number'],
      ['40k', '"40k" is not a number'],
      ['', 'is blank'],
      ['0', '"0" must be above 0 for an amount'],
      ['-40159', '"-40159" is negative'],
    ];
    for (const [bad, problem] of cases) {
      expect(
        messages(withBadPay(replaceOnce(pay, '2023-24,40159,2023-07-01,', `2023-24,${bad},2023-07-01,`))),
        bad,
      ).toEqual([`data/link-worker-pay.csv row 4 (2023-24), column max_reimbursable_gbp: ${problem}`]);
    }
  });

  it('a financial year written another way, out of order, or twice', () => {
    expect(
      messages(withBadPay(replaceOnce(pay, '2019-20,34113,2019-04-01,', '2019/20,34113,2019-04-01,'))),
    ).toEqual([
      'data/link-worker-pay.csv row 1 (2019/20), column financial_year: "2019/20": expected a financial year such as 2019-20',
    ]);
    expect(
      messages(withBadPay(replaceOnce(pay, '2022-23,36428,2022-04-01,', '2019-20,36428,2019-04-01,'))),
    ).toContain(
      'data/link-worker-pay.csv row 3 (2019-20), column financial_year: 2019-20 is not after the row above: years must be in order, each once',
    );
    expect(
      messages(withBadPay(replaceOnce(pay, '2022-23,36428,2022-04-01,', '2020-21,36428,2020-04-01,'))),
    ).toContain(
      'data/link-worker-pay.csv row 3 (2020-21), column financial_year: 2020-21 is not after the row above: years must be in order, each once',
    );
  });

  it('a blank source, an extra field, a missing column, a header alone', () => {
    const [header = '', , , , last = ''] = pay.split('\n');
    expect(messages(withBadPay(replaceOnce(pay, last, '2023-24,40159,2023-07-01,')))).toEqual([
      'data/link-worker-pay.csv row 4 (2023-24), column source: is blank',
    ]);
    expect(
      messages(withBadPay(replaceOnce(pay, '2023-07-01,"Management', '2023-07-01,,"Management'))),
    ).toContain(
      'data/link-worker-pay.csv row 4 (2023-24): has 5 fields but the header has 4 (a blank line, or a stray or missing comma?)',
    );
    const noSource = pay
      .split('\n')
      .map((line) => line.replace(/,("[^"]*"|source)$/, ''))
      .join('\n');
    expect(messages(withBadPay(noSource))).toEqual([
      'data/link-worker-pay.csv, column source: required column is missing from the header',
    ]);
    expect(messages(withBadPay(`${header}\n`))).toEqual(['data/link-worker-pay.csv: has no data rows']);
  });
});

describe('the build with bad yearly tables', () => {
  it('reports the problem in each of the three files at once, and builds nothing', () => {
    const inputs = {
      ...withBoroughs(setCell(realInputs().boroughs.text, 5, 'icb_ods', 'QMJ')),
      deflators: withDeflators(setCell(deflators, 10, 'index', '99.9')).deflators,
      linkWorkerPay: withLinkWorkerPay(replaceOnce(pay, ',2022-04-01,', ',2021-04-01,')).linkWorkerPay,
    };
    const result = buildData(inputs);
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('dataset');
    const out = messages(result);
    expect(out).toHaveLength(3);
    expect(out).toEqual(
      expect.arrayContaining([
        'data/boroughs.csv row 5 (E09000005), column icb_ods: "QMJ" does not match stp_code E54000027, whose ICB ODS code is QRV',
        'data/deflators.csv, column index: no year is 100: the reference year is missing',
        'data/link-worker-pay.csv row 3, column applies_from: "2021-04-01" is not within the financial year (2022-04-01 to 2023-03-31)',
      ]),
    );
  });

  it('a bad deflators.csv alone fails the build', () => {
    const result = withBadDeflators(setCell(deflators, 10, 'index', '99.9'));
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('dataset');
    expect(result).not.toHaveProperty('map');
  });

  it('a bad link-worker-pay.csv alone fails the build', () => {
    const result = withBadPay(replaceOnce(pay, '2023-24,40159,', '2023-24,40159.5,'));
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('dataset');
  });
});
