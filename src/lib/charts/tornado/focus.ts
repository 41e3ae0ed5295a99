/** Moves keyboard focus to an assumption's slider, opening its group first. */
export function focusSlider(param: string, root: ParentNode = document): boolean {
  const slider = root.querySelector<HTMLElement>(`[data-testid="slider-${param}"]`);
  if (!slider) return false;
  const group = slider.closest<HTMLDetailsElement>('details[data-group]');
  if (group) group.open = true;
  slider.scrollIntoView({ block: 'center' });
  slider.focus({ preventScroll: true });
  return true;
}
