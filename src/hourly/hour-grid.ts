import { FIRST, MISSING_PART, placeCell } from '../grid/place-cell.js';
import { osloLocalHour } from '../clock/oslo-local-hour.js';
import { osloUtcHour } from '../clock/oslo-utc-hour.js';
import { daySpan, type CountColumns } from '../read/count-columns.js';
import { compareCodes, REGION_CODE, REGION_RESERVED, type OnDuplicate } from '../grid/count-grid.js';
import { formatDay } from '../clock/day-number.js';
import { InputError } from '../errors.js';
import { allocateGrid } from '../grid/grid-size.js';

/**
 * Hourly counts laid out as a dense grid: one row of `slotCount` hours per area and segment
 * (area-major: row = area × segmentCount + segment; areas in sorted code order), the hours
 * running in UTC from local midnight of `firstDay` to local midnight after the last day, so a
 * 23- or 25-hour day has 23 or 25 slots. NaN where there is no observation. The values buffer
 * is shared, so worker threads read it in place.
 */
export interface HourGrid {
  /** Europe/Oslo day number of the first day. */
  firstDay: number;
  dayCount: number;
  /** UTC hour number (hours since 1970-01-01T00:00Z) of slot 0: local midnight of `firstDay`. */
  firstHour: number;
  slotCount: number;
  /** Slot at which each local day starts, and `slotCount` last (dayCount + 1 entries). */
  dayStart: Int32Array;
  /** The local clock hour (0–23) of each slot; 2 appears twice on the last Sunday of October. */
  localHour: Uint8Array;
  areaCodes: string[];
  areaNames: string[];
  /** Segment names, or `['']` for unsegmented counts. */
  segmentNames: string[];
  values: Float64Array;
  duplicateRows: number;
  /** Hours summed from duplicate rows with a blank or suppressed part and an observed one: missing (`placeCell`). */
  missingSums: number;
}

/**
 * Scatter hourly rows (`counts.utcHour`) into an hour grid. A second row for the same area,
 * segment and hour is an error naming both lines, unless `onDuplicate` says `'sum'` or `'last'`
 * (as `buildCountGrid` has them: a sum with a blank part is missing).
 * Midnight exists every day in Oslo (the clocks change at 02:00/03:00), so days start cleanly.
 *
 * @example
 * const grid = buildHourGrid(counts);
 * grid.dayStart[1] - grid.dayStart[0]; // 23 when the first day is the last Sunday of March
 */
