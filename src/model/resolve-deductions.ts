import type { Model } from './model.js';

/** Each deduction as persons per day for every grid row (areas in grid order, then the region). */
export interface ResolvedDeductions {
  /** Per deduction name: its value for each row; NaN on area rows for a region-wide number. */
  byName: Map<string, Float64Array>;
  /** Σ of all deductions per row; NaN on an area row unless every deduction is per area. */
  total: Float64Array;
}

/**
 * Resolve the model's deductions against the grid's areas. A number applies to the region as a
 * whole; a `byArea` map gives each area its value and the region their sum (added in area order).
 *
 * @example
 * resolveDeductions({ name: 'x', uplift: 0, deductions: { residents: { byArea: { a: 5, b: 7 } }, workers: 3 } }, ['a', 'b']);
 * // byName: residents → [5, 7, 12], workers → [NaN, NaN, 3]; total → [NaN, NaN, 15]
 */
export function resolveDeductions(model: Model, areaCodes: readonly string[]): ResolvedDeductions {
  const rows = areaCodes.length + 1;
  const byName = new Map<string, Float64Array>();
  const total = new Float64Array(rows);
  for (const [name, deduction] of Object.entries(model.deductions)) {
    const values = new Float64Array(rows).fill(NaN);
    if (typeof deduction === 'number') {
      values[rows - 1] = deduction;
    } else {
      let region = 0;
      areaCodes.forEach((code, row) => {
        values[row] = deduction.byArea[code]!;
        region += deduction.byArea[code]!;
      });
      values[rows - 1] = region;
    }
    byName.set(name, values);
    for (let row = 0; row < rows; row++) total[row]! += values[row]!;
  }
  return { byName, total };
}
