/**
 * The Excel workbook: the results, the assumptions and the scenario, one sheet each,
 * with the same columns and values as the three CSV files (numbers stay numbers,
 * text is stored as text, never read as a formula). The library that writes .xlsx
 * files is in this chunk alone, loaded when a workbook is asked for.
 */
import writeXlsxFile, { type Sheet } from 'write-excel-file/browser';
import type { Cell } from './csv.ts';
import { REGISTER_COLUMNS, registerCells, registerRows } from './register.ts';
import { RESULT_COLUMNS, SCENARIO_COLUMNS, resultRows, scenarioRows } from './results-csv.ts';
import type { ScenarioState } from './scenario-files.ts';

function sheet(name: string, header: readonly string[], rows: Cell[][]): Sheet<Blob> {
  return {
    sheet: name,
    data: [header.map((h) => ({ value: h, fontWeight: 'bold' as const })), ...rows],
    stickyRowsCount: 1,
  };
}

export function workbookBlob(s: ScenarioState, link: string): Promise<Blob> {
  return writeXlsxFile([
    sheet('Results', RESULT_COLUMNS, resultRows(s.result)),
    sheet('Assumptions', REGISTER_COLUMNS, registerCells(registerRows(s.scenario.values, s.presetValues))),
    sheet('Scenario', SCENARIO_COLUMNS, scenarioRows(s.scenario, s.presetValues, s.result.years, link)),
  ]).toBlob();
}
