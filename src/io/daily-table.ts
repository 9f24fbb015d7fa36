import { DateDay, Dictionary, Int32, Table, Utf8, makeData, makeVector, vectorFromArray, type Vector } from 'apache-arrow';
import { REGION_CODE } from '../count-grid.js';
import type { DailyColumns, Estimate } from '../estimate.js';
import { float64Column } from './float64-column.js';

/**
 * The daily results as an Arrow table: one row per area and day, then the region's days
 * (area `region`), with columns date, area (dictionary-encoded), devices, persons, one column
 * per deduction and guestNights. A missing observation or a figure that does not apply is null.
 * devices, persons and guestNights wrap the estimate's shared buffers without copying; only
 * their validity bitmaps are new.
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
  for (const [name, values] of deductions.byName) columns[name] = float64Column(values);
  columns.guestNights = float64Column(daily.guestNights);
  return new Table(columns);
}
