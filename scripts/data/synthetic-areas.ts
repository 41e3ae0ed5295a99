/**
 * A synthetic file of about 5,000 areas, for timing only: every London borough cut into
 * equal parts (each with the borough's populations and indicators), grouped by borough.
 * The figures are not anyone's areas; the names say so.
 */

/** `template` is the areas template (public/data/areas-template.csv), London's 33 boroughs. */
export function syntheticAreasCsv(template: string, target = 5_000): string {
  const [header, ...rows] = template.trimEnd().split('\r\n');
  const parts = Math.ceil(target / rows.length);
  const cols = (header ?? '').split(',');
  const at = (name: string) => cols.indexOf(name);
  const lines = rows.flatMap((row) => {
    const cells = row.split(',');
    const borough = cells[at('area_code')] ?? '';
    return Array.from({ length: parts }, (_, k) => {
      const c = [...cells];
      c[at('area_code')] = `${borough}-${String(k + 1).padStart(3, '0')}`;
      c[at('area_name')] = `Synthetic area ${borough}-${k + 1} (timing only)`;
      c[at('short_name')] = '';
      c[at('group_code')] = `G${borough}`;
      c[at('group_name')] = `Synthetic group ${borough}`;
      c[at('area_level')] = 'synthetic area';
      c[at('group_level')] = 'synthetic group';
      c[at('whole_name')] = 'Synthetic areas (timing only)';
      return c.join(',');
    });
  });
  return [header, ...lines].join('\r\n') + '\r\n';
}
