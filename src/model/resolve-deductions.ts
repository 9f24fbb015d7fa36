import { formatDay, yearMonthOfDay } from '../clock/day-number.js';
import { ModelError } from '../errors.js';
import { sumRegionDays } from '../kernels/sum-region-days.js';
import { WHOLE_SELECTION, type DailyValues } from './read-daily-values.js';
import { dayFactors } from './day-factors.js';
import type { Deduction, Model } from './model.js';

/** Residents per area code and calendar year, as read from an SSB population table. */
export type Population = Map<string, Map<number, number>>;

/** What deductions need besides the model: files already read, and the segments' persons. */
export interface DeductionInputs {
  /** The model file, for messages. */
  modelFile: string;
  /** The values of each `file` deduction, by deduction name. */
  files?: Map<string, DailyValues>;
  /** The table of each `population` deduction, by deduction name. */
  populations?: Map<string, Population>;
  /** Persons per cell of each segment (devices × (1 + its uplift)), region row summed. */
  segmentPersons?: Map<string, Float64Array>;
}

/**
 * The span and areas of the grid the deductions are laid on, and its counts (NaN where missing),
 * the region's row summed (`sumRegionDays`: NaN on a day some area was not observed).
 */
export interface GridShape {
  firstDay: number;
  dayCount: number;
  areaCodes: readonly string[];
  devices: Float64Array;
}

/** The deductions laid on the grid: each one's figures by name (their total per cell went to `onRow`). */
export interface ResolvedDeductions {
  /** The deductions' names, in the model's order. */
  names: string[];
  /** The deductions for the region as a whole (their area rows are NaN); with any, areas have no guest-nights. */
  regionWide: Set<string>;
  /** Per deduction name and grid row: Σ of its values over the days the row was observed (devices not NaN); 0 on the area rows of a region-wide one. */
  observedSums: Map<string, Float64Array>;
  /**
   * One deduction's value per cell (row × dayCount + day; NaN on area rows when region-wide), laid
   * out when first asked for (daily outputs, peaks, draws): an estimate alone keeps none.
   */
  valuesOf(name: string): Float64Array;
}

/** How to lay one deduction: whether it is region-wide, and its values for one area row (or the region's row when region-wide). */
interface Layer {
  regionWide: boolean;
  layRow(row: number, values: Float64Array): void;
}

/**
 * Lay the model's deductions on the grid, one value per row and day. A number or `value` applies
 * to the region as a whole; `byArea`, `population`, a file with an `area` column and `segment`
 * give every area its own values, and the region their sum (added in area order). Weekday, month
 * and period factors multiply the base value of the day. Row by row, in row order (the areas,
 * then the region): `onRow` hears each row's total of all deductions per day (NaN on the area
 * rows when a deduction is region-wide), in a buffer it may read only during the call. No grid
 * of them is kept: the caller applies the model to the row there, or copies it.
 *
 * @example
 * const model = { name: 'x', uplift: 0, deductions: { residents: { byArea: { a: 5, b: 7 } }, workers: { value: 3, weekday: [1, 1, 1, 1, 1, 0, 0] } } };
 * const resolved = resolveDeductions(model, { firstDay: 19813, dayCount: 2, areaCodes: ['a', 'b'], devices }, { modelFile: 'model.json' }, (row, total) => console.log(row, [...total]));
 * // 2024-03-31 is a Sunday: valuesOf('residents') → [5, 5, 7, 7, 12, 12], valuesOf('workers') → [NaN × 4, 0, 3]
 * // logs 0 [NaN, NaN], 1 [NaN, NaN], 2 [12, 15]
 */
