/** CSV text (RFC 4180) and a same-page download: no request leaves the browser. */

export type Cell = string | number | boolean | null;

/**
 * Text a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage
 * return), made plain text with a leading apostrophe, as OWASP advises; numbers stay numbers.
 */
function plainText(v: Cell): string {
  if (v === null) return '';
  if (typeof v !== 'string') return String(v);
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export function csvField(v: Cell): string {
  const s = plainText(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Offer text as a file download. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** Offer a blob (an image, a file) as a download. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
