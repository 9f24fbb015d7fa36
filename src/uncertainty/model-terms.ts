import { parseDay, weekdayOfDay, yearMonthOfDay } from '../clock/day-number.js';
import type { Deduction, Model, ParameterSite } from '../model/model.js';
import { LINE_DEVICES, LINE_FIRST_DEDUCTION, LINE_UPLIFT } from '../kernels/evaluate-draws.js';
import { layDeduction, type DeductionInputs, type GridShape, type ResolvedDeductions } from '../model/resolve-deductions.js';

/**
 * Guest-nights as a sum of terms, row by row: each term is a product of parameters (none for a
 * constant) times a coefficient per day. With the parameters at their values the terms of a row
 * add up to its persons − deductions, day by day. Deductions enter with negative coefficients.
 * Every parameter is ≥ 0 and enters each product at most once, so the model is linear in each.
 */
export interface ModelTerms {
  /** Terms of grid row r: `rowStart[r]` to `rowStart[r + 1]` (areas in grid order, then the region). */
  rowStart: Int32Array;
  /** Parameters of term t (indices into `model.ranges`): `params[paramStart[t]]` to `params[paramStart[t + 1]]`. */
  paramStart: Int32Array;
  params: Int32Array;
  /** The line of each term: `LINE_DEVICES`, `LINE_UPLIFT` or `LINE_FIRST_DEDUCTION + j`. */
  line: Int32Array;
  /** Coefficient of term t on day d at `t × dayCount + d`; NaN possible on days the row is not observed. */
  coefficients: Float64Array;
}

interface Term {
  line: number;
  params: number[];
  coefficients: Float64Array;
}

/**
 * Split the model into terms per grid row (see `ModelTerms`). A deduction without ranges is one
 * constant term (its laid-out values); one with ranges is split by which parameters apply on
 * each day: its base value (or each area's), the weekday's, the month's and each period's factor.
 *
 * @example
 * // uplift 0.06 ± a range, residents 20 000 ± a range, both region-wide: the region row has
 * // devices (constant), devices × uplift, −1 × residents.
 * const terms = modelTerms(model, grid, deductions, inputs);
 */
