import type { CountColumns } from '../read/count-columns.js';
import { buildCountGrid, type CountGrid, type OnDuplicate } from './count-grid.js';
import { fillGaps, type FillMethod } from './fill-gaps.js';
import { sumRegionDays } from '../kernels/sum-region-days.js';
import { upliftOf, type Uplift } from '../model/model.js';
import { markSmallCounts } from '../disclosure/mark-small-counts.js';
import { PRIMARY } from '../disclosure/suppression-status.js';

/** Counts laid out per segment and summed: what the kernels and segment deductions read. */
export interface SegmentedGrid {
  /** Devices summed over segments; NaN where any segment is missing that day. */
  grid: CountGrid;
  /** Persons per cell (Σ segment devices × (1 + its uplift)), when segment uplifts differ. */
  present?: Float64Array;
  /** Persons per cell of each segment, region row summed. */
  segmentPersons: Map<string, Float64Array>;
  /** Cells where some segments were observed and others not: missing, as the region is without an area. */
  partialCells: number;
  /** 1 where a missing value was filled (in any segment), per area cell; the region row is 1 on a day with any. */
  filled: Uint8Array;
  /**
   * With a `minCount`: `PRIMARY` on each area cell whose count, or a segment's, was below it and
   * made missing before gaps were filled (the region's row 0); see `withheldStatus`.
   */
  withheld?: Uint8Array;
}

/**
 * Lay out counts as a grid, filling gaps as `fill` says. Segmented counts get one grid per
 * segment (each filled on its own), then the sum. A cell counts as observed only when every
 * segment is: half a day's devices would pass for a quiet day. With `minCount` above 0, every
 * count below it (a cell's, or a segment's) is withheld first: made missing before any gap is
 * filled, so nothing laid out or filled rests on it (`withheld` says where).
 *
 * @example
 * const { grid, segmentPersons } = buildSegmentedGrid(counts, { default: 0.06, bySegment: { foreign: 0 } });
 * segmentPersons.get('home'); // residents present per cell, uplifted
 */
export function buildSegmentedGrid(
  counts: CountColumns,
  uplift: Uplift,
  onDuplicate: OnDuplicate = 'error',
  fill: FillMethod = 'none',
  minCount = 0,
): SegmentedGrid {
  if (counts.segments === undefined) return segmentedGridOf(buildCountGrid(counts, onDuplicate), fill, minCount);
  return combineSegments(counts.segments.segmentNames, (segment) => buildCountGrid(counts, onDuplicate, segment), uplift, fill, minCount);
}

/**
 * Segments' grids (each laid out by `partOf` when its turn comes, so only one is held beside
 * the sum), each withheld below `minCount` and filled on its own, then summed: what
 * `buildSegmentedGrid` gives for rows, and the hourly reduction for its days. Every part has the
 * same span and areas.
 *
 * @example
 * const { grid } = combineSegments(['home', 'visitor'], (segment) => parts[segment], 0.06, 'none');
 */
export function combineSegments(
  segmentNames: readonly string[],
  partOf: (segment: number) => CountGrid,
  uplift: Uplift,
  fill: FillMethod,
  minCount = 0,
): SegmentedGrid {
  let filled: Uint8Array | undefined;
  let withheld: Uint8Array | undefined;
  const uplifts = segmentNames.map((name) => upliftOf(uplift, name));
  // One uplift for all segments: devices × (1 + uplift) gives the same persons without the extra grid.
  const sameUplift = uplifts.every((value) => value === uplifts[0]);
  let grid: CountGrid | undefined;
  let present: Float64Array | undefined;
  const segmentPersons = new Map<string, Float64Array>();
  segmentNames.forEach((name, segment) => {
    const part = partOf(segment);
    filled ??= new Uint8Array(part.devices.length);
    const areaCells = part.areaCodes.length * part.dayCount;
    if (minCount > 0) withheld = withhold(part, minCount, withheld);
    fillGaps(part.devices, part.areaCodes.length, part.dayCount, part.firstDay, fill, filled);
    const persons = new Float64Array(part.devices.length);
    for (let cell = 0; cell < areaCells; cell++) persons[cell] = part.devices[cell]! * (1 + uplifts[segment]!);
    sumRegionDays(persons, part.areaCodes.length, part.dayCount);
    segmentPersons.set(name, persons);
    if (!sameUplift) {
      present ??= new Float64Array(new SharedArrayBuffer(persons.byteLength));
      for (let cell = 0; cell < persons.length; cell++) present[cell]! += persons[cell]!;
    }
    if (grid === undefined) {
      grid = part;
      return;
    }
    grid.duplicateRows += part.duplicateRows;
    // A day made missing in two segments counts in each.
    grid.missingSums += part.missingSums;
    for (let cell = 0; cell < areaCells; cell++) grid.devices[cell]! += part.devices[cell]!;
  });
  const areaCells = grid!.areaCodes.length * grid!.dayCount;
  const bySegment = [...segmentPersons.values()];
  let partialCells = 0;
  for (let cell = 0; cell < areaCells; cell++) {
    // A cell missing for a withheld segment is not a partial observation.
    if (withheld?.[cell] === PRIMARY) continue;
    if (Number.isNaN(grid!.devices[cell]!) && bySegment.some((persons) => !Number.isNaN(persons[cell]!))) partialCells++;
  }
  markRegionDays(filled!, grid!.areaCodes.length, grid!.dayCount);
  return { grid: grid!, present, segmentPersons, partialCells, filled: filled!, ...(withheld !== undefined && { withheld }) };
}

/**
 * An unsegmented grid (from `buildCountGrid`, or read straight into a grid) with its counts
 * below `minCount` withheld and its gaps filled as `fill` says, in place, as
 * `buildSegmentedGrid` gives it.
 *
 * @example
 * const { filled } = segmentedGridOf(grid, 'interpolate'); // 1 where a gap was filled
 */
export function segmentedGridOf(grid: CountGrid, fill: FillMethod, minCount = 0): SegmentedGrid {
  const filled = new Uint8Array(grid.devices.length);
  const withheld = minCount > 0 ? withhold(grid, minCount) : undefined;
  fillGaps(grid.devices, grid.areaCodes.length, grid.dayCount, grid.firstDay, fill, filled);
  markRegionDays(filled, grid.areaCodes.length, grid.dayCount);
  return { grid, segmentPersons: new Map(), partialCells: 0, filled, ...(withheld !== undefined && { withheld }) };
}

/** Make every area count of `part` below `minCount` missing and mark it `PRIMARY` in `withheld` (made for the first part). */
function withhold(part: CountGrid, minCount: number, withheld: Uint8Array = new Uint8Array(part.devices.length)): Uint8Array {
  markSmallCounts(part.devices, minCount, withheld, 0, part.areaCodes.length * part.dayCount, true);
  return withheld;
}
/** Mark the region row on each day when any area's value was filled. */
function markRegionDays(filled: Uint8Array, areaCount: number, dayCount: number): void {
  const region = areaCount * dayCount;
  for (let first = 0; first < region; first += dayCount) {
    for (let day = 0; day < dayCount; day++) filled[region + day]! |= filled[first + day]!;
  }
}
