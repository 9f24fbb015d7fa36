import { REGION_CODE } from '../count-grid.js';
import type { DailyColumns, Estimate } from '../estimate.js';
import { formatDay } from '../day-number.js';
import { csvText } from './csv-text.js';

/**
 * The daily results as CSV text, in chunks of lines so a national file never sits in memory as
 * one string. Same rows and columns as `dailyTable`; numbers at full precision, blank where null.
 *
 * @example
 * for (const chunk of formatDailyCsv(await estimate(counts, model, { daily: true }))) process.stdout.write(chunk);
 * // date,area,devices,persons,residents,…,guestNights
 * // 2023-01-01,3320,1234,1308.04,,…,
 */
export function* formatDailyCsv(result: Estimate & { daily: DailyColumns }, linesPerChunk = 10_000): Generator<string> {
  const { grid, deductions, daily } = result;
  const names = [...deductions.byName.keys()];
  const values = [...deductions.byName.values()];
  // Area codes come from the input: made safe for spreadsheets like any text.
  const codes = [...grid.areaCodes, REGION_CODE].map(csvText);
  const dates = Array.from({ length: grid.dayCount }, (_, day) => formatDay(grid.firstDay + day));
  let chunk = `${['date', 'area', 'devices', 'persons', ...names, 'guestNights', 'filled'].join(',')}\n`;
  let lines = 0;
  for (let row = 0; row < codes.length; row++) {
    for (let day = 0; day < grid.dayCount; day++) {
      const at = row * grid.dayCount + day;
      let deductionCells = '';
      for (const ofCell of values) deductionCells += `${cell(ofCell[at]!)},`;
      chunk += `${dates[day]},${codes[row]},${cell(grid.devices[at]!)},${cell(daily.persons[at]!)},${deductionCells}${cell(daily.guestNights[at]!)},${result.filled[at] === 1}\n`;
      if (++lines === linesPerChunk) {
        yield chunk;
        chunk = '';
        lines = 0;
      }
    }
  }
  if (chunk !== '') yield chunk;
}

function cell(value: number): string {
  return Number.isNaN(value) ? '' : String(value);
}
