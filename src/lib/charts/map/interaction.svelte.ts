/**
 * Pointer and keyboard behaviour shared by the geographic and tile maps. The map
 * is one tab stop (roving tabindex); arrows move focus to the nearest borough in
 * that direction; Enter or Space (or a click) selects a borough and pressing it
 * again goes back to London; Escape goes back to London. Hover and focus set
 * explorer.hover, so the other charts highlight the same borough.
 */
import type { Explorer } from '../../state/explorer.svelte.ts';
import { ARROW_DIRECTIONS, nearestInDirection, type NavPoint } from './navigation.ts';

function codeOf(e: Event): string | null {
  return (e.currentTarget as Element | null)?.getAttribute('data-code') ?? null;
}

export class MapInteraction {
  /** Borough holding focus inside the map, if any. */
  focused = $state<string | null>(null);
  /** True when that focus came from the keyboard (draw a focus ring). */
  focusVisible = $state(false);
  /** Borough whose tooltip shows. */
  tip = $state<string | null>(null);

  /** A getter, so the explorer is read where it is used (the page may put another in its place). */
  constructor(private readonly getExplorer: () => Explorer) {}

  private get explorer(): Explorer {
    return this.getExplorer();
  }

  /** The one borough with tabindex 0: the focused one, else the selected one, else the first. */
  tabStop(order: readonly string[]): string | null {
    if (this.focused && order.includes(this.focused)) return this.focused;
    if (order.includes(this.explorer.area)) return this.explorer.area;
    return order[0] ?? null;
  }

  select(code: string): void {
    this.explorer.area = this.explorer.area === code ? 'london' : code;
  }

  readonly enter = (e: PointerEvent): void => {
    const code = codeOf(e);
    if (!code) return;
    this.explorer.hover = code;
    this.tip = code;
  };

  readonly leave = (e: PointerEvent): void => {
    const code = codeOf(e);
    if (this.explorer.hover === code) this.explorer.hover = this.focused;
    if (this.tip === code) this.tip = this.focused;
  };

  readonly focus = (e: FocusEvent): void => {
    const code = codeOf(e);
    if (!code) return;
    this.focused = code;
    this.focusVisible = (e.currentTarget as Element).matches(':focus-visible');
    this.explorer.hover = code;
    this.tip = code;
  };

  readonly blur = (e: FocusEvent): void => {
    const code = codeOf(e);
    if (this.focused === code) this.focused = null;
    if (this.explorer.hover === code) this.explorer.hover = null;
    if (this.tip === code) this.tip = null;
  };

  readonly click = (e: MouseEvent): void => {
    const code = codeOf(e);
    if (code) this.select(code);
  };

  /** Hover from a pointer over `code` (null: over no area), for maps without an element per area. */
  hoverAt(code: string | null): void {
    this.explorer.hover = code ?? this.focused;
    this.tip = code ?? this.focused;
  }

  /** Keyboard focus on `code` (null: focus left the map), for maps without an element per area. */
  focusAt(code: string | null, visible: boolean): void {
    this.focused = code;
    this.focusVisible = visible;
    this.explorer.hover = code;
    this.tip = code;
  }

  /**
   * What a key on `code` does: Enter or Space selects (again: back to the whole), Escape goes
   * back to the whole, an arrow gives the nearest area that way (to focus); null otherwise.
   */
  keyOn(e: KeyboardEvent, code: string, points: readonly NavPoint[]): string | null {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(code);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.explorer.area = 'london';
      this.tip = null;
    } else if (e.key in ARROW_DIRECTIONS) {
      e.preventDefault();
      return nearestInDirection(points, code, ARROW_DIRECTIONS[e.key]!);
    }
    return null;
  }

  /** Keys on a borough; `points` are the map's own positions (centroids or tile cells). */
  keydown(e: KeyboardEvent, points: readonly NavPoint[]): void {
    const code = codeOf(e);
    if (!code) return;
    const next = this.keyOn(e, code, points);
    const root = (e.currentTarget as Element).closest('svg');
    if (next) root?.querySelector<SVGElement>(`[role="button"][data-code="${next}"]`)?.focus();
  }
}
