/** Shared chart types. */

/** One entry in a chart legend: the swatch mark and the text that names it. */
export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** A filled square (bars) or a line with a point (lines). */
  mark: 'bar' | 'line';
}
