/**
 * The build's own view of a borough: the page's Borough with the facts the build reads
 * besides (its place in London's levels, the need index's raw indicators, the 2016 CCGs,
 * the area), checked and kept in the build's result but not shipped to the page, which
 * needs none of them: the geography and the need index carry what the model uses.
 */
import type { Borough, Dataset } from '../../src/lib/data/types.ts';
import type { InnerOuter } from './london.ts';

export interface BoroughFacts extends Borough {
  innerOuter: InnerOuter;
  /** ICB (2016 STP footprint) ONS code, E54...: the five London ICBs kept the STPs' codes in July 2022. */
  stpCode: string;
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
