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

/**
 * Boundaries for the synthetic file (timing only): a GeoJSON square of about 16 points for
 * each area, laid out over London's extent in the file's order (so a group's areas are
 * neighbours), each with its area_code. Not anyone's boundaries.
 */
export function syntheticBoundaries(csv: string): string {
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  const at = (header ?? '').split(',').indexOf('area_code');
  const codes = rows.map((r) => r.split(',')[at] ?? '');
  const cols = Math.ceil(Math.sqrt(codes.length * 1.6));
  const [west, east, south, north] = [-0.5, 0.3, 51.29, 51.69];
  const w = (east - west) / cols;
  const h = (north - south) / Math.ceil(codes.length / cols);
  // Each side in four steps, the inner points nudged (the same for both neighbours).
  const nudge = (i: number, j: number) => Math.sin(i * 12.9898 + j * 78.233) * 0.08;
  const features = codes.map((code, n) => {
    const c = n % cols;
    const r = Math.floor(n / cols);
    const x0 = west + c * w;
    const y0 = north - (r + 1) * h;
    const ring: [number, number][] = [];
    for (let k = 0; k < 4; k++) ring.push([x0 + (k / 4) * w, y0 + nudge(c * 4 + k, r) * h]);
    for (let k = 0; k < 4; k++) ring.push([x0 + w + nudge(c + 1, r * 4 + k) * w, y0 + (k / 4) * h]);
    for (let k = 4; k > 0; k--) ring.push([x0 + (k / 4) * w, y0 + h + nudge(c * 4 + k, r + 1) * h]);
    for (let k = 4; k > 0; k--) ring.push([x0 + nudge(c, r * 4 + k) * w, y0 + (k / 4) * h]);
    ring.push(ring[0]!);
    // GeoJSON's outer rings run anticlockwise; this one runs so, east along the south side first.
    return {
      type: 'Feature',
      properties: { area_code: code },
      geometry: { type: 'Polygon', coordinates: [ring.map(([x, y]) => [+x.toFixed(5), +y.toFixed(5)])] },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}