export function resolveDeductions(
  model: Model,
  shape: GridShape,
  inputs: DeductionInputs,
  onRow?: (row: number, total: Float64Array) => void,
): ResolvedDeductions {
  const { dayCount, areaCodes, devices } = shape;
  const regionRow = areaCodes.length;
  const layers = new Map(Object.entries(model.deductions).map(([name, deduction]) => [name, layerOf(name, deduction, shape, inputs)]));
  const names = [...layers.keys()];
  const regionWide = new Set(names.filter((name) => layers.get(name)!.regionWide));
  const observedSums = new Map(names.map((name) => [name, new Float64Array(regionRow + 1)]));
  const values = new Float64Array(dayCount);
  // On a shared buffer, as the grid's columns are: the kernel that reads it then sees one kind of array.
  const total = new Float64Array(new SharedArrayBuffer(dayCount * Float64Array.BYTES_PER_ELEMENT));
  // The region's value of each per-area deduction: the areas' values added in area order.
  const regionSums = new Map(names.filter((name) => !regionWide.has(name)).map((name) => [name, new Float64Array(dayCount)]));
  // The region's row adds to no region sum: its values go here and are not kept.
  const unkept = new Float64Array(dayCount);
  for (let row = 0; row <= regionRow; row++) {
    const isRegion = row === regionRow;
    // With a region-wide deduction the area rows have no total (so no guest-nights): NaN stays NaN.
    total.fill(regionWide.size > 0 && !isRegion ? NaN : 0);
    for (const [name, layer] of layers) {
      if (!isRegion && layer.regionWide) continue;
      if (isRegion && !layer.regionWide) values.set(regionSums.get(name)!);
      else layer.layRow(row, values);
      observedSums.get(name)![row] = addRow(values, { devices, first: row * dayCount, regionSum: isRegion ? unkept : regionSums.get(name)!, total });
    }
    onRow?.(row, total);
  }
  const laidOut = new Map<string, Float64Array>();
  const valuesOf = (name: string): Float64Array => {
    let grid = laidOut.get(name);
    if (grid !== undefined) return grid;
    const layer = layers.get(name);
    if (layer === undefined) throw new RangeError(`no deduction named ${name}`);
    grid = gridOf(layer, shape);
    laidOut.set(name, grid);
    return grid;
  };
  return { names, regionWide, observedSums, valuesOf };
}

/**
 * `resolveDeductions`, the totals kept as a grid (row × dayCount + day) on a shared buffer: for
 * worker threads, which read any row.
 *
 * @example
 * const { total } = resolveDeductionsToGrid(model, shape, { modelFile: 'model.json' }); // total.length === (areas + 1) × days
 */
export function resolveDeductionsToGrid(model: Model, shape: GridShape, inputs: DeductionInputs): ResolvedDeductions & { total: Float64Array } {
  const { dayCount, areaCodes } = shape;
  const total = new Float64Array(new SharedArrayBuffer((areaCodes.length + 1) * dayCount * Float64Array.BYTES_PER_ELEMENT));
  return { ...resolveDeductions(model, shape, inputs, (row, values) => total.set(values, row * dayCount)), total };
}

/**
 * One deduction's value per cell, on its own (as `valuesOf` gives it): for a part of a model,
 * without the totals and the sums `resolveDeductions` works out.
 *
 * @example
 * layDeduction('residents', { byArea: { a: 5, b: 7 } }, { firstDay: 19813, dayCount: 2, areaCodes: ['a', 'b'], devices }, { modelFile: 'model.json' });
 * // [5, 5, 7, 7, 12, 12]
 */
export function layDeduction(name: string, deduction: Deduction, shape: GridShape, inputs: DeductionInputs): Float64Array {
  return gridOf(layerOf(name, deduction, shape, inputs), shape);
}

/** A layer laid on every row: NaN on the area rows of a region-wide one, else the areas and their sum. */
function gridOf(layer: Layer, { dayCount, areaCodes }: GridShape): Float64Array {
  const regionRow = areaCodes.length;
  const grid = new Float64Array((regionRow + 1) * dayCount);
  if (layer.regionWide) {
    grid.fill(NaN, 0, regionRow * dayCount);
    layer.layRow(regionRow, grid.subarray(regionRow * dayCount));
  } else {
    for (let row = 0; row < regionRow; row++) layer.layRow(row, grid.subarray(row * dayCount, (row + 1) * dayCount));
    sumRegionDays(grid, regionRow, dayCount);
  }
  return grid;
}

/**
 * Add one row's values of a deduction into the region's sums and the row's total, in one pass,
 * and return their sum over the days the row was observed (its devices, from `first`, not NaN).
 * A function of its own, so that it is compiled as one and not inside the loop that calls it.
 */
