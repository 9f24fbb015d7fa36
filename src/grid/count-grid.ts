import { daySpan, type CountColumns } from '../read/count-columns.js';
import { FIRST, MISSING_PART, placeCell } from './place-cell.js';
import { InputError } from '../errors.js';
import { areaAsGiven, givenAreaCode } from '../areas/recode-counts.js';
import { allocateGrid } from './grid-size.js';

/** The area code the region's own rows carry in outputs; no input area may use it. */
export const REGION_CODE = 'region';
export const REGION_RESERVED = `"${REGION_CODE}" is reserved for the region's rows in outputs; it cannot be an input area`;

/**
 * Device counts laid out as a dense grid: one row of `dayCount` cells per area, areas in
 * sorted code order, plus a last row for the region (filled by the kernels). A cell is NaN
 * where there is no observation. The buffer is shared, so worker threads read it in place.
 */
export interface CountGrid {
  /** Day number of the first column. */
  firstDay: number;
  dayCount: number;
  /** Sorted area codes; row `areaCodes.length` is the region. */
  areaCodes: string[];
  areaNames: string[];
  devices: Float64Array;
  /** Rows for an area and date already seen, summed or replaced as `onDuplicate` said. */
  duplicateRows: number;
  /** Cells summed from duplicate rows with a blank or suppressed part and an observed one: missing (`placeCell`). */
  missingSums: number;
}

/** What to do with a second row for the same area and date. */
export type OnDuplicate = 'error' | 'sum' | 'last';

/**
 * Scatter rows into a grid. By default the same date and area twice is an error naming both
 * lines: a re-exported file often repeats days, and summing them would double-count. `'sum'`
 * adds them (a blank or suppressed part makes the sum missing, counted in `missingSums`), `'last'`
 * keeps the later row in file order (a blank one too); either way they are counted in `duplicateRows`. With `segment`, only that segment's rows are laid out
 * (the span and the areas are still those of all rows, so every segment's grid lines up).
 *
 * @example
 * const grid = buildCountGrid(counts);
 * grid.devices[area * grid.dayCount + (day - grid.firstDay)]; // devices that day, or NaN
 */
export function buildCountGrid(counts: CountColumns, onDuplicate: OnDuplicate = 'error', segment?: number): CountGrid {
  const { day, area, devices, line } = counts;
  // Only when one segment is laid out: the hot loop then tests a row's segment.
  const segmentOfRow = segment === undefined ? undefined : counts.segments!.segment;
  const { firstDay, lastDay } = daySpan(counts);
  const order = counts.areaCodes.map((_, index) => index).sort((a, b) => compareCodes(counts.areaCodes[a]!, counts.areaCodes[b]!));
  const rowOfArea = new Int32Array(order.length);
  order.forEach((area, row) => (rowOfArea[area] = row));
  const reserved = counts.areaCodes.indexOf(REGION_CODE);
  if (reserved !== -1) {
    const at = counts.area.indexOf(reserved);
    throw new InputError('E_AREA', REGION_RESERVED, locate(counts, at));
  }

  const dayCount = lastDay - firstDay + 1;
  const cells = (order.length + 1) * dayCount;
  const grid = allocateGrid(cells, { file: counts.source }, `${order.length + 1} rows (areas and the region) × ${dayCount} days`);
  // Blank cells are NaN too, so a bitmap tells "seen blank" from "not seen".
  const seen = new Uint8Array((order.length * dayCount + 7) >> 3);
  let duplicateRows = 0;
  // Cells told more than once (parts 5, blank, 7) are one cell made missing.
  const missingSums = new Set<number>();
  for (let i = 0; i < counts.length; i++) {
    if (segmentOfRow !== undefined && segmentOfRow[i] !== segment) continue;
    const cell = rowOfArea[area[i]!]! * dayCount + (day[i]! - firstDay);
    const placed = placeCell(grid, seen, cell, devices[i]!, onDuplicate);
    if (placed === FIRST) continue;
    duplicateRows++;
    if (placed === MISSING_PART) missingSums.add(cell);
    if (onDuplicate === 'error') {
      // Rare: only now look back for the first row with this area and date.
      let first = 0;
      while (area[first] !== area[i] || day[first] !== day[i] || (segmentOfRow !== undefined && segmentOfRow[first] !== segment)) first++;
      const inSegment = segment === undefined ? '' : ` in segment ${counts.segments!.segmentNames[segment]}`;
      // Recoded counts: the codes the file gave, the first row's where it differs from this one's.
      const firstGiven = givenAreaCode(counts, first);
      const under = firstGiven === givenAreaCode(counts, i) ? '' : `, under ${firstGiven}`;
      throw new InputError(
        'E_DUPLICATE',
        `area ${areaAsGiven(counts, i)} has a second row for the same date${inSegment} (first at ${counts.lineKind} ${line[first]}${under}); use --on-duplicate sum or last if that is expected`,
        locate(counts, i),
      );
    }
  }
  return {
    firstDay,
    dayCount,
    areaCodes: order.map((index) => counts.areaCodes[index]!),
    areaNames: order.map((index) => counts.areaNames[index]!),
    devices: grid,
    duplicateRows,
    missingSums: missingSums.size,
  };
}

/**
 * Order area codes: two all-digit codes of different lengths by length (so '5' < '10'), anything
 * else as text ('0301' < '3320').
 *
 * @example
 * ['3320', '10', '5', '0301'].sort(compareCodes); // ['5', '10', '0301', '3320']
 */
export function compareCodes(a: string, b: string): number {
  if (a.length !== b.length && /^\d+$/.test(a) && /^\d+$/.test(b)) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function locate(counts: CountColumns, index: number) {
  return counts.lineKind === 'line' ? { file: counts.source, line: counts.line[index]! } : { file: counts.source, row: counts.line[index]! };
}
