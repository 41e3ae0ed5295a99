/**
 * Presenter keys: what presentation clickers send (PageDown / PageUp, arrows,
 * Space, Enter) and the keyboard shortcuts, mapped to actions. Pure, so the
 * mapping is tested without a browser.
 */
import { PRESET_IDS, type PresetId } from '../model/index.ts';

export type PresenterAction =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'preset'; preset: PresetId }
  | { kind: 'overlay' }
  | { kind: 'fullscreen' }
  | { kind: 'escape' };

export interface KeyContext {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** Focus is in a text box, slider, select or anything that takes typing or arrows. */
  inField?: boolean;
  /** Focus is on a button or link, where Enter and Space already act. */
  onControl?: boolean;
  /** Focus is inside the assumptions overlay: only Escape leaves it. */
  inOverlay?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export function presenterAction(c: KeyContext): PresenterAction | null {
  if (c.key === 'Escape') return { kind: 'escape' };
  if (c.ctrlKey || c.altKey || c.metaKey || c.inOverlay || c.inField) return null;
  if (c.onControl && (c.key === 'Enter' || c.key === ' ')) return null;
  if (NEXT.has(c.key)) return { kind: 'next' };
  if (PREVIOUS.has(c.key)) return { kind: 'previous' };
  if (c.key === 'Home') return { kind: 'first' };
  if (c.key === 'End') return { kind: 'last' };
  const k = c.key.toLowerCase();
  if (k === 'a') return { kind: 'overlay' };
  if (k === 'f') return { kind: 'fullscreen' };
  const preset = /^[1-9]$/.test(c.key) ? PRESET_IDS[Number(c.key) - 1] : undefined;
  return preset ? { kind: 'preset', preset } : null;
}
