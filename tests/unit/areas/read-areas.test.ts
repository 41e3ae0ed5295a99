import { parseDataset } from '../../../src/lib/data/parse.ts';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { buildData, pageDataset } from '../../../scripts/data/build.ts';
import { areasTemplate } from '../../../scripts/data/template.ts';
import { MAX_FILE_BYTES, readAreas } from '../../../src/lib/areas/read-areas.ts';
import { formatIssue } from '../../../src/lib/data/read/errors.ts';
import type { Dataset } from '../../../src/lib/data/types.ts';
import { type Cell } from '../../../src/lib/export/csv.ts';
import { PRESET_IDS, presetScenario, run, summarise, type Scenario } from '../../../src/lib/model/index.ts';
import { realInputs } from '../data/fixtures.ts';

const built = buildData(realInputs());
if (!built.ok) throw new Error('the real data must build');
const london = parseDataset(pageDataset(built.dataset));
const template = areasTemplate(built.dataset);

function load(text: string, file = 'mine.csv'): Dataset {
  const r = readAreas({ file, text, base: london });
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.dataset;
}

/** The file's problems, one line each. */
function problems(text: string, file = 'mine.csv'): string[] {
  const r = readAreas({ file, text, base: london });
  return r.ok ? [] : r.issues.map(formatIssue);
}

const table = () => aq.fromCSV(template, { autoType: false });
const header = () => table().columnNames();
const rows = () => table().objects() as Record<string, string>[];
const field = (v: Cell): string => {
  const t = String(v ?? '');
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};
/** A CSV as a user's spreadsheet writes it: cells as they are (the page's exports guard against formulas). */
const write = (cols: string[], records: Record<string, Cell>[]) =>
  [cols, ...records.map((r) => cols.map((c) => r[c] ?? ''))].map((r) => r.map(field).join(',')).join('\r\n');

const relClose = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

describe("the template of one's own areas", () => {
  it('reads back as London: the same boroughs, populations and need indices', () => {
    const mine = load(template);
    expect(mine.boroughs).toEqual(london.boroughs);
    expect(mine.geography.groupings[0]?.groups).toEqual(
      london.geography.groupings
        .find((g) => g.id === 'icb')
        ?.groups.map(({ code, name, members }) => ({ code, name, members })),
    );
    expect(mine.geography.leaf.names).toEqual({ singular: 'borough', plural: 'boroughs' });
    expect(mine.geography.whole.name).toBe('London');
  });

  it.each(PRESET_IDS)('gives exactly the built-in numbers under %s', (id) => {
    const mine = load(template);
    const s: Scenario = presetScenario(id, london);
    const a = run(s, london);
    const b = run(s, mine);
    b.boroughs.forEach((area, i) => expect(summarise(area)).toEqual(summarise(a.boroughs[i]!)));
    const [x, y] = [summarise(a.london), summarise(b.london)];
    for (const k of ['gross', 'cost', 'net', 'peopleSupported', 'peopleCouldBenefit'] as const)
      expect(relClose(y[k], x[k], 1e-12)).toBe(true);
  });
});

describe('areas split into equal parts', () => {
  it('give the same London totals when each borough is split into three under its borough', () => {
    const cols = header();
    const counts = cols.filter((c) => c.startsWith('pop_'));
    const parts = rows().flatMap((r) =>
      [0, 1, 2].map((k) => {
        const part: Record<string, Cell> = {
          ...r,
          area_code: `${r.area_code}-${k}`,
          area_name: `${r.area_name} part ${k + 1}`,
          short_name: null,
          group_code: `G${r.area_code}`,
          group_name: r.area_name ?? null,
          area_level: 'part',
          group_level: 'borough',
        };
        // Three times the people of the borough, a third of them in each part: each part is the borough.
        for (const c of counts) part[c] = Number(r[c]);
        return part;
      }),
    );
    const mine = load(write(cols, parts));
    expect(mine.boroughs).toHaveLength(99);
    for (const population of ['projected', 'observed'] as const) {
      const s: Scenario = { ...presetScenario('evidence-2026', london), population };
      const a = summarise(run(s, london).london);
      const b = summarise(run(s, mine).london);
      // Three copies of London: three times London's totals.
      for (const k of ['gross', 'cost', 'net', 'peopleSupported', 'peopleCouldBenefit'] as const)
        expect(relClose(b[k], 3 * a[k], 1e-9)).toBe(true);
      const groups = run(s, mine).groupings[0]!.areas;
      const borough = summarise(run(s, london).boroughs[7]!);
      const group = summarise(groups.find((g) => g.id === `G${london.boroughs[7]!.code}`)!);
      expect(relClose(group.net, 3 * borough.net, 1e-9)).toBe(true);
    }
  });
});

