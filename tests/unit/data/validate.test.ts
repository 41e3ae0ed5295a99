import { describe, expect, it } from 'vitest';
import { mainGrouping } from '../../../src/lib/data/geography.ts';
import { buildData } from '../../../scripts/data/build.ts';
import {
  getCell,
  messages,
  realInputs,
  removeColumn,
  removeRow,
  replaceOnce,
  setCell,
  withBoroughs,
  withTotals,
} from './fixtures.ts';

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

  it('an unknown ICB code', () => {
    expect(messages(build(setCell(csv, 12, 'stp_code', 'E54000099')))).toContain(
      'data/boroughs.csv row 12 (E09000012), column stp_code: "E54000099" is not one of the five London ICB footprints ' +
        '(E54000027, E54000028, E54000029, E54000030, E54000031)',
    );
  });

  it('an ICB name that does not match its code', () => {
    expect(messages(build(setCell(csv, 5, 'stp_name', 'North Central London')))).toContain(
      'data/boroughs.csv row 5 (E09000005), column stp_name: "North Central London" does not match stp_code E54000027, which is "North West London"',
    );
  });

  it('an ICB left with no boroughs', () => {
    let text = csv;
    for (let row = 1; row <= 33; row++) {
      if (getCell(text, row, 'stp_code') === 'E54000031') {
        text = setCell(
          setCell(setCell(text, row, 'stp_code', 'E54000030'), row, 'stp_name', 'South East London'),
          row,
          'icb_ods',
          'QKK',
        );
      }
    }
    expect(messages(build(text))).toContain(
      'data/boroughs.csv, column stp_code: no borough is in E54000031 South West London',
    );
  });

  it('an ICB ODS code that does not match stp_code', () => {
    // Brent is in North West London (E54000027, QRV); QMJ is North Central London's.
    expect(messages(build(setCell(csv, 5, 'icb_ods', 'QMJ')))).toEqual([
      'data/boroughs.csv row 5 (E09000005), column icb_ods: "QMJ" does not match stp_code E54000027, whose ICB ODS code is QRV',
    ]);
    expect(messages(build(setCell(csv, 5, 'icb_ods', 'qrv')))).toContain(
      'data/boroughs.csv row 5 (E09000005), column icb_ods: "qrv" does not match stp_code E54000027, whose ICB ODS code is QRV',
    );
  });

  it('a blank ICB ODS code', () => {
    expect(messages(build(setCell(csv, 9, 'icb_ods', '')))).toEqual([
      'data/boroughs.csv row 9 (E09000009), column icb_ods: is blank',
    ]);
  });

  it('an ICB ODS code moved with its borough to another ICB passes, the pair being consistent', () => {
    // The check is of the pair, not of which ICB a borough is in (that would be a boundary change).
    let text = setCell(csv, 5, 'stp_code', 'E54000028');
    text = setCell(setCell(text, 5, 'stp_name', 'North Central London'), 5, 'icb_ods', 'QMJ');
    const result = build(text);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    expect(
      mainGrouping(result.dataset.geography).groups.find((s) => s.code === 'E54000028')?.members,
    ).toContain('E09000005');
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

  it('a mid-2024 or mid-2025 column that does not sum to the ONS London total', () => {
    const plus = (column: string, row: number, by: number) =>
      setCell(csv, row, column, String(Number(getCell(csv, row, column)) + by));
    expect(messages(build(plus('pop_2024', 20, 1)))).toEqual([
      'data/boroughs.csv, column pop_2024: the 33 London rows sum to 9,089,737, but the ONS London total ' +
        '(data/london-totals.csv row 9) is 9,089,736 (difference +1)',
    ]);
    expect(messages(build(plus('pop_2025', 1, -1)))).toEqual([
      'data/boroughs.csv, column pop_2025: the 33 London rows sum to 9,122,908, but the ONS London total ' +
        '(data/london-totals.csv row 12) is 9,122,909 (difference -1)',
    ]);
    expect(messages(build(plus('pop_18plus_2024', 3, -10)))).toEqual([
      'data/boroughs.csv, column pop_18plus_2024: the 33 London rows sum to 7,173,640, but the ONS London total ' +
        '(data/london-totals.csv row 10) is 7,173,650 (difference -10)',
    ]);
    expect(messages(build(plus('pop_65plus_2024', 33, 100)))).toEqual([
      'data/boroughs.csv, column pop_65plus_2024: the 33 London rows sum to 1,115,597, but the ONS London total ' +
        '(data/london-totals.csv row 11) is 1,115,497 (difference +100)',
    ]);
  });

  it('two mid-2024 boroughs swapped: the totals still match, the cells do not', () => {
    // A swap keeps every sum, so only the cell-level checks (age bands here) can catch it.
    const city = getCell(csv, 1, 'pop_2024');
    const barking = getCell(csv, 2, 'pop_2024');
    const text = setCell(setCell(csv, 1, 'pop_2024', barking), 2, 'pop_2024', city);
    expect(messages(build(text))).toEqual([
      'data/boroughs.csv row 2 (E09000002), column pop_18plus_2024: 166,282 adults is more than the all-ages pop_2024 of 15,111',
    ]);
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
      'data/boroughs.csv row 9 (E09000009): has 27 fields but the header has 28 (a blank line, or a stray or missing comma?)',
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

  it('mid-2024 age bands that do not nest: more aged 65+ than 18+, more adults than people', () => {
    const out = messages(
      build(setCell(setCell(csv, 2, 'pop_65plus_2024', '170000'), 6, 'pop_18plus_2024', '340000')),
    );
    expect(out).toContain(
      'data/boroughs.csv row 2 (E09000002), column pop_65plus_2024: 170,000 aged 65+ is more than the pop_18plus_2024 of 166,282',
    );
    expect(out).toContain(
      'data/boroughs.csv row 6 (E09000006), column pop_18plus_2024: 340,000 adults is more than the all-ages pop_2024 of 335,319',
    );
    // The mid-2016 bands of the same rows are fine, so nothing is said about them.
    expect(out.join('\n')).not.toContain('2016');
  });

  it('mid-2024 age bands are checked against pop_2024, not pop_2025', () => {
    // Brent: 277,975 adults in mid-2024, 352,976 people in mid-2024, 352,201 in mid-2025.
    // Adults above the 2025 total but below the 2024 one would be fine; above 2024 is not.
    const out = messages(build(setCell(csv, 5, 'pop_18plus_2024', '352500'))).join('\n');
    expect(out).not.toContain('adults is more than');
    expect(messages(build(setCell(csv, 5, 'pop_18plus_2024', '353000')))).toContain(
      'data/boroughs.csv row 5 (E09000005), column pop_18plus_2024: 353,000 adults is more than the all-ages pop_2024 of 352,976',
    );
  });

  it('a mid-2024 population that is not a whole positive number', () => {
    const out = messages(
      build(
        setCell(
          setCell(setCell(csv, 3, 'pop_2024', '4O5050'), 4, 'pop_2025', '0'),
          7,
          'pop_65plus_2024',
          '26312.5',
        ),
      ),
    );
    expect(out).toContain('data/boroughs.csv row 3 (E09000003), column pop_2024: "4O5050" is not a number');
    expect(out).toContain(
      'data/boroughs.csv row 4 (E09000004), column pop_2025: "0" must be above 0 for a population',
    );
    expect(out).toContain(
      'data/boroughs.csv row 7 (E09000007), column pop_65plus_2024: "26312.5" is not a whole number',
    );
  });

  it('a missing mid-2024 column', () => {
    for (const column of ['icb_ods', 'pop_2024', 'pop_2025', 'pop_18plus_2024', 'pop_65plus_2024']) {
      expect(messages(build(removeColumn(csv, column))), column).toContain(
        `data/boroughs.csv, column ${column}: required column is missing from the header`,
      );
    }
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
  const build = (text: string) => buildData(withTotals(text));

  it('a missing total', () => {
    const text = totals
      .split('\n')
      .filter((line) => !line.startsWith('London,pop_2018,'))
      .join('\n');
    expect(messages(build(text))).toContain(
      'data/london-totals.csv, column column: no row gives the London total for pop_2018, needed to check the borough figures',
    );
  });

  it('a missing total for each mid-2024 column', () => {
    for (const column of ['pop_2024', 'pop_2025', 'pop_18plus_2024', 'pop_65plus_2024']) {
      const text = totals
        .split('\n')
        .filter((line) => !line.startsWith(`London,${column},`))
        .join('\n');
      expect(text, column).not.toBe(totals);
      expect(messages(build(text)), column).toEqual([
        `data/london-totals.csv, column column: no row gives the London total for ${column}, needed to check the borough figures`,
      ]);
    }
  });

  it('a mid-2024 or mid-2025 total that the boroughs do not add up to', () => {
    expect(
      messages(build(replaceOnce(totals, 'London,pop_2025,9122909,', 'London,pop_2025,9122099,'))),
    ).toEqual([
      'data/boroughs.csv, column pop_2025: the 33 London rows sum to 9,122,909, but the ONS London total ' +
        '(data/london-totals.csv row 12) is 9,122,099 (difference +810)',
    ]);
    expect(
      messages(
        build(replaceOnce(totals, 'London,pop_65plus_2024,1115497,', 'London,pop_65plus_2024,1115479,')),
      ),
    ).toEqual([
      'data/boroughs.csv, column pop_65plus_2024: the 33 London rows sum to 1,115,497, but the ONS London total ' +
        '(data/london-totals.csv row 11) is 1,115,479 (difference +18)',
    ]);
  });

  it('a total given twice', () => {
    const text = `${totals.trimEnd()}\nLondon,pop_2024,9089736,"repeated"\n`;
    expect(messages(build(text))).toContain(
      'data/london-totals.csv row 13 (pop_2024), column column: repeats the London total of row 9',
    );
  });

  it('a total that is not a number', () => {
    const text = totals.replace('London,pop_2017,8825001', 'London,pop_2017,8825001x');
    expect(messages(build(text))).toContain(
      'data/london-totals.csv row 2 (pop_2017), column total: "8825001x" is not a number',
    );
    expect(
      messages(build(replaceOnce(totals, 'London,pop_2024,9089736,', 'London,pop_2024,9 089 736,'))),
    ).toContain('data/london-totals.csv row 9 (pop_2024), column total: "9 089 736" is not a number');
  });

  it('a total for a column that does not exist', () => {
    const text = totals.replace('London,pop_2017,', 'London,pop_2071,');
    expect(messages(build(text)).join('\n')).toContain(
      'data/london-totals.csv row 2 (pop_2071), column column: "pop_2071" is not one of',
    );
  });
});
