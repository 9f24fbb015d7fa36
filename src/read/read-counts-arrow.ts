import { countsFileReads } from './counts-file-reads.js';
import { arrowIpcProblem } from './check-arrow-ipc.js';
import { readFile } from 'node:fs/promises';
import { REGION_CODE } from '../grid/count-grid.js';
import { checkAreaText } from './hidden-characters.js';
import { DEFAULT_DATE_WINDOW, type DateWindow } from './date-window.js';
import { InputError } from '../errors.js';
import { findColumns, type CountsColumnPositions } from './find-columns.js';
import type { CountsRead } from './read-counts.js';
import type { ReadCountsOptions } from './rejected-row.js';
import { countBlank } from './count-columns.js';
import { readTableRows } from './read-table-rows.js';

/**
 * Read device counts from an Arrow IPC file (file or stream format) with the CSV's columns:
 * `date` (a date type, or text `YYYY-MM-DD`), `area` (text, dictionary-encoded text or an
 * integer), `devices` (any number type; null = missing) and optional `area_name`; hourly
 * counts add `hour` (an integer or text 0–23, Norwegian clock time) or give `time` instead of
 * `date` (a timestamp, which is an instant, or ISO text as in CSV). Batches may be compressed
 * (LZ4 frames or ZSTD, as pyarrow writes them).
 * apache-arrow and the decoders are imported only here, so commands on CSV input do not pay for loading them.
 * With `onReject`, a row with a bad cell is skipped and reported instead of failing the read.
 *
 * @example
 * const { counts } = await readCountsArrow('counts.arrow');
 */
export async function readCountsArrow(file: string, options: ReadCountsOptions = {}): Promise<CountsRead> {
  const [{ tableFromIPC }, { CompressedBufferDamage }] = await Promise.all([import('apache-arrow'), import('./arrow-codecs.js')]);
  countsFileReads.count++;
  let table: ReturnType<typeof tableFromIPC>;
  let bytes: Buffer;
  const damaged = (problem = 'it is cut short or damaged') => new InputError('E_ARROW', `not a readable Arrow IPC file; ${problem}`, { file });
  try {
    bytes = await readFile(file);
  } catch {
    throw damaged();
  }
  // apache-arrow trusts the file's offsets and lengths, and on some damage never returns: check them first.
  const problem = arrowIpcProblem(bytes);
  if (problem !== undefined) throw damaged(problem);
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    if (error instanceof CompressedBufferDamage)
      throw damaged(
        `its ${error.codec}-compressed buffer at byte ${error.at - bytes.byteOffset} is damaged: it does not decompress to the ${error.length} bytes it says`,
      );
    // apache-arrow's own messages speak of its internals (a null 'fieldsLength'): say it plainly.
    throw damaged();
  }
  try {
    // Every row takes at least a byte of the columns (its devices are a number), counted as they
    // are in memory, decompressed: a damaged length must not size the columns.
    const columnBytes = table.data.reduce((sum, batch) => sum + batch.byteLength, 0);
    if (table.numRows > columnBytes)
      throw new InputError('E_ARROW', `the file says it has ${table.numRows} rows, more than its ${columnBytes} bytes of columns can hold; it is damaged`, {
        file,
      });
    return await readTable(table, file, options);
  } catch (error) {
    // apache-arrow reads buffers lazily: a damaged offset shows only now, as its own RangeError or TypeError.
    if (error instanceof RangeError || error instanceof TypeError) throw damaged();
    throw error;
  }
}

/** The rows of a table read from `file`, by the typed path or row by row. */
async function readTable(table: import('apache-arrow').Table, file: string, options: ReadCountsOptions): Promise<CountsRead> {
  const header = table.schema.fields.map((field) => field.name);
  const columns = findColumns(header, { file }, options.layout?.columns);
  const typed = readTypedColumns(table, columns, file, await import('apache-arrow'), options.dateWindow ?? DEFAULT_DATE_WINDOW);
  if (typed !== undefined) return typed;
  return readTableRows(
    file,
    table.numRows,
    columns,
    (index) => {
      const column = table.getChildAt(index)!;
      return (i) => column.get(i);
    },
    options,
  );
}

type Arrow = typeof import('apache-arrow');

/**
 * The fast path for the layout `teleguest convert` writes (one record batch; DateDay dates,
 * dictionary-encoded text areas and names with Int32 indices, Float64 devices with NaN in null
 * slots): the typed buffers become the columns without copying, each dictionary entry checked
 * once. Returns `undefined` for any other layout or any value the row-by-row path would refuse,
 * so that path reads the file and reports errors.
 */