describe('a broken file of areas', () => {
  const cols = header();
  const base = rows();
  const edit = (i: number, column: string, value: string) =>
    write(
      cols,
      base.map((r, j) => (j === i ? { ...r, [column]: value } : r)),
    );

  const cases: [string, () => string, string][] = [
    [
      'a required column missing',
      () =>
        write(
          cols.filter((c) => c !== 'group_code'),
          base,
        ),
      'column group_code: required column is missing',
    ],
    [
      'a misspelt column',
      () => write([...cols, 'adults'], base),
      'column adults: is not a column the page reads',
    ],
    [
      'a duplicated code',
      () => edit(4, 'area_code', 'E09000001'),
      'mine.csv row 5 (E09000001), column area_code: E09000001 is on row 1 too',
    ],
    [
      "a group code that is an area's code",
      () => edit(2, 'group_code', 'E09000001'),
      "column group_code: E09000001 is an area's code too",
    ],
    [
      'one group with two names',
      () => edit(3, 'group_name', 'Somewhere'),
      'column group_name: "South East London" differs from "Somewhere" on row 4, for the same group E54000030',
    ],
    [
      'a negative population',
      () => edit(6, 'pop_18plus_2024', '-5'),
      'row 7 (E09000007), column pop_18plus_2024: "-5" is negative',
    ],
    ['a population in words', () => edit(6, 'pop_2024', 'many'), 'column pop_2024: "many" is not a number'],
    ['a huge population', () => edit(6, 'pop_18plus_2024', '900000000000'), 'is above 100000000'],
    [
      'more 65+ than adults',
      () => edit(8, 'pop_65plus_2024', '9999999'),
      'column pop_65plus_2024: 9999999 is more than the',
    ],
    [
      'a base year without its 65+',
      () =>
        write(
          cols.filter((c) => c !== 'pop_65plus_2024'),
          base,
        ),
      'column pop_65plus_2024: is missing',
    ],
    [
      'a year that follows no base year',
      () =>
        write(
          cols.filter((c) => c !== 'pop_2017'),
          base,
        ),
      'column pop_2018: follows no base year',
    ],
    ['a blank name', () => edit(1, 'area_name', ''), 'row 2 (E09000002), column area_name: is blank'],
    ['a row with a field too many', () => template.replace('\r\nE09000003,', '\r\nE09000003,x,'), 'row 3'],
    [
      'a web page saved as .csv',
      () => '<!DOCTYPE html><html><body>Not found</body></html>',
      'is a web page or XML, not a CSV file',
    ],
    ['an empty file', () => '', 'file is empty'],
    ['a header and nothing else', () => `${cols.join(',')}\r\n`, 'has a header but no rows of areas'],
    ['the code that names the whole', () => edit(0, 'area_code', 'london'), 'names all the areas together'],
    [
      'two names for the whole',
      () => edit(5, 'whole_name', 'Londres'),
      'column whole_name: "Londres" differs',
    ],
    [
      'need indicators all 0',
      () =>
        write(
          cols,
          base.map((r) => ({ ...r, imd_score: '0' })),
        ),
      'the need indicators cannot be averaged',
    ],
  ];
  it.each(cases)('%s: says what and where', (_, text, message) => {
    const found = problems(text());
    expect(found.join('\n')).toContain(message);
  });

  it('refuses a file over the size limit before reading it', () => {
    const big = template + 'x'.repeat(MAX_FILE_BYTES);
    expect(problems(big)).toEqual([`mine.csv: is 20 MB; the page reads files of up to 20 MB`]);
  });

  it('names every problem at once, not the first only', () => {
    const text = write(
      cols,
      base.map((r, j) => (j === 2 ? { ...r, pop_2024: 'x' } : j === 9 ? { ...r, area_name: '' } : r)),
    );
    expect(problems(text)).toHaveLength(2);
  });
});

describe('a small file of areas of its own', () => {
  it('runs with one base year, no need indicators and default level names', () => {
    const text = [
      'area_code,area_name,group_code,group_name,pop_18plus_2025,pop_65plus_2025,pop_2025',
      'U1,North PCN,ICB1,An ICB,40000,8000,52000',
      'U2,South PCN,ICB1,An ICB,30000,5000,41000',
      'U3,East PCN,ICB2,Another ICB,20000,3000,27000',
    ].join('\n');
    const r = readAreas({ file: 'pcns.csv', text, base: london });
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    expect(r.notes).toEqual([
      "No need indicators: each area's share of need is its share of the population.",
    ]);
    expect(r.dataset.geography.leaf.names.plural).toBe('areas');
    expect(r.dataset.geography.whole.name).toBe('All areas');
    const s = presetScenario('evidence-2026', london);
    const result = run(s, r.dataset);
    expect(result.groupings[0]?.areas.map((a) => a.id)).toEqual(['ICB1', 'ICB2']);
    const total = summarise(result.london);
    expect(total.peopleSupported).toBeGreaterThan(0);
    // With every need index 1, people supported follow adults: U1 has 40/90 of them.
    const u1 = summarise(result.boroughs[0]!);
    expect(relClose(u1.peopleSupported / total.peopleSupported, 40 / 90, 0.02)).toBe(true);
    // A scenario that starts before the file's base year runs at the base year's population.
    const early = run(presetScenario('hlp2017', london), r.dataset);
    expect(Number.isFinite(summarise(early.london).net)).toBe(true);
  });
});