export function buildHourGrid(counts: CountColumns, onDuplicate: OnDuplicate = 'error'): HourGrid {
  const { area, devices, line } = counts;
  const utcHour = counts.utcHour!;
  const { firstDay, lastDay } = daySpan(counts);
  const reserved = counts.areaCodes.indexOf(REGION_CODE);
  if (reserved !== -1) throw new InputError('E_AREA', REGION_RESERVED, locate(counts, counts.area.indexOf(reserved)));
  const dayCount = lastDay - firstDay + 1;
  const { firstHour, dayStart, slotCount, localHour } = slotsOfDays(firstDay, dayCount);

  const order = counts.areaCodes.map((_, index) => index).sort((a, b) => compareCodes(counts.areaCodes[a]!, counts.areaCodes[b]!));
  const rowOfArea = new Int32Array(order.length);
  order.forEach((index, row) => (rowOfArea[index] = row));
  const segmentNames = counts.segments?.segmentNames ?? [''];
  const segmentCount = segmentNames.length;
  const segmentOfRow = counts.segments?.segment;
  const rows = order.length * segmentCount;
  const values = allocateGrid(rows * slotCount, { file: counts.source }, `${rows} rows (areas × segments) × ${slotCount} hours`);
  // Blank cells are NaN too, so a bitmap tells "seen blank" from "not seen".
  const seen = new Uint8Array((rows * slotCount + 7) >> 3);
  let duplicateRows = 0;
  const missingSums = new Set<number>();
  for (let i = 0; i < counts.length; i++) {
    const row = rowOfArea[area[i]!]! * segmentCount + (segmentOfRow === undefined ? 0 : segmentOfRow[i]!);
    const cell = row * slotCount + (utcHour[i]! - firstHour);
    const placed = placeCell(values, seen, cell, devices[i]!, onDuplicate);
    if (placed === FIRST) continue;
    duplicateRows++;
    if (placed === MISSING_PART) missingSums.add(cell);
    if (onDuplicate === 'error') {
      // Rare: only now look back for the first row at this hour.
      let first = 0;
      while (area[first] !== area[i] || utcHour[first] !== utcHour[i] || (segmentOfRow !== undefined && segmentOfRow[first] !== segmentOfRow[i])) first++;
      const local = osloLocalHour(utcHour[i]!);
      // With the UTC offset: on the last Sunday of October 02:00 happens twice.
      const when = `${formatDay(Math.floor(local / 24))} ${String(local % 24).padStart(2, '0')}:00+0${local - utcHour[i]!}:00`;
      const inSegment = segmentOfRow === undefined ? '' : ` in segment ${segmentNames[segmentOfRow[i]!]}`;
      throw new InputError(
        'E_DUPLICATE',
        `area ${counts.areaCodes[area[i]!]} has a second row for ${when}${inSegment} (first at ${counts.lineKind} ${line[first]}); use --on-duplicate sum or last if that is expected`,
        locate(counts, i),
      );
    }
  }
  return {
    firstDay,
    dayCount,
    firstHour,
    slotCount,
    dayStart,
    localHour,
    areaCodes: order.map((index) => counts.areaCodes[index]!),
    areaNames: order.map((index) => counts.areaNames[index]!),
    segmentNames,
    values,
    duplicateRows,
    missingSums: missingSums.size,
  };
}

/**
 * The whole local days from the one holding UTC hour `firstHour` to the one holding `lastHour`,
 * and their hours, as an hour grid spans them (`readHourGrid` lays its rows out on this span).
 *
 * @example
 * localDaysOfHours(osloUtcHour(20_023, 5), osloUtcHour(20_023, 20)).slotCount; // 25: 2024-10-27
 */
export function localDaysOfHours(
  firstHour: number,
  lastHour: number,
): Pick<HourGrid, 'firstDay' | 'dayCount' | 'firstHour' | 'slotCount' | 'dayStart' | 'localHour'> {
  const firstDay = Math.floor(osloLocalHour(firstHour) / 24);
  const dayCount = Math.floor(osloLocalHour(lastHour) / 24) - firstDay + 1;
  return { firstDay, dayCount, ...slotsOfDays(firstDay, dayCount) };
}

/** The UTC hours of `dayCount` local days from `firstDay`: where each day starts, and each slot's clock hour. */
function slotsOfDays(firstDay: number, dayCount: number): Pick<HourGrid, 'firstHour' | 'dayStart' | 'slotCount' | 'localHour'> {
  const firstHour = osloUtcHour(firstDay, 0);
  const dayStart = new Int32Array(dayCount + 1);
  for (let d = 0; d <= dayCount; d++) dayStart[d] = osloUtcHour(firstDay + d, 0) - firstHour;
  const slotCount = dayStart[dayCount]!;
  const localHour = new Uint8Array(slotCount);
  for (let d = 0; d < dayCount; d++) {
    for (let slot = dayStart[d]!; slot < dayStart[d + 1]!; slot++) localHour[slot] = osloLocalHour(firstHour + slot) - (firstDay + d) * 24;
  }
  return { firstHour, dayStart, slotCount, localHour };
}

function locate(counts: CountColumns, index: number) {
  return counts.lineKind === 'line' ? { file: counts.source, line: counts.line[index]! } : { file: counts.source, row: counts.line[index]! };
}
