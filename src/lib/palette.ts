/**
 * One palette for CSS and d3: every colour of the page is named here, by its role, and
 * nowhere else (a unit test holds every other source file to it). NHS identity colours
 * for the chrome; colour-blind-safe ColorBrewer schemes for data, written out (the scheme
 * library would cost ~6 KiB gzipped on first load for ten colours). Scripts import the
 * constants; CSS reads them as custom properties (cssVariables, below).
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
  /** The wellbeing figures' rule, apart from the money figures' blue. */
  darkPink: '#7c2855',
  focus: '#ffeb3b',
} as const;

/**
 * The page's neutrals and tints beside the identity colours; the greys are NHS.UK
 * frontend's (grey 1, 3 and 4).
 */
export const UI = {
  /** Behind the cards; also the current tab, a panel set apart and the difference column. */
  background: '#f0f4f5',
  /** Rules between rows, card borders and chart grid lines. */
  border: '#d8dde0',
  /** Card borders on paper. */
  printBorder: '#999999',
  /** Quieter text where the identity greys are not used: exported images, the printed sources. */
  secondaryText: '#4c6272',
  /** The selected area's row or band, in tables and charts. */
  selected: '#fff3cd',
  /** The chosen preset. */
  chosen: '#eef5fc',
  /** A notice about the link (a value tidied, a key ignored). */
  notice: '#fff9e0',
  /** The offer to undo a change of preset. */
  undo: '#fff9e6',
  /** An assumption changed from its preset. */
  changed: '#fffbf0',
  /** An assumption's range of values, on its slider and in the key. */
  rangeBand: '#9fc6ea',
} as const;

/** An area with no figure, on every map. */
export const NO_DATA = '#d8dde0';

/**
 * Figures below zero: words in a dark red with more contrast on white than NHS red (also
 * the presenter's bars, beside the words); the ranked chart's bars in a dark orange.
 */
export const NEGATIVE = { text: '#a4190f', bar: '#b35806' } as const;

/** Amber for caution: the reconstruction badge, and figures not yet checked against a source. */
export const CAUTION = { tint: '#fff3cd', text: '#5c4300', edge: '#b38600' } as const;

/** Green for what evidence supports: the evidence badge. */
export const EVIDENCE = { tint: '#e5f1ea', text: '#00401e', edge: NHS.green } as const;

/** The QR code: pure black on white, the contrast a scanner expects. */
export const QR = { dark: '#000000', light: NHS.white } as const;

/** A colour seen through: drawn at `opacity` over whatever is behind it. */
export interface Shade {
  colour: string;
  opacity: number;
}

/** See-through colours: the hatch over areas below break-even, the dialog's backdrop, shadows. */
export const SHADES = {
  /** The hatch over areas below break-even: maps, their keys, the canvas, exported images. */
  hatch: { colour: NHS.black, opacity: 0.45 },
  /** Behind the QR code's dialog. */
  backdrop: { colour: NHS.black, opacity: 0.6 },
  /** The shadow under the figures that stay in view while the page scrolls. */
  sticky: { colour: NHS.black, opacity: 0.15 },
  /** The shadow under the map's tooltip. */
  tooltip: { colour: QR.dark, opacity: 0.2 },
  /** The shadow under the presenter's assumptions, over the scene. */
  overlay: { colour: QR.dark, opacity: 0.35 },
} as const satisfies Record<string, Shade>;

const channels = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** A shade as `rgba(r, g, b, a)`: for canvas and for SVG files, which other programs read. */
export function rgba({ colour, opacity }: Shade): string {
  return `rgba(${channels(colour).join(', ')}, ${opacity})`;
}

/**
 * A shade as `#rrggbbaa`, the opacity to the nearest 1/255: what the page's minified CSS
 * has always said for `rgb(r g b / a)`, so that gradients (drawn with the alpha as
 * written) come out as before.
 */
export function hexWithAlpha({ colour, opacity }: Shade): string {
  return `${colour}${Math.round(opacity * 255)
    .toString(16)
    .padStart(2, '0')}`;
}

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

const kebab = (name: string) => name.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);

/** A group's colours as custom properties: `NHS.darkBlue` is `--nhs-dark-blue`. */
const named = (prefix: string, group: Readonly<Record<string, string>>): [string, string][] =>
  Object.entries(group).map(([k, v]) => [`--${prefix}-${kebab(k)}`, v]);

/** The custom properties, by name: every colour CSS uses. */
export function cssColours(): Record<string, string> {
  return Object.fromEntries([
    ...named('nhs', NHS),
    ...named('ui', UI),
    ['--no-data', NO_DATA],
    ...named('negative', NEGATIVE),
    ...named('caution', CAUTION),
    ...named('evidence', EVIDENCE),
    ...named('scenario', SCENARIO_COLOURS),
    ...Object.entries(SHADES).map(([k, shade]) => [`--shade-${kebab(k)}`, hexWithAlpha(shade)]),
  ]);
}

/** CSS custom properties, set once on the document root. */
export function cssVariables(): string {
  return Object.entries(cssColours())
    .map(([k, v]) => `${k}: ${v};`)
    .join(' ');
}
