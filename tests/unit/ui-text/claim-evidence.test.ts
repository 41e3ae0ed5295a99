/** The first screen's claim and evidence: figures from the presets, ranges once in, the gap in one line. */
import { describe, expect, it } from 'vitest';
import { loadDatasetFromDisk } from '../../../src/lib/data/load-node.ts';
import { claimAndEvidence, comparisonRows, gapReading, termsOf } from '../../../src/lib/claim-evidence.ts';
import { findArea, monteCarlo, presetScenario, run, summarise } from '../../../src/lib/model/index.ts';
import { money, ratio } from '../../../src/lib/format.ts';

const data = loadDatasetFromDisk();
const { claim, evidence } = claimAndEvidence(data);
const london = (id: 'hlp2017' | 'evidence-2026') =>
  monteCarlo(presetScenario(id, data), data, { draws: 300, seed: 1, yearly: 'selected' }).areas[0]!;

describe('claim and evidence', () => {
  it("are London's figures under HLP's reconstructed headline and the planning preset", () => {
    expect(claim.preset.id).toBe('hlp2017');
    expect(evidence.preset.id).toBe('evidence-2026');
    const direct = summarise(findArea(run(presetScenario('evidence-2026', data), data), 'london')!);
    expect(evidence.summary.net).toBe(direct.net);
    // The reconstruction is calibrated to the published £533m.
    expect(claim.summary.gross / 1e6).toBeCloseTo(533, -1);
  });

  it('say their years and prices, and the discount where there is one', () => {
    expect(termsOf(claim)).toBe('2017/18 to 2020/21, 2015/16 prices');
    expect(termsOf(evidence)).toBe('2026/27 to 2040/41, 2024/25 prices, discounted 3.5% a year');
  });

  it('give each row both figures, with no range until the runs are in, then the 5th to 95th percentile', () => {
    const before = comparisonRows(claim, evidence, null, null);
    expect(before.map((r) => r.key)).toEqual(['gross', 'cost', 'net', 'bcr']);
    expect(before.every((r) => r.claim.range === null && r.evidence.range === null)).toBe(true);
    expect(before[0]!.claim.value).toBe(money(claim.summary.gross));
    const u = london('evidence-2026');
    const after = comparisonRows(claim, evidence, null, u);
    const net = after.find((r) => r.key === 'net')!;
    expect(net.evidence.range).toBe(`${money(u.net.p5)} to ${money(u.net.p95)}`);
    expect(net.evidence.negative).toBe(evidence.summary.net < 0);
    expect(after.find((r) => r.key === 'bcr')!.evidence.value).toBe(ratio(evidence.summary.bcrNhs));
  });

  it('read the gap in plain words, from the figures, and say when the claim sits above its own runs', () => {
    const plain = gapReading(claim, evidence, null, null);
    expect(plain).toBe(
      `In plain terms: for each £1 spent, the 2017 claim gives the NHS back ${ratio(claim.summary.bcrNhs)} and today’s evidence ${ratio(evidence.summary.bcrNhs)}.`,
    );
    const a = london('hlp2017');
    const b = london('evidence-2026');
    const full = gapReading(claim, evidence, a, b);
    expect(full).toMatch(/NHS benefits cover the cost in \d+% of runs\./);
    const above = claim.summary.bcrNhs! > a.bcrNhs!.p95;
    expect(full.includes('is above 95% of its own runs')).toBe(above);
    // With the claim's range moved above its figure, the note goes.
    const moved = { ...a, bcrNhs: { p5: 0, p50: 1, p95: claim.summary.bcrNhs! + 1 } };
    expect(gapReading(claim, evidence, moved, b)).not.toContain('above 95%');
  });
});
