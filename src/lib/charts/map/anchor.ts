/** Where a tooltip attaches to a borough's mark, px in the map frame. */
export interface Anchor {
  /** Centre x. */
  x: number;
  /** Top and bottom of the mark: the tooltip sits above, or below when there is no room. */
  top: number;
  bottom: number;
}
