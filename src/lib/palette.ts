/**
 * One palette for CSS and d3. NHS identity colours for the chrome; colour-blind-safe
 * ColorBrewer schemes for data, written out (the scheme library would cost ~6 KiB
 * gzipped on first load for ten colours).
 */

export const NHS = {
  blue: '#005eb8',
  darkBlue: '#003087',
  brightBlue: '#0072ce',
  lightBlue: '#41b6e6',
  black: '#212b32',
  darkGrey: '#425563',
  midGrey: '#768692',
  paleGrey: '#e8edee',
  white: '#ffffff',
  warmYellow: '#ffb81c',
  orange: '#ed8b00',
  red: '#d5281b',
  green: '#007f3b',
  focus: '#ffeb3b',
} as const;

/** Five sequential classes, light to dark blue: ColorBrewer Blues (5). */
export const SEQUENTIAL_5: readonly string[] = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

/**
 * Five diverging classes for values either side of a midpoint: orange below, purple
 * above, near-white at it. ColorBrewer PuOr sampled at 0.9, 0.7, 0.5, 0.3, 0.1.
 */
export const DIVERGING_5: readonly string[] = ['#b25a09', '#f8b664', '#f3eeea', '#b0aad0', '#552d84'];

/** Series colours for stacked charts: distinct in lightness as well as hue. */
export const SERIES = {
  sp: '#005eb8',
  epp: '#ffb81c',
  gp: '#003087',
  ae: '#41b6e6',
  nel: '#ffb81c',
  op: '#ae2573',
  cost: '#768692',
  net: '#212b32',
} as const;

/** The yearly chart's band of the runs: the net line's colour at this opacity. */
export const NET_BAND_OPACITY = 0.22;

/** A colour drawn at `opacity` over white, as one opaque colour (for a legend swatch). */
export function overWhite(hex: string, opacity: number): string {
  const mix = (i: number) =>
    Math.round(255 + (parseInt(hex.slice(i, i + 2), 16) - 255) * opacity)
      .toString(16)
      .padStart(2, '0');
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}

/**
 * The two scenarios of the Compare view: NHS dark and light blue, far apart in
 * lightness (so safe for colour-blind readers), and clear of the orange and
 * purple that the difference map uses for lower and higher.
 */
export const SCENARIO_COLOURS = { a: '#003087', b: '#41b6e6' } as const;

/** CSS custom properties, set once on the document root. */
export function cssVariables(): string {
  return Object.entries(NHS)
    .map(([k, v]) => `--nhs-${k.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}: ${v};`)
    .join(' ');
}
