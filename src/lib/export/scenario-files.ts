/**
 * The scenario's downloads (results, the scenario they belong to, the assumption register,
 * as CSV files or one Excel workbook). Loaded on demand; the workbook's library on its own.
 */
import type { ParamValues, RunResult, Scenario } from '../model/index.ts';
import { Loader } from '../lazy/loader.svelte.ts';
import { downloadBlob, downloadText } from './csv.ts';
import { registerCsv, registerRows } from './register.ts';
import { resultsCsv, scenarioCsv } from './results-csv.ts';

export interface ScenarioState {
  scenario: Scenario;
  presetValues: ParamValues;
  result: RunResult;
}

export function downloadResults(s: ScenarioState, file: string): void {
  downloadText(file, resultsCsv(s.result));
}

export function downloadScenario(s: ScenarioState, link: string, file: string): void {
  downloadText(file, scenarioCsv(s.scenario, s.presetValues, s.result.years, link));
}

export function downloadRegister(s: ScenarioState, file: string): void {
  downloadText(file, registerCsv(registerRows(s.scenario.values, s.presetValues)));
}

const workbook = new Loader('The workbook maker', () => import('./workbook.ts'));

/** The three as sheets of one Excel workbook. */
export async function downloadWorkbook(s: ScenarioState, link: string, file: string): Promise<void> {
  const { workbookBlob } = await workbook.load();
  downloadBlob(file, await workbookBlob(s, link));
}
