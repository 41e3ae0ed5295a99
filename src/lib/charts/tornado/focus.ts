/**
 * Moves keyboard focus to an assumption's slider, opening its group first (a
 * closed group builds its controls when opened, so wait a few frames for it).
 */
export async function focusSlider(param: string, group: string, root: Document = document): Promise<boolean> {
  const details = root.querySelector<HTMLDetailsElement>(`details[data-group="${group}"]`);
  if (details) details.open = true;
  for (let frame = 0; frame < 10; frame++) {
    const slider = root.querySelector<HTMLElement>(`[data-testid="slider-${param}"]`);
    if (slider) {
      slider.scrollIntoView({ block: 'center' });
      slider.focus({ preventScroll: true });
      return true;
    }
    await new Promise((r) => requestAnimationFrame(r));
  }
  return false;
}
