import { describe, expect, it } from 'vitest';
import { stpRows, stpSubtitle, stpTable, stpTitle, type StpRow } from '../../../src/lib/charts/stp/stp.ts';
import { close, result, summaries } from './fixtures.ts';

const row = (net: number): StpRow => ({ code: 'x', name: 'x', gross: 1, cost: 1 - net, net, roi: null });

describe('stpRows', () => {
  it('gives the five STPs with totals that add up to London', () => {
    const r = result('hlp2017');
    const sums = summaries(r);
    const rows = stpRows(r.stps, sums);
    expect(rows).toHaveLength(5);
    const london = sums.get('london')!;
    expect(
      close(
        rows.reduce((a, x) => a + x.gross, 0),
        london.gross,
      ),
    ).toBe(true);
    expect(
      close(
        rows.reduce((a, x) => a + x.cost, 0),
        london.cost,
      ),
    ).toBe(true);
    rows.forEach((x) => expect(close(x.net, x.gross - x.cost)).toBe(true));
    expect(stpTitle(rows)).toBe('All five STPs save more than they spend');
    const table = stpTable(rows, rows[0]!.code);
    expect(table.highlight).toBe(rows[0]!.code);
    expect(table.rows).toHaveLength(5);
  });

  it('states how many STPs save more than they spend', () => {
    expect(stpTitle([row(1), row(-1), row(-1), row(-1), row(-1)])).toBe(
      'One of the five STPs saves more than it spends',
    );
    expect(stpTitle([row(1), row(1), row(1), row(-1), row(-1)])).toBe(
      'Three of the five STPs save more than they spend',
    );
    expect(stpTitle([row(-1), row(-1), row(-1), row(-1), row(-1)])).toBe(
      'None of the five STPs saves more than it spends',
    );
  });

  it('matches the evidence-central scenario', () => {
    const r = result('evidence-central', 2031);
    const rows = stpRows(r.stps, summaries(r));
    expect(rows.every((x) => x.net < 0)).toBe(true);
    expect(stpTitle(rows)).toBe('None of the five STPs saves more than it spends');
  });

  it('gives units, years and discounting', () => {
    expect(stpSubtitle(['2017/18', '2020/21'], 0.035)).toBe(
      'Gross savings and programme cost in £, total 2017/18 to 2020/21, present values at 3.5%',
    );
  });
});
