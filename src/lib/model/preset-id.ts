/** The presets' ids: a module of its own, so a scenario can name its preset without importing the presets. */
export const PRESET_IDS = [
  'evidence-2026',
  'hlp2017',
  'evidence-central',
  'evidence-conservative',
  'green-book',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}
