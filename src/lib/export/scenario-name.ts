/** The scenario's name as the page, the exports and the printed brief show it. */

/** "Evidence: central, with 2 changes" (no suffix when nothing is changed). */
export function scenarioName(presetLabel: string, changes: number): string {
  return changes > 0 ? `${presetLabel}, with ${changes} change${changes === 1 ? '' : 's'}` : presetLabel;
}
