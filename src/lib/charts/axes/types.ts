/** Shared chart types. */

/** One entry in a chart legend: the swatch mark and the text that names it. */
export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** A filled square (bars), a line with a point (lines), or a pale box with dashed edges (a range). */
  mark: 'bar' | 'line' | 'band';
  /** A band's edge colour, when its fill is a paler tint. */
  edge?: string;
}
