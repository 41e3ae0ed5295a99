/**
 * The generated dataset: what scripts/build-data.ts writes to public/data/ and
 * what the model, the CLI and the page read. Built and validated at build time
 * from data/*.csv; see data/SOURCES.md for every field's source.
 */

/** Cohort ids of MODEL.md section 2; each person is counted in one cohort only. */
export const COHORTS = ['sp_ltc', 'sp_mh', 'sp_iso', 'sp_fa', 'epp_ltc'] as const;
export type CohortId = (typeof COHORTS)[number];

/** Need-index components (MODEL.md section 5) whose source value was blank. */
export type NeedIndicator = 'qofDiabetes' | 'qofCopd' | 'qofHypertension' | 'qofDepression' | 'imd2015';

/**
 * An area the data has a row for (a London borough in the built-in data) as the page and
 * the model see it (public/data/boroughs.json).
 */
export interface Borough {
  /** The area's code (ONS GSS code for a borough). Join on this, never on the name. */
  code: string;
  name: string;
  /** A label of at most 4 characters for the tile map. */
  short: string;
  /** Populations by ONS vintage, in the order of Dataset.vintages. */
  populations: BoroughPopulation[];
  /** The need index's raw indicators (MODEL.md section 5); null where the source is blank. */
  indicators: Record<NeedIndicator, number | null>;
  /** Indicators that were missing and so contributed 1 to the index (worked out at load). */
  missingIndicators: NeedIndicator[];
  /**
   * Patients registered with the area's GP practices, where one's own file gives them (every
   * area or none): link workers in post are then shared among the areas by registered patients.
   */
  registered?: number;
}

/**
 * A borough as public/data/boroughs.json carries it: the need index is not shipped but
 * worked out at load from the indicators (parseDataset), for London's boroughs and for
 * one's own areas alike.
 */
export type BoroughJson = Omit<Borough, 'missingIndicators' | 'populations'> & {
  populations: Omit<BoroughPopulation, 'needIndex'>[];
};

export type DatasetJson = Omit<Dataset, 'boroughs'> & { boroughs: BoroughJson[] };

/** The population of one borough in one ONS vintage. */
export interface BoroughPopulation {
  /** All-ages mid-year estimates for the vintage's years (same order). */
  allAges: number[];
  /** Adults aged 18 and over in the vintage's base year. */
  adults18: number;
  /** Residents aged 65 and over in the vintage's base year. */
  older65: number;
  /** Need index per cohort, weighted with this vintage's base populations: London mean = 1 (worked out at load). */
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

/** How a level of areas is written on the page: "borough", "boroughs". */
export interface LevelNames {
  singular: string;
  plural: string;
}

/** One group of areas: an ICB, Inner London, a user's parent group. */
export interface AreaGroup {
  /** Its area id: an ONS code where it has one (E54...), else a short id such as 'inner'. */
  code: string;
  name: string;
  /** NHS ODS code, for a group that is an NHS body (an ICB: QMJ). */
  ods?: string;
  /** Member area codes, ascending. */
  members: string[];
}

/** A level of groups that between them hold every area exactly once. */
export interface Grouping {
  /** The level's id, also its area_type in the results CSV: 'icb', 'inner_outer'. */
  id: string;
  names: LevelNames;
  /** A heading for a list of its groups: "Integrated care boards (ICBs), the 2016 STP footprints". */
  title: string;
  groups: AreaGroup[];
}

/**
 * The levels of areas, declared as data (the built-in London ones in
 * scripts/data/london.ts): the areas the data has rows for, the groupings above them
 * and the whole. Every roll-up, picker, map group, table and CSV derives from this.
 */
export interface Geography {
  /** The whole, whose area id is always WHOLE_ID; `id` is its area_type in the results CSV. */
  whole: { id: string; name: string };
  /** The areas with rows: `id` is their area_type in the results CSV; `code` names their codes ("ONS code"). */
  leaf: { id: string; names: LevelNames; code: string };
  /** Each a partition of the areas; the whole is the sum of the first one's groups. */
  groupings: Grouping[];
  /** The id of the grouping drawn as lines on the map and charted on its own (London's ICBs). */
  main: string;
}

export interface Dataset {
  /** ONS vintages, oldest base year first. */
  vintages: PopulationVintage[];
  /** The areas sorted by code: London's 33 boroughs, or the user's own areas. */
  boroughs: Borough[];
  geography: Geography;
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
  /** Lines where neighbouring areas are in different groups of the main grouping. */
  stpLines: string;
  /** London's outer boundary. */
  outline: string;
  /** Outline of each group the map can select, by its area id (E54..., 'inner', 'outer'). */
  groups: Record<string, string>;
  /** The equal-area tile layout. */
  tiles: TileGrid;
}
