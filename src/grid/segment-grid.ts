import type { CountColumns } from '../read/count-columns.js';
import { buildCountGrid, type CountGrid, type OnDuplicate } from './count-grid.js';
import { fillGaps, type FillMethod } from './fill-gaps.js';
import { sumRegionDays } from '../kernels/sum-region-days.js';
import { upliftOf, type Uplift } from '../model/model.js';

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
}

/**
 * Lay out counts as a grid, filling gaps as `fill` says. Segmented counts get one grid per
 * segment (each filled on its own), then the sum. A cell counts as observed only when every
 * segment is: half a day's devices would pass for a quiet day.
 *
 * @example
 * const { grid, segmentPersons } = buildSegmentedGrid(counts, { default: 0.06, bySegment: { foreign: 0 } });
 * segmentPersons.get('home'); // residents present per cell, uplifted
 */
export function buildSegmentedGrid(counts: CountColumns, uplift: Uplift, onDuplicate: OnDuplicate = 'error', fill: FillMethod = 'none'): SegmentedGrid {
  if (counts.segments === undefined) return segmentedGridOf(buildCountGrid(counts, onDuplicate), fill);
  return combineSegments(counts.segments.segmentNames, (segment) => buildCountGrid(counts, onDuplicate, segment), uplift, fill);
}

/**
 * Segments' grids (each laid out by `partOf` when its turn comes, so only one is held beside
 * the sum), each filled on its own, then summed: what `buildSegmentedGrid` gives for rows, and
 * the hourly reduction for its days. Every part has the same span and areas.
 *
 * @example
 * const { grid } = combineSegments(['home', 'visitor'], (segment) => parts[segment], 0.06, 'none');
 */
export function combineSegments(segmentNames: readonly string[], partOf: (segment: number) => CountGrid, uplift: Uplift, fill: FillMethod): SegmentedGrid {
  let filled: Uint8Array | undefined;
  const uplifts = segmentNames.map((name) => upliftOf(uplift, name));
  // One uplift for all segments: devices × (1 + uplift) gives the same persons without the extra grid.
  const sameUplift = uplifts.every((value) => value === uplifts[0]);
  let grid: CountGrid | undefined;
  let present: Float64Array | undefined;
  const segmentPersons = new Map<string, Float64Array>();
  segmentNames.forEach((name, segment) => {
    const part = partOf(segment);
    filled ??= new Uint8Array(part.devices.length);
    fillGaps(part.devices, part.areaCodes.length, part.dayCount, part.firstDay, fill, filled);
    const areaCells = part.areaCodes.length * part.dayCount;
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
    for (let cell = 0; cell < areaCells; cell++) grid.devices[cell]! += part.devices[cell]!;
  });
  const areaCells = grid!.areaCodes.length * grid!.dayCount;
  const bySegment = [...segmentPersons.values()];
  let partialCells = 0;
  for (let cell = 0; cell < areaCells; cell++) {
    if (Number.isNaN(grid!.devices[cell]!) && bySegment.some((persons) => !Number.isNaN(persons[cell]!))) partialCells++;
  }
  markRegionDays(filled!, grid!.areaCodes.length, grid!.dayCount);
  return { grid: grid!, present, segmentPersons, partialCells, filled: filled! };
}

/**
 * An unsegmented grid (from `buildCountGrid`, or read straight into a grid) with its gaps filled
 * as `fill` says, in place, as `buildSegmentedGrid` gives it.
 *
 * @example
 * const { filled } = segmentedGridOf(grid, 'interpolate'); // 1 where a gap was filled
 */
export function segmentedGridOf(grid: CountGrid, fill: FillMethod): SegmentedGrid {
  const filled = new Uint8Array(grid.devices.length);
  fillGaps(grid.devices, grid.areaCodes.length, grid.dayCount, grid.firstDay, fill, filled);
  markRegionDays(filled, grid.areaCodes.length, grid.dayCount);
  return { grid, segmentPersons: new Map(), partialCells: 0, filled };
}

/** Mark the region row on each day when any area's value was filled. */
function markRegionDays(filled: Uint8Array, areaCount: number, dayCount: number): void {
  const region = areaCount * dayCount;
  for (let first = 0; first < region; first += dayCount) {
    for (let day = 0; day < dayCount; day++) filled[region + day]! |= filled[first + day]!;
  }
}
