/** Tornado chart data: the parameters that move net savings most, with words for the screen and the table. */
import { paramDef, type ParamDef } from '../../model/parameters.ts';
import { money } from '../../format.ts';
import type { TableData } from '../../ui/table.ts';
import { valueLabel } from '../../ui/assumptions/display-units.ts';
import type { SensitivityRow } from '../../../workers/monte-carlo.protocol.ts';

export const TOP = 12;

export interface TornadoBar {
  param: SensitivityRow['param'];
  label: string;
  lowText: string;
  highText: string;
  netAtLow: number;
  netAtHigh: number;
  swing: number;
  /** "Breaks even at £740", or null where net savings keep one sign. */
  switchingText: string | null;
}

export function tornadoBars(rows: readonly SensitivityRow[], top = TOP): TornadoBar[] {
  return rows.slice(0, top).map((r) => {
    const def = paramDef(r.param);
    return {
      param: r.param,
      label: def.label,
      lowText: valueLabel(def, r.low),
      highText: valueLabel(def, r.high),
      netAtLow: r.netAtLow,
      netAtHigh: r.netAtHigh,
      swing: r.swing,
      switchingText: r.switching === null ? null : `Breaks even at ${switchingLabel(def, r.switching)}`,
    };
  });
}

/**
 * A switching value as the slider could be set to it: rounded to the slider's step
 * ("about £740", not "£740.834"), since a finer figure claims a precision the model's
 * inputs do not have.
 */
export function switchingLabel(def: ParamDef, value: number): string {
  return `about ${valueLabel(def, Math.round(value / def.step) * def.step)}`;
}

/** The scale's extent: every bar end, the current net and zero. */
export function tornadoDomain(bars: readonly TornadoBar[], current: number): [number, number] {
  const xs = [0, current, ...bars.flatMap((b) => [b.netAtLow, b.netAtHigh])];
  return [Math.min(...xs), Math.max(...xs)];
}

/** "Cost per start" becomes "cost per start"; "GP …" keeps its capitals. */
const lowerFirst = (s: string): string =>
  /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;

export function tornadoTitle(bars: readonly TornadoBar[]): string {
  const first = bars[0];
  return first && first.swing > 0
    ? `The NHS net present value depends most on ${lowerFirst(first.label)}`
    : 'What the NHS net present value depends on';
}

export function tornadoSubtitle(areaName: string, years: readonly string[]): string {
  const span = years.length > 1 ? `${years[0]} to ${years[years.length - 1]}` : (years[0] ?? '');
  return `${areaName}: NHS net present value (£), ${span}, each assumption at its low and high evidence value`;
}

export function tornadoTable(areaName: string, rows: readonly SensitivityRow[]): TableData {
  return {
    caption: `${areaName}: NHS net present value with each assumption at its low and high value`,
    rowKey: 'param',
    columns: [
      { key: 'label', label: 'Assumption' },
      { key: 'low', label: 'Low value' },
      { key: 'netAtLow', label: 'NHS net present value at low (£)', numeric: true, format: money },
      { key: 'high', label: 'High value' },
      { key: 'netAtHigh', label: 'NHS net present value at high (£)', numeric: true, format: money },
      { key: 'swing', label: 'Swing (£)', numeric: true, format: money },
      { key: 'switching', label: 'Switching value (NHS net present value £0)' },
    ],
    rows: rows.map((r) => {
      const def = paramDef(r.param);
      return {
        param: r.param,
        label: def.label,
        low: valueLabel(def, r.low),
        netAtLow: r.netAtLow,
        high: valueLabel(def, r.high),
        netAtHigh: r.netAtHigh,
        swing: r.swing,
        switching: r.switching === null ? 'none in range' : switchingLabel(def, r.switching),
      };
    }),
  };
}
