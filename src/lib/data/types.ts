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

/** A borough as the page and the model see it (public/data/boroughs.json). */
export interface Borough {
  /** ONS GSS code, E09000001-E09000033. Join on this, never on the name. */
  code: string;
  name: string;
  innerOuter: InnerOuter;
  /** ICB (2016 STP footprint) ONS code, E54...: the five London ICBs kept the STPs' codes in July 2022. */
  stpCode: string;
  /** Populations by ONS vintage, in the order of Dataset.vintages. */
  populations: BoroughPopulation[];
  /** Indicators that were missing and so contributed 1 to the index. */
  missingIndicators: NeedIndicator[];
}

/**
 * The facts the build reads besides (the need index's raw indicators, the 2016 CCGs,
 * the area), checked and kept in the build's result but not shipped to the page,
 * which needs none of them: the need index carries what the model uses.
 */
export interface BoroughFacts extends Borough {
  ccg2016: { name: string; ods: string; gss: string; note: string };
  /** Raw indicator values; null where the source is blank. */
  indicators: {
    qofDiabetes: number | null;
    qofCopd: number | null;
    qofHypertension: number | null;
    qofDepression: number | null;
    imd2015: number | null;
    imd2015Rank: number | null;
  };
  inlandAreaHectares: number | null;
}

/** The build's result: the page's dataset with each borough's build-time facts. */
export interface DatasetFacts extends Dataset {
  boroughs: BoroughFacts[];
}

/** The population of one borough in one ONS vintage. */
export interface BoroughPopulation {
  /** All-ages mid-year estimates for the vintage's years (same order). */
  allAges: number[];
  /** Adults aged 18 and over in the vintage's base year. */
  adults18: number;
  /** Residents aged 65 and over in the vintage's base year. */
  older65: number;
  /** Need index per cohort, weighted with this vintage's base populations: London mean = 1. */
  needIndex: Record<CohortId, number>;
}

/** One release series of ONS mid-year estimates that the model can start from. */
export interface PopulationVintage {
  id: string;
  /** Where the figures come from, for the methodology page. */
  label: string;
  /** Mid-year of the age bands: the base that the model grows from. */
  baseYear: number;
  /** Mid-years of the all-ages estimates, starting with baseYear. */
  years: number[];
}

/** HM Treasury GDP deflators at market prices, by financial year. */
export interface PriceIndex {
  edition: string;
  /** Financial years by the calendar year they start in: 2015 is 2015/16. Consecutive. */
  years: number[];
  index: number[];
  /** First year that is a forecast rather than outturn, or null. */
  forecastFrom: number | null;
}

/** The ARRS maximum reimbursable amount for a link worker, per whole-time equivalent, in cash. */
export interface LinkWorkerPay {
  /** Financial year by its first calendar year: 2019 is 2019/20. */
  year: number;
  amount: number;
  /** ISO date from which the amount applied. */
  appliesFrom: string;
}

/** A London integrated care board: the 2016 STP footprint, with the same ONS code. */
export interface Stp {
  /** ONS code, E54... */
  code: string;
  /** NHS ODS code, e.g. QMJ. */
  ods: string;
  /** Short name, e.g. "North Central London". */
  name: string;
  /** Member borough codes, ascending. */
  boroughs: string[];
}

export interface Dataset {
  /** ONS vintages, oldest base year first. */
  vintages: PopulationVintage[];
  /** 33 boroughs sorted by code. */
  boroughs: Borough[];
  /** The 5 London ICBs (2016 STP footprints) sorted by code. */
  stps: Stp[];
  deflators: PriceIndex;
  /** Sorted by year; years without a published amount are absent. */
  linkWorkerPay: LinkWorkerPay[];
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
