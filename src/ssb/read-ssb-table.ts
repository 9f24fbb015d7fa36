import { InputError } from '../errors.js';
import { MAX_SIDE_FILE_BYTES, readInputFile } from '../read/read-input-file.js';
import type { SsbTable } from './ssb-table.js';

/**
 * Read an SSB table saved from StatBank: JSON-stat 2.0 (a file that starts with `{`) or CSV,
 * told apart by content, not by name. jsonstat-toolkit and csv-parse are loaded only for the
 * format at hand.
 *
 * @example
 * const table = await readSsbTable('fixtures/ssb/population-07459.json');
 * table.dimensions[table.region]!.codes; // ['3320', '3322', '3324', '3326', '3328', '3330']
 */
export async function readSsbTable(file: string, role = 'the SSB table'): Promise<SsbTable> {
  const bytes = await readInputFile(file, role, MAX_SIDE_FILE_BYTES);
  if (bytes.includes(0)) throw new InputError('E_NOT_SSB', 'the file is binary, not JSON-stat or CSV text', { file, line: 1 });
  const start = bytes
    .toString('latin1', 0, 1024)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  if (start === '') throw new InputError('E_EMPTY', 'the file is empty; expected a JSON-stat dataset or a StatBank CSV export', { file, line: 1 });
  if (start.startsWith('{')) {
    const { readSsbJsonStat } = await import('./read-ssb-json-stat.js');
    return readSsbJsonStat(bytes.toString('utf8').replace(/^\uFEFF/, ''), file);
  }
  const { readSsbCsv } = await import('./read-ssb-csv.js');
  return readSsbCsv(bytes, file);
}
