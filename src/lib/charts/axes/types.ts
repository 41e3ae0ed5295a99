/** Shared chart types. */

/** One entry in a chart legend: the swatch mark and the text that names it. */
export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** A filled square (bars), a line with a point (lines) or a pale strip (a range band). */
  mark: 'bar' | 'line' | 'band';
}