function readTypedColumns(
  table: import('apache-arrow').Table,
  columns: CountsColumnPositions,
  file: string,
  arrow: Arrow,
  dateWindow: DateWindow,
): CountsRead | undefined {
  const { Type, DateUnit, Precision } = arrow;
  const date = table.getChildAt(columns.date)!;
  const area = table.getChildAt(columns.area)!;
  const devices = table.getChildAt(columns.devices)!;
  const name = columns.areaName === -1 ? undefined : table.getChildAt(columns.areaName)!;
  const isText = (type: import('apache-arrow').DataType) => type.typeId === Type.Utf8;
  const isTextDictionary = (type: import('apache-arrow').DataType) =>
    type.typeId === Type.Dictionary && isText((type as import('apache-arrow').Dictionary).dictionary);
  if (columns.segment !== -1 || columns.hour !== -1 || columns.time !== -1) return undefined;
  if (date.type.typeId !== Type.Date || (date.type as import('apache-arrow').DateDay).unit !== DateUnit.DAY) return undefined;
  if (!isTextDictionary(area.type) || (name !== undefined && !isTextDictionary(name.type))) return undefined;
  if (devices.type.typeId !== Type.Float || (devices.type as import('apache-arrow').Float64).precision !== Precision.DOUBLE) return undefined;

  if (date.data.length !== 1 || area.data.length !== 1 || devices.data.length !== 1 || (name !== undefined && name.data.length !== 1)) return undefined;
  const [days, codes, counts, names] = [date.data[0]!, area.data[0]!, devices.data[0]!, name?.data[0]];
  if (days.nullCount > 0 || codes.nullCount > 0 || (names !== undefined && names.nullCount > 0)) return undefined;
  const length = days.length;
  if (length === 0 || codes.length !== length || counts.length !== length || !(codes.values instanceof Int32Array)) return undefined;

  // Each dictionary entry is an area, checked once; a bad one sends the file down the row-by-row path.
  const areaCodes = [...codes.dictionary!].map((code) => (typeof code === 'string' ? code : ''));
  if (areaCodes.some((code) => code === '' || code === REGION_CODE || checkAreaText(code) !== undefined) || new Set(areaCodes).size !== areaCodes.length)
    return undefined;
  // NaN stands for "no observation" in the engine; a null slot must hold NaN to be used as it is.
  const deviceValues = (counts.values as Float64Array).subarray(counts.offset, counts.offset + length);
  const validity = counts.nullCount > 0 ? counts.nullBitmap : undefined;
  for (let i = 0; i < length; i++) {
    const value = deviceValues[i]!;
    const at = counts.offset + i;
    const isNull = validity !== undefined && validity !== null && (validity[at >> 3]! & (1 << (at & 7))) === 0;
    if (isNull ? value === value : !(value >= 0 && value <= Number.MAX_SAFE_INTEGER)) return undefined;
  }
  const dayValues = (days.values as Int32Array).subarray(days.offset, days.offset + length);
  for (let i = 0; i < length; i++) if (!(dayValues[i]! >= dateWindow.first && dayValues[i]! <= dateWindow.last)) return undefined;
  const areaOfRow = (codes.values as Int32Array).subarray(codes.offset, codes.offset + length);
  const areaNames = areaCodes.map(() => '');
  if (names !== undefined) {
    // The first non-empty name of each area, looking only as long as some area has none (and not
    // at all when every name is empty, as in the cache of a file without names).
    const nameOf = [...names.dictionary!].map((text) => String(text ?? ''));
    if (nameOf.some((text) => checkAreaText(text, 'name') !== undefined)) return undefined;
    const nameIndices = names.values as Int32Array;
    let unnamed = nameOf.some((text) => text !== '') ? areaNames.length : 0;
    for (let i = 0; i < length && unnamed > 0; i++) {
      const text = nameOf[nameIndices[names.offset + i]!]!;
      if (text !== '' && areaNames[areaOfRow[i]!] === '') {
        areaNames[areaOfRow[i]!] = text;
        unnamed--;
      }
    }
  }
  const line = new Int32Array(length);
  for (let i = 0; i < length; i++) line[i] = i + 1;
  return {
    counts: {
      source: file,
      lineKind: 'row',
      length,
      day: dayValues,
      area: areaOfRow,
      devices: deviceValues,
      line,
      areaCodes,
      areaNames,
      rejectedRows: 0,
      blankRows: countBlank(deviceValues, length),
    },
    notes: columns.notes,
  };
}