function addRow(values: Float64Array, into: { devices: Float64Array; first: number; regionSum: Float64Array; total: Float64Array }): number {
  const { devices, first, regionSum, total } = into;
  let observed = 0;
  for (let day = 0; day < values.length; day++) {
    const value = values[day]!;
    regionSum[day]! += value;
    total[day]! += value;
    if (!Number.isNaN(devices[first + day]!)) observed += value;
  }
  return observed;
}

/** How one deduction lays its values: per area row, or on the region's row when it is for the region as a whole. */
function layerOf(name: string, deduction: Deduction, shape: GridShape, inputs: DeductionInputs): Layer {
  const { firstDay, dayCount, areaCodes } = shape;
  if (typeof deduction === 'number') return { regionWide: true, layRow: (_, values) => values.fill(deduction) };
  if ('segment' in deduction) {
    const persons = inputs.segmentPersons!.get(deduction.segment)!;
    const share = deduction.share ?? 1;
    return {
      regionWide: false,
      layRow: (row, values) => {
        values.set(persons.subarray(row * dayCount, (row + 1) * dayCount));
        if (share !== 1) for (let day = 0; day < dayCount; day++) values[day]! *= share;
      },
    };
  }
  if ('file' in deduction) {
    const daily = inputs.files!.get(name)!;
    const extra = daily.perArea ? [...daily.values.keys()].filter((code) => !areaCodes.includes(code)) : [];
    if (extra.length > 0) {
      throw new ModelError(inputs.modelFile, [
        { path: `deductions.${name}.file`, message: `deductions.${name}.file: ${daily.file} has areas not in the counts: ${extra.join(', ')}` },
      ]);
    }
    const layRow = (row: number, values: Float64Array) => {
      const code = daily.perArea ? areaCodes[row]! : WHOLE_SELECTION;
      const days = daily.values.get(code) ?? new Map<number, number>();
      for (let offset = 0; offset < dayCount; offset++) {
        const value = days.get(firstDay + offset);
        if (value === undefined) {
          const what = daily.perArea ? `area ${code} on ${formatDay(firstDay + offset)}` : formatDay(firstDay + offset);
          throw new ModelError(inputs.modelFile, [
            {
              path: `deductions.${name}.file`,
              message: `deductions.${name}.file: ${daily.file} has no value for ${what}; it needs one for every day of the counts`,
            },
          ]);
        }
        values[offset] = value;
      }
    };
    return { regionWide: !daily.perArea, layRow };
  }
  const factors = dayFactors(deduction, firstDay, dayCount);
  if ('value' in deduction) {
    return {
      regionWide: true,
      layRow: (_, values) => {
        for (let offset = 0; offset < dayCount; offset++) values[offset] = deduction.value * factors[offset]!;
      },
    };
  }
  if ('byArea' in deduction) {
    return {
      regionWide: false,
      layRow: (row, values) => {
        const base = deduction.byArea[areaCodes[row]!]!;
        for (let offset = 0; offset < dayCount; offset++) values[offset] = base * factors[offset]!;
      },
    };
  }
  return {
    regionWide: false,
    layRow: (row, values) => {
      const baseOfDay = residentsOfYear(name, areaCodes[row]!, row, shape, inputs);
      for (let offset = 0; offset < dayCount; offset++) values[offset] = baseOfDay(offset) * factors[offset]!;
    },
  };
}

/**
 * A `population` deduction's residents of an area for a day of the grid: the figure of its year.
 * A year the table lacks is an error where the area was counted that day, NaN where it was not.
 */
function residentsOfYear(name: string, code: string, row: number, shape: GridShape, inputs: DeductionInputs): (offset: number) => number {
  const years = inputs.populations!.get(name)!.get(code);
  return (offset) => {
    const { year } = yearMonthOfDay(shape.firstDay + offset);
    const residents = years?.get(year);
    if (residents === undefined && Number.isNaN(shape.devices[row * shape.dayCount + offset]!)) return NaN;
    if (residents === undefined) {
      throw new ModelError(inputs.modelFile, [
        { path: `deductions.${name}.population`, message: `deductions.${name}.population: the table has no residents for area ${code} in ${year}` },
      ]);
    }
    return residents;
  };
}
