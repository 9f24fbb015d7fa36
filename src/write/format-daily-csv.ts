import { REGION_CODE } from '../grid/count-grid.js';
import type { DailyColumns, Estimate } from '../pipeline/estimate.js';
import { formatDay } from '../clock/day-number.js';
import { CSV_DIALECTS, type CsvExportDialect } from './csv-export-dialect.js';
import { csvText } from './csv-text.js';
import { csvCell } from './csv-cell.js';
import { PUBLISHED, SUPPRESSION_REASONS } from '../disclosure/suppression-status.js';

/** How `formatDailyCsv` writes: the dialect (default `CSV_DIALECTS.default`) and lines per yielded chunk. */
export interface DailyCsvOptions {
  dialect?: CsvExportDialect;
  linesPerChunk?: number;
}

/**
 * The daily results as CSV text, in chunks of lines so a national file never sits in memory as
 * one string. Same rows and columns as `dailyTable`; numbers at full precision, blank where null.
 * With disclosure control, a last column `suppressed` says why a row's count is withheld
 * (`primary` or `secondary`; blank where it is published), as Eurostat's flag column does: a
 * withheld row's figures are blank (or the model's `fill`, with `filled` true), never zero.
 * In the `excel-nb` dialect, written for a spreadsheet as `csvCell` writes cells: `;`, figures
 * rounded to hundredths with a decimal comma, codes of digits kept as text (`="0301"`), `filled`
 * as 1/0, a byte-order mark and CRLF.
 *
 * @example
 * for (const chunk of formatDailyCsv(await estimate(counts, model, { daily: true }))) process.stdout.write(chunk);
 * // date,area,devices,persons,residents,…,guestNights
 * // 2023-01-01,3320,1234,1308.04,,…,
 * formatDailyCsv(result, { dialect: CSV_DIALECTS['excel-nb'] });
 * // \uFEFFdate;area;devices;persons;residents;…;guestNights;filled;suppressed\r\n
 * // 2023-01-01;"=""3320""";1234;1308,04;;…;;0;\r\n
 */
export function* formatDailyCsv(result: Estimate & { daily: DailyColumns }, options: DailyCsvOptions = {}): Generator<string> {
  const { dialect = CSV_DIALECTS.default, linesPerChunk = 10_000 } = options;
  const { delimiter: d, lineEnding } = dialect;
  const spreadsheet = dialect.forSpreadsheet === true;
  const cell = spreadsheet ? (value: number) => csvCell(value, 'figure', dialect) : pointCell;
  const [yes, no] = spreadsheet ? ['1', '0'] : ['true', 'false'];
  const { grid, deductions, daily } = result;
  const names = deductions.names;
  const values = names.map((name) => deductions.valuesOf(name));
  // Area codes come from the input: made safe for spreadsheets like any text.
  const codes = [...grid.areaCodes, REGION_CODE].map((code) => (spreadsheet ? csvCell(code, 'code', dialect) : csvText(code)));
  const dates = Array.from({ length: grid.dayCount }, (_, day) => formatDay(grid.firstDay + day));
  const status = result.disclosure?.status;
  // The last cell of each row as written: blank where published, else the reason.
  const reasons = SUPPRESSION_REASONS.map((reason, index) => (index === PUBLISHED ? d : `${d}${reason}`));
  const flag = status === undefined ? [] : ['suppressed'];
  // Deduction names come from the model: made safe for spreadsheets like any text.
  let chunk = `${dialect.bom ? '\uFEFF' : ''}${['date', 'area', 'devices', 'persons', ...names.map(csvText), 'guestNights', 'filled', ...flag].join(d)}${lineEnding}`;
  let lines = 0;
  for (let row = 0; row < codes.length; row++) {
    for (let day = 0; day < grid.dayCount; day++) {
      const at = row * grid.dayCount + day;
      let deductionCells = '';
      for (const ofCell of values) deductionCells += `${cell(ofCell[at]!)}${d}`;
      chunk += `${dates[day]}${d}${codes[row]}${d}${cell(grid.devices[at]!)}${d}${cell(daily.persons[at]!)}${d}${deductionCells}${cell(daily.guestNights[at]!)}${d}${result.filled[at] === 1 ? yes : no}${status === undefined ? '' : reasons[status[at]!]}${lineEnding}`;
      if (++lines === linesPerChunk) {
        yield chunk;
        chunk = '';
        lines = 0;
      }
    }
  }
  if (chunk !== '') yield chunk;
}

function pointCell(value: number): string {
  return Number.isNaN(value) ? '' : String(value);
}
