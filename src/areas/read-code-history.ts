import { REGION_CODE, REGION_RESERVED } from '../grid/count-grid.js';
import { parseDay } from '../clock/day-number.js';
import { InputError, showValue } from '../errors.js';
import { readSmallCsv } from '../read/read-small-csv.js';
import { codeHistory, type CodeChange, type CodeHistory } from './code-history.js';

/**
 * Read a file of municipality code changes, one per line, for `recodeCounts`:
 *
 * ```csv
 * # Hallingdal; source: SSB KLASS 131
 * from_code,to_code,valid_from,to_name
 * 0620,3044,2020-01-01,Hol
 * 3044,3330,2024-01-01,Hol
 * ```
 *
 * `from_code` became `to_code` on `valid_from` (`YYYY-MM-DD`); `to_name`, optional, is the
 * name under the new code. Columns in any order and case; others are ignored; lines starting
 * with `#` are comments. Rules as in `codeHistory`: merges are followed, splits refused. Errors
 * name the file, line and column.
 *
 * @example
 * const history = await readCodeHistory('kommuner.csv');
 * currentArea(history, '0620'); // { code: '3330', name: 'Hol' }
 */
export async function readCodeHistory(file: string): Promise<CodeHistory> {
  const { rows, columns } = await readSmallCsv(file, {
    required: ['from_code', 'to_code', 'valid_from'],
    optional: ['to_name'],
    comments: true,
    role: 'the code history',
  });
  const changes = rows.map(({ cells, line }): CodeChange => {
    const cell = (field: string) => {
      const column = columns[field]!;
      return { text: column === -1 ? '' : (cells[column] ?? ''), location: { file, line, column: column + 1, field } };
    };
    const [from, to, date] = [cell('from_code'), cell('to_code'), cell('valid_from')];
    for (const code of [from, to]) {
      if (code.text === '') throw new InputError('E_CODE', 'expected a municipality code, got an empty cell', code.location);
      if (code.text === REGION_CODE) throw new InputError('E_CODE', REGION_RESERVED, code.location);
    }
    const validFrom = parseDay(date.text);
    if (validFrom === undefined) throw new InputError('E_DATE', `expected a date YYYY-MM-DD, got "${showValue(date.text)}"`, date.location);
    return { fromCode: from.text, toCode: to.text, validFrom, toName: cell('to_name').text, line };
  });
  return codeHistory(changes, file);
}
