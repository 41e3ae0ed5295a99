/** The model's fixed dimensions (MODEL.md section 2). */
import { COHORTS, type CohortId } from '../data/types.ts';

export { COHORTS, type CohortId };

export const SERVICES = ['gp', 'ae', 'nel', 'op'] as const;
export type ServiceId = (typeof SERVICES)[number];

export const PROGRAMMES = ['sp', 'epp'] as const;
export type ProgrammeId = (typeof PROGRAMMES)[number];

export interface CohortInfo {
  programme: ProgrammeId;
  label: string;
  /** Which 2016 population the cohort share applies to. */
  base: 'adults18' | 'older65';
}

export const COHORT_INFO: Record<CohortId, CohortInfo> = {
  sp_ltc: {
    programme: 'sp',
    label: 'Long-term conditions, high risk of emergency admission',
    base: 'adults18',
  },
  sp_mh: { programme: 'sp', label: 'Mild-moderate mental health or social need', base: 'adults18' },
  sp_iso: { programme: 'sp', label: 'Socially isolated or lonely older people', base: 'older65' },
  sp_fa: { programme: 'sp', label: 'Frequent GP attenders', base: 'adults18' },
  epp_ltc: {
    programme: 'epp',
    label: 'Long-term condition, suited to a self-management course',
    base: 'adults18',
  },
};

export const PROGRAMME_LABEL: Record<ProgrammeId, string> = {
  sp: 'Social prescribing',
  epp: 'Expert patient programme',
};

export interface ServiceInfo {
  label: string;
  short: string;
  /** GP time saved is capacity released, not cash; acute savings are (in principle) cash. */
  payer: 'primary' | 'acute';
}

export const SERVICE_INFO: Record<ServiceId, ServiceInfo> = {
  gp: { label: 'GP consultations', short: 'GP', payer: 'primary' },
  ae: { label: 'A&E attendances', short: 'A&E', payer: 'acute' },
  nel: { label: 'Emergency (non-elective) admissions', short: 'Emergency admissions', payer: 'acute' },
  op: { label: 'Outpatient attendances', short: 'Outpatients', payer: 'acute' },
};
