import { formatDay, yearMonthOfDay } from '../day-number.js';
import { ModelError } from '../errors.js';
import { sumRegionDays } from '../kernels/sum-region-days.js';
import { WHOLE_SELECTION, type DailyValues } from '../io/read-daily-values.js';
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

/** The span and areas of the grid the deductions are laid on, and its counts (NaN where missing). */
export interface GridShape {
  firstDay: number;
  dayCount: number;
  areaCodes: readonly string[];
  devices: Float64Array;
}

/** Each deduction as persons for every grid cell (areas in grid order, then the region). */
export interface ResolvedDeductions {
  /** Per deduction name: its value per cell (row × dayCount + day); NaN on area rows when region-wide. */
  byName: Map<string, Float64Array>;
  /** The deductions for the region as a whole (their area rows are NaN); with any, areas have no guest-nights. */
  regionWide: Set<string>;
  /** Σ of all deductions per cell, on a shared buffer the kernels read. */
  total: Float64Array;
}

/**
 * Lay the model's deductions on the grid, one value per row and day. A number or `value` applies
 * to the region as a whole; `byArea`, `population`, a file with an `area` column and `segment`
 * give every area its own values, and the region their sum (added in area order). Weekday, month
 * and period factors multiply the base value of the day.
 *
 * @example
 * const model = { name: 'x', uplift: 0, deductions: { residents: { byArea: { a: 5, b: 7 } }, workers: { value: 3, weekday: [1, 1, 1, 1, 1, 0, 0] } } };
 * resolveDeductions(model, { firstDay: 19813, dayCount: 2, areaCodes: ['a', 'b'], devices }, { modelFile: 'model.json' });
 * // 2024-03-31 is a Sunday: residents → [5, 5, 7, 7, 12, 12], workers → [NaN × 4, 0, 3]; total → [NaN × 4, 12, 15]
 */
export function resolveDeductions(model: Model, shape: GridShape, inputs: DeductionInputs): ResolvedDeductions {
  const { dayCount, areaCodes } = shape;
  const rows = areaCodes.length + 1;
  const byName = new Map<string, Float64Array>();
  const regionWide = new Set<string>();
  for (const [name, deduction] of Object.entries(model.deductions)) {
    // NaN where a deduction lays no value: the area rows of a region-wide one (it writes every cell otherwise).
    const values = new Float64Array(rows * dayCount);
    if (layDeduction(name, deduction, shape, inputs, values)) {
      regionWide.add(name);
      values.fill(NaN, 0, (rows - 1) * dayCount);
    } else sumRegionDays(values, rows - 1, dayCount, 0, dayCount);
    byName.set(name, values);
  }
  // With a region-wide deduction the area rows have no total (so no guest-nights): only the region row is summed.
  const total = new Float64Array(new SharedArrayBuffer(rows * dayCount * Float64Array.BYTES_PER_ELEMENT));
  const from = regionWide.size === 0 ? 0 : (rows - 1) * dayCount;
  total.fill(NaN, 0, from);
  for (const values of byName.values()) for (let cell = from; cell < total.length; cell++) total[cell]! += values[cell]!;
  return { byName, regionWide, total };
}

/** Write one deduction's values into `values`; true when it is for the region as a whole. */
function layDeduction(name: string, deduction: Deduction, shape: GridShape, inputs: DeductionInputs, values: Float64Array): boolean {
  const { firstDay, dayCount, areaCodes } = shape;
  const regionRow = areaCodes.length;
  if (typeof deduction === 'number') {
    values.fill(deduction, regionRow * dayCount);
    return true;
  }
  if ('segment' in deduction) {
    values.set(inputs.segmentPersons!.get(deduction.segment)!);
    return false;
  }
  if ('file' in deduction) {
    const daily = inputs.files!.get(name)!;
    const extra = daily.perArea ? [...daily.values.keys()].filter((code) => !areaCodes.includes(code)) : [];
    if (extra.length > 0) {
      throw new ModelError(inputs.modelFile, [{ path: `deductions.${name}.file`, message: `deductions.${name}.file: ${daily.file} has areas not in the counts: ${extra.join(', ')}` }]);
    }
    const rowsOfFile = daily.perArea ? areaCodes.map((code, row) => [code, row] as const) : [[WHOLE_SELECTION, regionRow] as const];
    for (const [code, row] of rowsOfFile) {
      const days = daily.values.get(code) ?? new Map<number, number>();
      for (let offset = 0; offset < dayCount; offset++) {
        const value = days.get(firstDay + offset);
        if (value === undefined) {
          const what = daily.perArea ? `area ${code} on ${formatDay(firstDay + offset)}` : formatDay(firstDay + offset);
          throw new ModelError(inputs.modelFile, [{ path: `deductions.${name}.file`, message: `deductions.${name}.file: ${daily.file} has no value for ${what}; it needs one for every day of the counts` }]);
        }
        values[row * dayCount + offset] = value;
      }
    }
    return !daily.perArea;
  }
  const factors = dayFactors(deduction, firstDay, dayCount);
  if ('value' in deduction) {
    for (let offset = 0; offset < dayCount; offset++) values[regionRow * dayCount + offset] = deduction.value * factors[offset]!;
    return true;
  }
  areaCodes.forEach((code, row) => {
    const first = row * dayCount;
    if ('byArea' in deduction) {
      // One value for every day of the area: no call per cell.
      const base = deduction.byArea[code]!;
      for (let offset = 0; offset < dayCount; offset++) values[first + offset] = base * factors[offset]!;
      return;
    }
    const baseOfDay = residentsOfYear(name, code, row, shape, inputs);
    for (let offset = 0; offset < dayCount; offset++) values[first + offset] = baseOfDay(offset) * factors[offset]!;
  });
  return false;
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
      throw new ModelError(inputs.modelFile, [{ path: `deductions.${name}.population`, message: `deductions.${name}.population: the table has no residents for area ${code} in ${year}` }]);
    }
    return residents;
  };
}
