/**
 * Which borough labels the geographic map can show: a label is drawn only where
 * its box fits inside the borough's projected bounds with room to spare and does
 * not overlap a label already placed (largest boroughs first). Pure.
 */
export interface LabelCandidate {
  code: string;
  x: number;
  y: number;
  area: number;
  bounds: [[number, number], [number, number]];
}

export interface LabelBox {
  width: number;
  height: number;
}

/** Approximate box of a three-letter label in a sans-serif face at `fontSize` px. */
export function labelBox(fontSize: number, chars = 3): LabelBox {
  return { width: chars * fontSize * 0.68 + 4, height: fontSize + 2 };
}

export function placeLabels(candidates: readonly LabelCandidate[], box: LabelBox): Set<string> {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const shown = new Set<string>();
  const order = [...candidates].sort((a, b) => b.area - a.area || (a.code < b.code ? -1 : 1));
  for (const c of order) {
    const [[bx0, by0], [bx1, by1]] = c.bounds;
    const fits =
      bx1 - bx0 >= box.width * 1.3 && by1 - by0 >= box.height * 1.6 && c.area >= box.width * box.height * 3;
    if (!fits) continue;
    const r = {
      x0: c.x - box.width / 2,
      y0: c.y - box.height / 2,
      x1: c.x + box.width / 2,
      y1: c.y + box.height / 2,
    };
    if (placed.some((p) => p.x0 < r.x1 && r.x0 < p.x1 && p.y0 < r.y1 && r.y0 < p.y1)) continue;
    placed.push(r);
    shown.add(c.code);
  }
  return shown;
}
