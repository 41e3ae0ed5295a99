/** The effect parameters and the evidence behind each preset's value of them, for the methodology page. */
import {
  PARAMS,
  SOURCES,
  presetSource,
  uncalibratedValues,
  type Evidence,
  type ParamDef,
  type PresetId,
  type SourceId,
} from '../../lib/model/index.ts';

/** Effects on NHS use, and the gain in wellbeing: the parameters a study measures. */
export const EFFECT_PARAMS: readonly ParamDef[] = PARAMS.filter(
  (p) => p.group === 'effects' || p.id === 'wellbeingGain',
);

export interface EvidenceRow {
  param: ParamDef;
  value: number;
  source: SourceId;
  evidence: Evidence | null;
}

/** Each effect of a preset, with the source its value rests on and that source's design. */
export function evidenceRows(preset: PresetId): EvidenceRow[] {
  const values = uncalibratedValues(preset);
  return EFFECT_PARAMS.map((param) => {
    const source = presetSource(preset, param.id, param.source);
    return { param, value: values[param.id], source, evidence: SOURCES[source].evidence ?? null };
  });
}

/** Every publication graded for an effect (not 'assumption', which is none), strongest first. */
export function gradedSources(): { id: SourceId; evidence: Evidence }[] {
  return (Object.keys(SOURCES) as SourceId[])
    .flatMap((id) => {
      const evidence = SOURCES[id].evidence;
      return evidence && id !== 'assumption' ? [{ id, evidence }] : [];
    })
    .sort((a, b) => b.evidence.padlocks - a.evidence.padlocks);
}
