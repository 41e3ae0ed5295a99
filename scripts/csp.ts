/**
 * The Content-Security-Policy of the built site, set as a <meta> element at build
 * time (a static host cannot be relied on to send headers). No eval, no inline
 * script, no other origin. Styles may be inline because Svelte injects each
 * component's styles from the bundle (no render-blocking stylesheet); exported
 * images are drawn from blob: and data: URLs; the Excel workbook is compressed in a
 * worker its zip library (fflate) makes from a blob: URL of its own code.
 */
const COMMON = ["object-src 'none'", "base-uri 'none'", "form-action 'none'"];

/** dist/: everything from the site's own origin. */
export const SITE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  ...COMMON,
].join('; ');

/** The offline single file: its inline script by hash, the worker from a blob:, nothing fetched. */
export function singleFilePolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'worker-src blob:',
    ...COMMON,
  ].join('; ');
}
