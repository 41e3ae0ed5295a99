import { describe, expect, it } from 'vitest';
import { buildData } from '../../../scripts/data/build.ts';
import { getCell, messages, realInputs, removeColumn, removeRow, setCell, withBoroughs } from './fixtures.ts';

const csv = realInputs().boroughs.text;
const build = (text: string) => buildData(withBoroughs(text));

describe('data/boroughs.csv validation names the file, row and column', () => {
  it('the real inputs pass', () => {
    expect(buildData(realInputs()).ok).toBe(true);
  });

  it('a missing code row', () => {
    expect(messages(build(removeRow(csv, 7)))).toContain(
      'data/boroughs.csv, column code: no row has code E09000007: every London code needs one row',
    );
  });

  it('a duplicated code', () => {
    const out = messages(build(setCell(csv, 8, 'code', 'E09000007')));
    expect(out).toContain(
      'data/boroughs.csv row 8 (E09000007), column code: E09000007 is duplicated: row 7 has it too',
    );
    expect(out).toContain(
      'data/boroughs.csv, column code: no row has code E09000008: every London code needs one row',
    );
  });

  it('a code outside E09000001-E09000033', () => {
    expect(messages(build(setCell(csv, 33, 'code', 'E09000034')))).toContain(
      'data/boroughs.csv row 33 (E09000034), column code: "E09000034" is not a London local authority code (E09000001-E09000033)',
    );
  });

  it('a blank code', () => {
    expect(messages(build(setCell(csv, 4, 'code', '')))).toContain(
      'data/boroughs.csv row 4, column code: is blank',
    );
  });

  it('a population that is not a number', () => {
    expect(messages(build(setCell(csv, 7, 'pop_2017', 'abc')))).toContain(
      'data/boroughs.csv row 7 (E09000007), column pop_2017: "abc" is not a number',
    );
    for (const bad of ['12a', '1e5', ' 12', '0x10', 'NaN']) {
      expect(messages(build(setCell(csv, 7, 'pop_2017', bad)))).toContain(
        `data/boroughs.csv row 7 (E09000007), column pop_2017: ${JSON.stringify(bad)} is not a number`,
      );
    }
  });

  it('a negative population', () => {
    expect(messages(build(setCell(csv, 3, 'pop_2018', '-5')))).toContain(
      'data/boroughs.csv row 3 (E09000003), column pop_2018: "-5" is negative',
    );
  });

  it('a population of zero, a fraction or a blank', () => {
    const out = messages(
      build(
        setCell(setCell(setCell(csv, 3, 'pop_2019', '0'), 4, 'pop_2020', '12.5'), 5, 'pop_18plus_2016', ''),
      ),
    );
    expect(out).toContain(
      'data/boroughs.csv row 3 (E09000003), column pop_2019: "0" must be above 0 for a population',
    );
    expect(out).toContain(
      'data/boroughs.csv row 4 (E09000004), column pop_2020: "12.5" is not a whole number',
    );
    expect(out).toContain('data/boroughs.csv row 5 (E09000005), column pop_18plus_2016: is blank');
  });

  it('a percentage above 100', () => {
    expect(messages(build(setCell(csv, 10, 'qof1617_copd_pct', '101')))).toContain(
      'data/boroughs.csv row 10 (E09000010), column qof1617_copd_pct: "101" is above 100, the largest possible value for a percentage',
    );
  });

  it('an IMD rank outside 1-326', () => {
    expect(messages(build(setCell(csv, 11, 'imd2015_rank_of_326', '327')))).toContain(
      'data/boroughs.csv row 11 (E09000011), column imd2015_rank_of_326: "327" is above 326, the largest possible value for a rank of 326',
    );
  });

  it('an unknown inner_outer value', () => {
    expect(messages(build(setCell(csv, 2, 'inner_outer', 'Inner')))).toContain(
      'data/boroughs.csv row 2 (E09000002), column inner_outer: "Inner" is not one of "Inner London", "Outer London"',
    );
  });

  it('an unknown STP code', () => {
    expect(messages(build(setCell(csv, 12, 'stp_code', 'E54000099')))).toContain(
      'data/boroughs.csv row 12 (E09000012), column stp_code: "E54000099" is not one of the five London STP footprints ' +
        '(E54000027, E54000028, E54000029, E54000030, E54000031)',
    );
  });

  it('an STP name that does not match its code', () => {
    expect(messages(build(setCell(csv, 5, 'stp_name', 'North Central London')))).toContain(
      'data/boroughs.csv row 5 (E09000005), column stp_name: "North Central London" does not match stp_code E54000027, which is "North West London"',
    );
  });

  it('an STP left with no boroughs', () => {
    let text = csv;
    for (let row = 1; row <= 33; row++) {
      if (getCell(text, row, 'stp_code') === 'E54000031') {
        text = setCell(setCell(text, row, 'stp_code', 'E54000030'), row, 'stp_name', 'South East London');
      }
    }
    expect(messages(build(text))).toContain(
      'data/boroughs.csv, column stp_code: no borough is in E54000031 South West London',
    );
  });

  it('a CCG described two ways', () => {
    expect(messages(build(setCell(csv, 12, 'ccg_2016_gss', 'E38000036')))).toContain(
      'data/boroughs.csv row 12 (E09000012), column ccg_2016_gss: "E38000036" differs from row 1, which has "E38000035" for CCG 07T',
    );
  });

  it('a population column that does not sum to the ONS London total', () => {
    const plusOne = String(Number(getCell(csv, 20, 'pop_2019')) + 1);
    expect(messages(build(setCell(csv, 20, 'pop_2019', plusOne)))).toContain(
      'data/boroughs.csv, column pop_2019: the 33 London rows sum to 8,961,990, but the ONS London total ' +
        '(data/london-totals.csv row 4) is 8,961,989 (difference +1)',
    );
  });

  it('Inner London not summing to the ONS Inner London total', () => {
    // Haringey is Inner London in the ONS statistical definition.
    expect(messages(build(setCell(csv, 14, 'inner_outer', 'Outer London')))).toContain(
      'data/boroughs.csv, column pop_2016: the 13 Inner London rows sum to 3,250,895, but the ONS Inner London total ' +
        '(data/london-totals.csv row 8) is 3,529,346 (difference -278,451)',
    );
  });

  it('a missing required column', () => {
    expect(messages(build(removeColumn(csv, 'qof1617_copd_pct')))).toContain(
      'data/boroughs.csv, column qof1617_copd_pct: required column is missing from the header',
    );
  });

  it('a row with a missing field', () => {
    const rows = csv.split('\n');
    rows[9] = (rows[9] ?? '').replace(/,[^,]*$/, '');
    expect(messages(build(rows.join('\n')))).toContain(
      'data/boroughs.csv row 9 (E09000009): has 22 fields but the header has 23 (a blank line, or a stray or missing comma?)',
    );
  });

  it('a borough name with no boundary, and a boundary with no borough', () => {
    const out = messages(build(setCell(csv, 21, 'name', 'Kingston-upon-Thames')));
    expect(out).toContain(
      'data/boroughs.csv row 21 (E09000021), column name: "Kingston-upon-Thames" has no polygon with that exact id in ' +
        'node_modules/vega-datasets/data/londonBoroughs.json',
    );
    expect(out).toContain(
      'node_modules/vega-datasets/data/londonBoroughs.json: objects.boroughs.geometries[0] has id "Kingston upon Thames", ' +
        'which matches no name in data/boroughs.csv',
    );
  });

  it('more people aged 65+ than aged 18+', () => {
    expect(messages(build(setCell(csv, 2, 'pop_65plus_2016', '150000')))).toContain(
      'data/boroughs.csv row 2 (E09000002), column pop_65plus_2016: 150,000 aged 65+ is more than the pop_18plus_2016 of 144,677',
    );
  });

  it('more adults than people', () => {
    expect(messages(build(setCell(csv, 6, 'pop_18plus_2016', '400000')))).toContain(
      'data/boroughs.csv row 6 (E09000006), column pop_18plus_2016: 400,000 adults is more than the all-ages pop_2016 of 326,889',
    );
  });

  it('collects every problem rather than stopping at the first', () => {
    const text = setCell(
      setCell(setCell(csv, 7, 'pop_2017', 'abc'), 10, 'qof1617_copd_pct', '101'),
      12,
      'stp_code',
      'X',
    );
    const out = messages(build(text)).join('\n');
    expect(out).toContain('row 7 (E09000007), column pop_2017');
    expect(out).toContain('row 10 (E09000010), column qof1617_copd_pct');
    expect(out).toContain('row 12 (E09000012), column stp_code');
  });

  it('accepts a blank indicator, never filling it, and flags it', () => {
    const result = build(setCell(csv, 5, 'qof1617_diabetes_pct_17plus', ''));
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    const brent = result.dataset.boroughs.find((b) => b.code === 'E09000005');
    expect(brent?.indicators.qofDiabetes).toBeNull();
    expect(brent?.missingIndicators).toEqual(['qofDiabetes']);
  });
});

describe('data/london-totals.csv validation', () => {
  const totals = realInputs().totals.text;
  const withTotals = (text: string) =>
    buildData({ ...realInputs(), totals: { file: 'data/london-totals.csv', text } });

  it('a missing total', () => {
    const text = totals
      .split('\n')
      .filter((line) => !line.startsWith('London,pop_2018,'))
      .join('\n');
    expect(messages(withTotals(text))).toContain(
      'data/london-totals.csv, column column: no row gives the London total for pop_2018, needed to check the borough figures',
    );
  });

  it('a total that is not a number', () => {
    const text = totals.replace('London,pop_2017,8825001', 'London,pop_2017,8825001x');
    expect(messages(withTotals(text))).toContain(
      'data/london-totals.csv row 2 (pop_2017), column total: "8825001x" is not a number',
    );
  });

  it('a total for a column that does not exist', () => {
    const text = totals.replace('London,pop_2017,', 'London,pop_2071,');
    expect(messages(withTotals(text)).join('\n')).toContain(
      'data/london-totals.csv row 2 (pop_2071), column column: "pop_2071" is not one of',
    );
  });
});
