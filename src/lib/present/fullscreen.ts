/** The Fullscreen API, where the browser allows it; every call is safe to make and never throws. */

export function fullscreenAvailable(): boolean {
  return typeof document !== 'undefined' && document.fullscreenEnabled === true;
}

export function isFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement != null;
}

/** Ask for full screen: only granted during a click or key press, so a failure is expected and ignored. */
export function enterFullscreen(): void {
  if (!fullscreenAvailable() || isFullscreen()) return;
  document.documentElement.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (!isFullscreen()) return;
  document.exitFullscreen().catch(() => undefined);
}