export function modelTerms(model: Model, shape: GridShape, deductions: ResolvedDeductions, inputs: DeductionInputs): ModelTerms {
  const { dayCount, areaCodes, devices } = shape;
  const rows = areaCodes.length + 1;
  const regionRow = rows - 1;
  const ranges = model.ranges ?? [];
  const paramOf = (matches: (site: ParameterSite) => boolean) => {
    const index = ranges.findIndex((range) => matches(range.site));
    return index < 0 ? undefined : index;
  };
  const byRow: Array<Map<string, Term>> = Array.from({ length: rows }, () => new Map());
  const termOf = (row: number, line: number, params: number[]) => {
    const key = `${line}|${params.join(',')}`;
    let term = byRow[row]!.get(key);
    if (term === undefined) {
      term = { line, params, coefficients: new Float64Array(dayCount) };
      byRow[row]!.set(key, term);
    }
    return term.coefficients;
  };
  /** Add `factor` × the row's values to the row's term with these parameters. */
  const add = (row: number, line: number, params: number[], values: ArrayLike<number>, factor: number) => {
    const coefficients = termOf(row, line, params);
    for (let day = 0; day < dayCount; day++) coefficients[day]! += factor * values[row * dayCount + day]!;
  };

  for (let row = 0; row < rows; row++) add(row, LINE_DEVICES, [], devices, 1);

  /** The uplift a segment's devices get, and its parameter when it is a range. */
  const upliftOfSegment = (segment?: string) => {
    const { uplift } = model;
    const own = typeof uplift !== 'number' && segment !== undefined && Object.hasOwn(uplift.bySegment, segment);
    const share = typeof uplift === 'number' ? uplift : own ? uplift.bySegment[segment!]! : uplift.default;
    return { share, param: paramOf((site) => site.kind === 'uplift' && site.segment === (own ? segment : undefined)) };
  };
  /** Add `sign` × persons (devices × (1 + uplift)) of a segment, or of all devices, minus the devices themselves when `upliftOnly`. */
  const addPersons = (line: number, segment: string | undefined, sign: number, upliftOnly: boolean) => {
    const { share, param } = upliftOfSegment(segment);
    // A segment's devices: its persons ÷ (1 + its uplift).
    const own = segment === undefined ? devices : inputs.segmentPersons!.get(segment)!.map((persons) => persons / (1 + share));
    for (let row = 0; row < rows; row++) {
      if (!upliftOnly) add(row, line, [], own, sign);
      if (param === undefined) add(row, line, [], own, sign * share);
      else add(row, line, [param], own, sign);
    }
  };
  // One uplift for all devices, or one per segment.
  const segments = typeof model.uplift === 'number' ? [] : [...(inputs.segmentPersons ?? new Map<string, Float64Array>()).keys()];
  if (segments.length === 0) addPersons(LINE_UPLIFT, undefined, 1, true);
  for (const segment of segments) addPersons(LINE_UPLIFT, segment, 1, true);

  Object.entries(model.deductions).forEach(([name, deduction], index) => {
    const line = LINE_FIRST_DEDUCTION + index;
    const segment = typeof deduction === 'object' && 'segment' in deduction ? deduction.segment : undefined;
    if (segment !== undefined && upliftOfSegment(segment).param !== undefined) addPersons(line, segment, -1, false);
    else if (segment === undefined && ranges.some((range) => range.site.kind !== 'uplift' && range.site.deduction === name)) addRangedDeduction(name, deduction as Exclude<Deduction, number>, line);
    else {
      const values = deductions.valuesOf(name);
      for (let row = deductions.regionWide.has(name) ? regionRow : 0; row < rows; row++) add(row, line, [], values, -1);
    }
  });

  /** A deduction with ranges: its base (per area, or the region's value) × the factors of each day, grouped by the parameters that apply. */
  function addRangedDeduction(name: string, deduction: Exclude<Deduction, number>, line: number): void {
    const profile = deduction as { weekday?: number[]; month?: number[]; periods?: Array<{ from: string; to: string; factor: number }> };
    const days = factorsOfDays(name, profile);
    // The base per cell: the deduction laid out without its profile.
    const bare = { ...deduction } as Record<string, unknown>;
    for (const key of ['weekday', 'month', 'periods']) delete bare[key];
    const base = layDeduction(name, bare as unknown as Deduction, shape, inputs);
    const baseParam = (area?: string) => paramOf((site) => site.kind === 'base' && site.deduction === name && site.area === area);
    const rowsOfBase = 'value' in deduction ? [{ row: regionRow, param: baseParam() }] : areaCodes.map((area, row) => ({ row, param: baseParam(area) }));
    for (const { row, param } of rowsOfBase) {
      // An area's base counts for the region too: the region's deduction is the areas' sum.
      for (const target of row === regionRow ? [row] : [row, regionRow]) {
        const coefficients = days.signatures.map((params) => termOf(target, line, param === undefined ? params : [param, ...params]));
        for (let day = 0; day < dayCount; day++) {
          // A ranged base is the parameter itself; a fixed one is part of the coefficient.
          const { signature, factor } = days.ofDay[day]!;
          coefficients[signature]![day]! -= param === undefined ? factor * base[row * dayCount + day]! : factor;
        }
      }
    }
  }

  /**
   * Per day: which ranged profile factors apply (an index into `signatures`, the distinct lists
   * of their parameters) and the product of the fixed ones.
   */
  function factorsOfDays(name: string, profile: { weekday?: number[]; month?: number[]; periods?: Array<{ from: string; to: string; factor: number }> }) {
    const param = (kind: 'weekday' | 'month' | 'period', index: number) => paramOf((site) => site.kind === kind && site.deduction === name && site.index === index);
    const days = Array.from({ length: dayCount }, () => ({ params: [] as number[], factor: 1 }));
    const apply = (day: number, kind: 'weekday' | 'month' | 'period', index: number, value: number) => {
      const ranged = param(kind, index);
      if (ranged === undefined) days[day]!.factor *= value;
      else days[day]!.params.push(ranged);
    };
    for (let day = 0; day < dayCount; day++) {
      const date = shape.firstDay + day;
      if (profile.weekday !== undefined) apply(day, 'weekday', weekdayOfDay(date), profile.weekday[weekdayOfDay(date)]!);
      if (profile.month !== undefined) apply(day, 'month', yearMonthOfDay(date).month - 1, profile.month[yearMonthOfDay(date).month - 1]!);
    }
    (profile.periods ?? []).forEach(({ from, to, factor }, index) => {
      const start = Math.max(parseDay(from)! - shape.firstDay, 0);
      const end = Math.min(parseDay(to)! - shape.firstDay + 1, dayCount);
      for (let day = start; day < end; day++) apply(day, 'period', index, factor);
    });
    const signatures: number[][] = [];
    const index = new Map<string, number>();
    const ofDay = days.map(({ params, factor }) => {
      const key = params.join(',');
      if (!index.has(key)) {
        index.set(key, signatures.length);
        signatures.push(params);
      }
      return { signature: index.get(key)!, factor };
    });
    return { signatures, ofDay };
  }

  return flatten(byRow, dayCount);
}

function flatten(byRow: Array<Map<string, Term>>, dayCount: number): ModelTerms {
  const terms = byRow.flatMap((row) => [...row.values()]);
  const rowStart = new Int32Array(byRow.length + 1);
  byRow.forEach((row, index) => (rowStart[index + 1] = rowStart[index]! + row.size));
  const paramStart = new Int32Array(terms.length + 1);
  terms.forEach((term, index) => (paramStart[index + 1] = paramStart[index]! + term.params.length));
  // On a shared buffer: the draw kernel reads it in the worker pool. The small index arrays are copied to the workers.
  const coefficients = new Float64Array(new SharedArrayBuffer(Math.max(1, terms.length * dayCount) * Float64Array.BYTES_PER_ELEMENT)).subarray(0, terms.length * dayCount);
  terms.forEach((term, index) => coefficients.set(term.coefficients, index * dayCount));
  return {
    rowStart,
    paramStart,
    params: Int32Array.from(terms.flatMap((term) => term.params)),
    line: Int32Array.from(terms.map((term) => term.line)),
    coefficients,
  };
}
