import { describe, expect, it } from 'vitest';
import {
  cellTexts,
  parseCell,
  readCsv,
  scanRecords,
  type ColumnRule,
} from '../../../src/lib/data/read/csv.ts';
import { formatIssue } from '../../../src/lib/data/read/errors.ts';

describe('scanRecords', () => {
  it('counts fields per record, honouring quotes, CRLF and a missing final newline', () => {
    expect(scanRecords('a,b,c\r\n1,"x,y",3\r\n"say ""hi""",,\n4,5')).toEqual({
      header: ['a', 'b', 'c'],
      lengths: [3, 3, 3, 2],
    });
  });

  it('counts a blank line as a one-field record, so it cannot hide', () => {
    expect(scanRecords('a,b\n1,2\n\n3,4\n').lengths).toEqual([2, 2, 1, 2]);
  });
});

describe('readCsv', () => {
  it('keeps every value as text, including codes with leading zeros, and blanks as null', () => {
    const { csv, issues } = readCsv({
      file: 'x.csv',
      text: '\uFEFFcode,ods,n\nE09000001,07T,0012\nE09000002,,3\n',
    });
    expect(issues).toEqual([]);
    if (!csv) throw new Error('no table');
    expect(csv.header).toEqual(['code', 'ods', 'n']);
    expect(cellTexts(csv.table, 'n')).toEqual(['0012', '3']);
    expect(cellTexts(csv.table, 'ods')).toEqual(['07T', null]);
    expect(csv?.codes).toEqual(['E09000001', 'E09000002']);
  });

  it('reports rows with too many or too few fields, with row and code', () => {
    const { issues } = readCsv({ file: 'x.csv', text: 'code,a,b\nE09000001,1,2,3\nE09000002,1\n' });
    expect(issues.map(formatIssue)).toEqual([
      'x.csv row 1 (E09000001): has 4 fields but the header has 3 (a blank line, or a stray or missing comma?)',
      'x.csv row 2 (E09000002): has 2 fields but the header has 3 (a blank line, or a stray or missing comma?)',
    ]);
  });

  it('reports a duplicated or blank header name and an empty file', () => {
    expect(readCsv({ file: 'x.csv', text: 'code,a,a,\n1,2,3,4\n' }).issues.map(formatIssue)).toEqual([
      'x.csv, column a: appears twice in the header (fields 2 and 3)',
      'x.csv: header field 4 is blank',
    ]);
    expect(readCsv({ file: 'x.csv', text: '' }).issues.map(formatIssue)).toEqual([
      'x.csv: file is empty: expected a header row',
    ]);
  });
});

describe('parseCell', () => {
  const count: ColumnRule = {
    kind: 'number',
    integer: true,
    min: 0,
    minExclusive: true,
    what: 'a population',
  };
  const pct: ColumnRule = { kind: 'number', blank: 'allowed', min: 0, max: 100, what: 'a percentage' };

  it('accepts plain decimal numbers only', () => {
    expect(parseCell('12', count)).toEqual({ ok: true, value: 12 });
    expect(parseCell('9.03', pct)).toEqual({ ok: true, value: 9.03 });
    for (const raw of ['12a', '1,234', '1e3', ' 12', '12 ', '+5', '.5', 'Infinity']) {
      expect(parseCell(raw, pct)).toEqual({ ok: false, problem: `${JSON.stringify(raw)} is not a number` });
    }
  });

  it('enforces sign, wholeness and range', () => {
    expect(parseCell('-1', count)).toEqual({ ok: false, problem: '"-1" is negative' });
    expect(parseCell('0', count)).toEqual({ ok: false, problem: '"0" must be above 0 for a population' });
    expect(parseCell('1.5', count)).toEqual({ ok: false, problem: '"1.5" is not a whole number' });
    expect(parseCell('100', pct)).toEqual({ ok: true, value: 100 });
    expect(parseCell('100.01', pct)).toEqual({
      ok: false,
      problem: '"100.01" is above 100, the largest possible value for a percentage',
    });
  });

  it('lets only optional columns be blank, and never fills them', () => {
    expect(parseCell(null, pct)).toEqual({ ok: true, value: null });
    expect(parseCell(null, count)).toEqual({ ok: false, problem: 'is blank' });
    expect(parseCell(null, { kind: 'oneOf', values: ['a'] })).toEqual({ ok: false, problem: 'is blank' });
  });
});
