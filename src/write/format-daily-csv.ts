import { REGION_CODE } from '../grid/count-grid.js';
import type { DailyColumns, Estimate } from '../pipeline/estimate.js';
import { formatDay } from '../clock/day-number.js';
import { CSV_DIALECTS, type CsvExportDialect } from './csv-export-dialect.js';
import { csvText } from './csv-text.js';
import { csvCell, shownNumber } from './csv-cell.js';
import { ByteLines } from './byte-lines.js';
import { PUBLISHED, SUPPRESSION_REASONS } from '../disclosure/suppression-status.js';

/** How `formatDailyCsv` writes: the dialect (default `CSV_DIALECTS.default`) and lines per yielded chunk. */
export interface DailyCsvOptions {
  dialect?: CsvExportDialect;
  linesPerChunk?: number;
}

/**
 * The daily results as CSV, in chunks of bytes (UTF-8) of `linesPerChunk` lines, so a national
 * file never sits in memory whole. Same rows and columns as `dailyTable`; numbers at full
 * precision, blank where null. With disclosure control, a last column `suppressed` says why a
 * row's count is withheld (`primary` or `secondary`; blank where it is published), as Eurostat's
 * flag column does: a withheld row's figures are blank (or the model's `fill`, with `filled`
 * true), never zero. In the `excel-nb` dialect, written for a spreadsheet as `csvCell` writes
 * cells: `;`, figures rounded to hundredths with a decimal comma, codes of digits kept as text
 * (`="0301"`), `filled` as 1/0, a byte-order mark and CRLF. Lines are built as bytes
 * (`ByteLines`): each date, code and flag encoded once, each number written digit by digit.
 *
 * @example
 * for (const chunk of formatDailyCsv(await estimate(counts, model, { daily: true }))) process.stdout.write(chunk);
 * // date,area,devices,persons,residents,…,guestNights
 * // 2023-01-01,3320,1234,1308.04,,…,
 * formatDailyCsv(result, { dialect: CSV_DIALECTS['excel-nb'] });
 * // \uFEFFdate;area;devices;persons;residents;…;guestNights;filled;suppressed\r\n
 * // 2023-01-01;"=""3320""";1234;1308,04;;…;;0;\r\n
 */
export function* formatDailyCsv(result: Estimate & { daily: DailyColumns }, options: DailyCsvOptions = {}): Generator<Uint8Array> {
  const { dialect = CSV_DIALECTS.default, linesPerChunk = 10_000 } = options;
  const { delimiter: d, lineEnding } = dialect;
  const spreadsheet = dialect.forSpreadsheet === true;
  const encoder = new TextEncoder();
  const bytesOf = (text: string) => encoder.encode(text);
  const delimiter = d.charCodeAt(0);
  const decimalMark = dialect.decimalComma ? COMMA : POINT;
  const { grid, deductions, daily } = result;
  const names = deductions.names;
  const values = names.map((name) => deductions.valuesOf(name));
  // Area codes come from the input: made safe for spreadsheets like any text.
  const codes = [...grid.areaCodes, REGION_CODE].map((code) => bytesOf(`${spreadsheet ? csvCell(code, 'code', dialect) : csvText(code)}${d}`));
  const dates = Array.from({ length: grid.dayCount }, (_, day) => bytesOf(`${formatDay(grid.firstDay + day)}${d}`));
  const [yes, no] = (spreadsheet ? ['1', '0'] : ['true', 'false']).map(bytesOf) as [Uint8Array, Uint8Array];
  const status = result.disclosure?.status;
  // The last cell of each row as written: blank where published, else the reason; then the line's end.
  const ends = SUPPRESSION_REASONS.map((reason, index) => bytesOf(`${status === undefined ? '' : index === PUBLISHED ? d : `${d}${reason}`}${lineEnding}`));
  const flag = status === undefined ? [] : ['suppressed'];
  const lines = new ByteLines();
  // Deduction names come from the model: made safe for spreadsheets like any text.
  lines.text(
    bytesOf(
      `${dialect.bom ? '\uFEFF' : ''}${['date', 'area', 'devices', 'persons', ...names.map(csvText), 'guestNights', 'filled', ...flag].join(d)}${lineEnding}`,
    ),
  );
  const figure = (value: number) => {
    lines.number(shownNumber(value, 'figure', dialect), decimalMark);
    lines.byte(delimiter);
  };
  let count = 0;
  for (let row = 0; row < codes.length; row++) {
    for (let day = 0; day < grid.dayCount; day++) {
      const at = row * grid.dayCount + day;
      lines.text(dates[day]!);
      lines.text(codes[row]!);
      figure(grid.devices[at]!);
      figure(daily.persons[at]!);
      for (const ofCell of values) figure(ofCell[at]!);
      figure(daily.guestNights[at]!);
      lines.text(result.filled[at] === 1 ? yes : no);
      lines.text(ends[status === undefined ? PUBLISHED : status[at]!]!);
      if (++count === linesPerChunk) {
        yield lines.take();
        count = 0;
      }
    }
  }
  if (lines.length > 0) yield lines.take();
}

const POINT = 46;
const COMMA = 44;
