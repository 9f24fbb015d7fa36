import { Bool, DateDay, Dictionary, Int8, Int32, Table, Utf8, makeData, makeVector, vectorFromArray, type Vector } from 'apache-arrow';
import { PUBLISHED, SUPPRESSION_REASONS } from '../disclosure/suppression-status.js';
import { REGION_CODE } from '../grid/count-grid.js';
import type { DailyColumns, Estimate } from '../pipeline/estimate.js';
import { float64Column } from '../read/float64-column.js';

/**
 * The daily results as an Arrow table: one row per area and day, then the region's days
 * (area `region`), with columns date, area (dictionary-encoded), devices, persons, one column
 * per deduction, guestNights and filled (true where a missing value was filled, the model's
 * `fill`), and with disclosure control `suppressed`: `primary` or `secondary` where the row's
 * count is withheld, null where it is published. A missing observation, a withheld count or a
 * figure that does not apply is null. The number columns
 * wrap the estimate's arrays without copying; only their validity bitmaps are new.
 *
 * @example
 * const table = dailyTable(await estimate(counts, model, { daily: true }));
 * table.getChild('guestNights')?.get(0);
 */
export function dailyTable(result: Estimate & { daily: DailyColumns }): Table {
  const { grid, deductions, daily } = result;
  const rows = grid.areaCodes.length + 1;
  const { dayCount } = grid;
  const length = rows * dayCount;
  const dates = new Int32Array(length);
  const areas = new Int32Array(length);
  for (let row = 0; row < rows; row++) {
    for (let day = 0; day < dayCount; day++) {
      dates[row * dayCount + day] = grid.firstDay + day;
      areas[row * dayCount + day] = row;
    }
  }
  const codes = vectorFromArray([...grid.areaCodes, REGION_CODE], new Utf8());
  const columns: Record<string, Vector> = {
    date: makeVector(makeData({ type: new DateDay(), length, data: dates })),
    area: makeVector(makeData({ type: new Dictionary(new Utf8(), new Int32()), length, data: areas, dictionary: codes })),
    devices: float64Column(grid.devices),
    persons: float64Column(daily.persons),
  };
  for (const name of deductions.names) columns[name] = float64Column(deductions.valuesOf(name));
  columns.guestNights = float64Column(daily.guestNights);
  columns.filled = boolColumn(result.filled);
  if (result.disclosure !== undefined) columns.suppressed = suppressedColumn(result.disclosure.status);
  return new Table(columns);
}

/** Why each row is withheld, `primary` or `secondary` (dictionary-encoded), null where it is published. */
function suppressedColumn(status: Uint8Array): Vector {
  const validity = new Uint8Array((status.length + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < status.length; i++) {
    if (status[i] === PUBLISHED) nullCount++;
    else validity[i >> 3]! |= 1 << (i & 7);
  }
  const reasons = vectorFromArray([...SUPPRESSION_REASONS], new Utf8());
  return makeVector(
    makeData({ type: new Dictionary(new Utf8(), new Int8()), length: status.length, nullCount, nullBitmap: validity, data: status, dictionary: reasons }),
  );
}

/** A Bool vector from bytes 0/1, packed into Arrow's bitmap (least significant bit first). */
function boolColumn(flags: Uint8Array): Vector {
  const bits = new Uint8Array((flags.length + 7) >> 3);
  for (let i = 0; i < flags.length; i++) if (flags[i] === 1) bits[i >> 3]! |= 1 << (i & 7);
  return makeVector(makeData({ type: new Bool(), length: flags.length, data: bits }));
}
