/**
 * The generated dataset: what scripts/build-data.ts writes to public/data/ and
 * what the model, the CLI and the page read. Built and validated at build time
 * from data/*.csv; see data/SOURCES.md for every field's source.
 */

/** Cohort ids of MODEL.md section 2; each person is counted in one cohort only. */
export const COHORTS = ['sp_ltc', 'sp_mh', 'sp_iso', 'sp_fa', 'epp_ltc'] as const;
export type CohortId = (typeof COHORTS)[number];

export type InnerOuter = 'Inner London' | 'Outer London';

/** Need-index components (MODEL.md section 5) whose source value was blank. */
export type NeedIndicator = 'qofDiabetes' | 'qofCopd' | 'qofHypertension' | 'qofDepression' | 'imd2015';

export interface Borough {
  /** ONS GSS code, E09000001-E09000033. Join on this, never on the name. */
  code: string;
  name: string;
  innerOuter: InnerOuter;
  /** 2016 STP footprint, E54 code (the same five are today's London ICSs). */
  stpCode: string;
  ccg2016: { name: string; ods: string; gss: string; note: string };
  /** ONS mid-year estimates, all ages, for popYears (same order). */
  popAllAges: number[];
  /** ONS mid-2016 adults aged 18 and over. */
  adults18: number;
  /** ONS mid-2016 residents aged 65 and over. */
  older65: number;
  /** Raw indicator values; null where the source is blank. */
  indicators: {
    qofDiabetes: number | null;
    qofCopd: number | null;
    qofHypertension: number | null;
    qofDepression: number | null;
    imd2015: number | null;
    imd2015Rank: number | null;
  };
  /** Need index per cohort, population-weighted London mean = 1. */
  needIndex: Record<CohortId, number>;
  /** Indicators that were missing and so contributed 1 to the index. */
  missingIndicators: NeedIndicator[];
  inlandAreaHectares: number | null;
}

export interface Stp {
  code: string;
  name: string;
  /** Member borough codes, ascending. */
  boroughs: string[];
}

export interface Dataset {
  /** First year of popAllAges, i.e. 2016 (mid-2016). */
  baseYear: number;
  /** Years of popAllAges, e.g. [2016, 2017, 2018, 2019, 2020]. */
  popYears: number[];
  /** 33 boroughs sorted by code. */
  boroughs: Borough[];
  /** 5 STP footprints sorted by code. */
  stps: Stp[];
}

/** One square of the equal-area tile map. */
export interface Tile {
  code: string;
  col: number;
  /** Row 0 is the northernmost row. */
  row: number;
}

export interface TileGrid {
  cols: number;
  rows: number;
  /** In reading order: by row, then column. */
  tiles: Tile[];
}

/** A borough on the geographic map, in MapGeometry's coordinates. */
export interface MapBorough {
  /** GSS code, E09... */
  code: string;
  /** SVG path data. */
  d: string;
  /** Where its label goes, and the point arrow keys move between: [x, y]. */
  centroid: [number, number];
  /** Area in square units, to decide whether a label fits. */
  area: number;
  /** Bounding box [[x0, y0], [x1, y1]]. */
  bounds: [[number, number], [number, number]];
}

/**
 * The map, drawn once at build time (public/data/map.json): boroughs projected
 * with Mercator into a fixed space (x right, y down) that the page scales with
 * the SVG viewBox, plus the lines and outlines it draws over them and the tile
 * layout. Paths use whole units.
 */
export interface MapGeometry {
  /** Width and height of the coordinate space; the boroughs fill it. */
  viewBox: [number, number];
  /** 33 boroughs sorted by code. */
  boroughs: MapBorough[];
  /** Lines where neighbouring boroughs are in different STPs. */
  stpLines: string;
  /** London's outer boundary. */
  outline: string;
  /** Outline of each group the map can select, by STP code (E54...), "Inner London" and "Outer London". */
  groups: Record<string, string>;
  /** The equal-area tile layout. */
  tiles: TileGrid;
}
