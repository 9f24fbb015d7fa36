import { InputError } from '../errors.js';
import { MAX_SIDE_FILE_BYTES, readInputFile } from './read-input-file.js';

/** A small CSV file's rows, each with the line it ends on, and its columns by header name. */
export interface SmallCsv {
  file: string;
  /** Column index (0-based) of each header name asked for; -1 for an optional one not there. */
  columns: Record<string, number>;
  rows: Array<{ cells: string[]; line: number }>;
}

/**
 * Read a small CSV with a header (a list given on the command line, not device counts): UTF-8
 * with or without BOM, cells trimmed, blank lines and, with `comments`, lines starting with
 * `#` skipped; line numbers stay those of the file. Header names are matched in any case and
 * order; a `required` one missing is an error on line 1. Short rows read as blank cells.
 *
 * @example
 * const csv = await readSmallCsv('capacity.csv', { required: ['area', 'capacity'] });
 * csv.rows[0]; // { cells: ['3326', '15000'], line: 2 }
 */
export async function readSmallCsv(file: string, columns: { required: string[]; optional?: string[]; comments?: boolean; role?: string }): Promise<SmallCsv> {
  const content = (await readInputFile(file, columns.role ?? 'the file', MAX_SIDE_FILE_BYTES)).toString('utf8');
  // Imported here: csv-parse costs start-up time a run without such a file need not pay.
  const { parse } = await import('csv-parse/sync');
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(content.replace(/^\uFEFF/, ''), {
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      // Only a whole line is a comment: a # inside a cell is text.
      ...(columns.comments ? { comment: '#', comment_no_infix: true } : {}),
    }) as unknown as typeof records;
  } catch (error) {
    const { lines } = error as { lines?: number };
    throw new InputError('E_CSV', `not a readable CSV: ${(error as Error).message}`, lines === undefined ? { file } : { file, line: lines });
  }
  const header = (records[0]?.record ?? []).map((name) => name.toLowerCase());
  const missing = columns.required.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    const expected = [...columns.required, ...(columns.optional ?? []).map((name) => `${name} (optional)`)].join(', ');
    throw new InputError('E_COLUMNS', `expected a header with ${expected}; missing ${missing.join(', ')}`, { file, line: records[0]?.info.lines ?? 1 });
  }
  return {
    file,
    columns: Object.fromEntries([...columns.required, ...(columns.optional ?? [])].map((name) => [name, header.indexOf(name)])),
    rows: records.slice(1).map(({ record, info }) => ({ cells: record, line: info.lines })),
  };
}
