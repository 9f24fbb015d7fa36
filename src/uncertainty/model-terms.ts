import { parseDay, weekdayOfDay, yearMonthOfDay } from '../clock/day-number.js';
import type { Deduction, Model, ParameterSite, SegmentDeduction } from '../model/model.js';
import { LINE_DEVICES, LINE_FIRST_DEDUCTION, LINE_UPLIFT } from '../kernels/evaluate-draws.js';
import { candidateDays } from '../kernels/candidate-days.js';
import { sumTermsByMonth } from '../kernels/sum-terms-by-month.js';
import { layDeduction, type DeductionInputs, type GridShape, type ResolvedDeductions } from '../model/resolve-deductions.js';

/**
 * Guest-nights as a sum of terms, row by row: each term is a product of parameters (none for a
 * constant) times a coefficient per day. With the parameters at their values the terms of a row
 * add up to its persons − deductions, day by day. Deductions enter with negative coefficients.
 * Every parameter is ≥ 0 (but an uplift, ≥ −0.5, whose terms come paired with the same
 * coefficients without it) and enters each product at most once, so the model is linear in each.
 * What the draws need of the days is kept, not the days: each term's sums per calendar month
 * over the days its row was observed, and its coefficients on the row's candidate busiest days.
 */
export interface ModelTerms {
  /** Terms of grid row r: `rowStart[r]` to `rowStart[r + 1]` (areas in grid order, then the region). */
  rowStart: Int32Array;
  /** Parameters of term t (indices into `model.ranges`): `params[paramStart[t]]` to `params[paramStart[t + 1]]`. */
  paramStart: Int32Array;
  params: Int32Array;
  /** The line of each term: `LINE_DEVICES`, `LINE_UPLIFT` or `LINE_FIRST_DEDUCTION + j`. */
  line: Int32Array;
  /** Σ of term t's coefficients over the days its row was observed in month m, day by day: `monthSums[t × monthCount + m]`. */
  monthSums: Float64Array;
  /** Days row r was observed in month m: `monthDays[r × monthCount + m]`. */
  monthDays: Float64Array;
  /** Row r's candidate busiest days (`candidateDays`): coefficients from `candidateStart[r]` to `candidateStart[r + 1]`, day by day, one per term of the row. */
  candidateStart: Int32Array;
  candidateCoefficients: Float64Array;
}

/**
 * Split the model into terms per grid row (see `ModelTerms`). A deduction without ranges is one
 * constant term (its laid-out values); one with ranges is split by which parameters apply on
 * each day: its base value (or each area's), the weekday's, the month's and each period's factor.
 * Rows are laid out one at a time (each deduction's plan is made once), summed by month and
 * their candidate days found, so only one row's days are held at a time.
 *
 * @example
 * // uplift 0.06 ± a range, residents 20 000 ± a range, both region-wide: the region row has
 * // devices (constant), devices × uplift, −1 × residents.
 * const terms = modelTerms(model, grid, deductions, inputs, months.monthStart);
 */
export function modelTerms(model: Model, shape: GridShape, deductions: ResolvedDeductions, inputs: DeductionInputs, monthStart: Int32Array): ModelTerms {
  const { dayCount, areaCodes, devices } = shape;
  const rows = areaCodes.length + 1;
  const regionRow = rows - 1;
  const ranges = model.ranges ?? [];
  const paramOf = (matches: (site: ParameterSite) => boolean) => {
    const index = ranges.findIndex((range) => matches(range.site));
    return index < 0 ? undefined : index;
  };
  /** Adds one part of the model to a row's terms. */
  type Part = (row: number, terms: RowTerms) => void;
  const parts: Part[] = [];
  // The most terms a row can have (the region's, with a term per area where areas have ranged values): room for them once.
  let mostTerms = 0;
  const addPart = (part: Part, terms: number) => {
    parts.push(part);
    mostTerms += terms;
  };
  /** `factor` × the row's values, into the row's term with these parameters. */
  const addValues = (line: number, params: number[], values: Float64Array, factor: number) => (row: number, terms: RowTerms) =>
    addDays(terms.of(line, params), factor, values, row * dayCount);

  addPart(addValues(LINE_DEVICES, [], devices, 1), 1);

  /** The uplift a segment's devices get, and its parameter when it is a range. */
  const upliftOfSegment = (segment?: string) => {
    const { uplift } = model;
    const own = typeof uplift !== 'number' && segment !== undefined && Object.hasOwn(uplift.bySegment, segment);
    const share = typeof uplift === 'number' ? uplift : own ? uplift.bySegment[segment!]! : uplift.default;
    return { share, param: paramOf((site) => site.kind === 'uplift' && site.segment === (own ? segment : undefined)) };
  };
  /**
   * `sign` × persons (devices × (1 + uplift)) of a segment, or of all devices, minus the devices
   * themselves when `upliftOnly`; times a segment deduction's share: its parameter, or its value.
   */
  const addPersons = (line: number, segment: string | undefined, sign: number, upliftOnly: boolean, part: { param?: number; value: number } = { value: 1 }) => {
    const { share, param } = upliftOfSegment(segment);
    // A segment's devices: its persons ÷ (1 + its uplift).
    const own = segment === undefined ? devices : inputs.segmentPersons!.get(segment)!.map((persons) => persons / (1 + share));
    const of = part.param === undefined ? [] : [part.param];
    const factor = part.param === undefined ? sign * part.value : sign;
    if (!upliftOnly) addPart(addValues(line, of, own, factor), 1);
    addPart(param === undefined ? addValues(line, of, own, factor * share) : addValues(line, [param, ...of], own, factor), 1);
  };
  // One uplift for all devices, or one per segment.
  const segments = typeof model.uplift === 'number' ? [] : [...(inputs.segmentPersons ?? new Map<string, Float64Array>()).keys()];
  if (segments.length === 0) addPersons(LINE_UPLIFT, undefined, 1, true);
  for (const segment of segments) addPersons(LINE_UPLIFT, segment, 1, true);

  Object.entries(model.deductions).forEach(([name, deduction], index) => {
    const line = LINE_FIRST_DEDUCTION + index;
    const segment = typeof deduction === 'object' && 'segment' in deduction ? deduction.segment : undefined;
    const shareParam = segment === undefined ? undefined : paramOf((site) => site.kind === 'base' && site.deduction === name);
    if (segment !== undefined && (upliftOfSegment(segment).param !== undefined || shareParam !== undefined))
      addPersons(line, segment, -1, false, { param: shareParam, value: (deduction as SegmentDeduction).share ?? 1 });
    else if (segment === undefined && ranges.some((range) => range.site.kind !== 'uplift' && range.site.deduction === name))
      rangedDeduction(name, deduction as Exclude<Deduction, number>, line);
    else {
      const add = addValues(line, [], deductions.valuesOf(name), -1);
      const regionWide = deductions.regionWide.has(name);
      addPart((row, terms) => (!regionWide || row === regionRow) && add(row, terms), 1);
    }
  });

  /** Add the part of a deduction with ranges: its base (per area, or the region's value) × the factors of each day, grouped by the parameters that apply. */
  function rangedDeduction(name: string, deduction: Exclude<Deduction, number>, line: number): void {
    const profile = deduction as { weekday?: number[]; month?: number[]; periods?: Array<{ from: string; to: string; factor: number }> };
    const days = factorsOfDays(name, profile);
    const baseParam = (area?: string) => paramOf((site) => site.kind === 'base' && site.deduction === name && site.area === area);
    const rowsOfBase = 'value' in deduction ? [{ row: regionRow, param: baseParam() }] : areaCodes.map((area, row) => ({ row, param: baseParam(area) }));
    // A row's fixed base: the number of a `value` or `byArea` deduction, the same every day; else
    // the deduction laid out per cell without its profile.
    const numberOf = (row: number) => ('value' in deduction ? deduction.value : 'byArea' in deduction ? deduction.byArea[areaCodes[row]!]! : undefined);
    const bare = { ...deduction } as Record<string, unknown>;
    for (const key of ['weekday', 'month', 'periods']) delete bare[key];
    const base = rowsOfBase.some(({ row, param }) => param === undefined && numberOf(row) === undefined)
      ? layDeduction(name, bare as unknown as Deduction, shape, inputs)
      : undefined;
    addPart((target, terms) => {
      // The region's terms of the first ranged base, which every other ranged base's repeat (each
      // is −1 × the day's fixed factors, in a term of its own parameter).
      let rangedTerms: number[] | undefined;
      // An area's base counts for the region too: the region's deduction is the areas' sum.
      for (const { row, param } of rowsOfBase) {
        if (row !== target && target !== regionRow) continue;
        const termsOf = days.signatures.map((params) => (param === undefined ? params : [param, ...params]));
        if (param !== undefined && rangedTerms !== undefined) {
          termsOf.forEach((params, signature) => terms.repeat(line, params, rangedTerms![signature]!));
          continue;
        }
        const starts = Int32Array.from(termsOf, (params) => terms.columnOf(terms.indexOf(line, params)) * dayCount);
        if (param !== undefined) rangedTerms = termsOf.map((params) => terms.indexOf(line, params));
        // A ranged base is the parameter itself (× 1); a fixed one is part of the coefficient.
        const fixed = param === undefined ? numberOf(row) : 1;
        if (fixed === undefined) subtractBaseProfile(terms.coefficients, starts, days.signatureOfDay, days.factorOfDay, base!, row * dayCount);
        else subtractProfile(terms.coefficients, starts, days.signatureOfDay, days.factorOfDay, fixed);
      }
    }, rowsOfBase.length * days.signatures.length);
  }

  /**
   * Per day: which ranged profile factors apply (an index into `signatures`, the distinct lists
   * of their parameters) and the product of the fixed ones.
   */
  function factorsOfDays(name: string, profile: { weekday?: number[]; month?: number[]; periods?: Array<{ from: string; to: string; factor: number }> }) {
    // Each factor's parameter looked up once, not once a day.
    const paramsOf = (kind: 'weekday' | 'month' | 'period', count: number) =>
      Array.from({ length: count }, (_, index) => paramOf((site) => site.kind === kind && site.deduction === name && site.index === index));
    const known = { weekday: paramsOf('weekday', 7), month: paramsOf('month', 12), period: paramsOf('period', (profile.periods ?? []).length) };
    const param = (kind: 'weekday' | 'month' | 'period', index: number) => known[kind][index];
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
    const signatureOfDay = new Int32Array(dayCount);
    const factorOfDay = new Float64Array(dayCount);
    days.forEach(({ params, factor }, day) => {
      const key = params.join(',');
      if (!index.has(key)) {
        index.set(key, signatures.length);
        signatures.push(params);
      }
      signatureOfDay[day] = index.get(key)!;
      factorOfDay[day] = factor;
    });
    return { signatures, signatureOfDay, factorOfDay };
  }

  // Row by row: lay out the row's terms, keep their sums and candidate days.
  const built = new TermsBuilder(dayCount);
  const terms = new RowTerms(dayCount, mostTerms);
  for (let row = 0; row < rows; row++) {
    terms.clear();
    for (const part of parts) part(row, terms);
    built.addRow(terms, devices, row, monthStart);
  }
  return built.finish();
}

/** into[day] += factor × values[from + day], day by day. */
function addDays(into: Float64Array, factor: number, values: Float64Array, from: number): void {
  for (let day = 0; day < into.length; day++) into[day] = into[day]! + factor * values[from + day]!;
}

/** Each day's factor × `base` taken from the coefficient of its signature's term (term s's days from `starts[s]` in `coefficients`). */
function subtractProfile(coefficients: Float64Array, starts: Int32Array, signatureOfDay: Int32Array, factorOfDay: Float64Array, base: number): void {
  for (let day = 0; day < signatureOfDay.length; day++) {
    const at = starts[signatureOfDay[day]!]! + day;
    coefficients[at] = coefficients[at]! - factorOfDay[day]! * base;
  }
}

/** `subtractProfile` of each day's factor × the base's value that day (`base[from + day]`). */
function subtractBaseProfile(
  coefficients: Float64Array,
  starts: Int32Array,
  signatureOfDay: Int32Array,
  factorOfDay: Float64Array,
  base: Float64Array,
  from: number,
): void {
  for (let day = 0; day < signatureOfDay.length; day++) {
    const at = starts[signatureOfDay[day]!]! + day;
    coefficients[at] = coefficients[at]! - factorOfDay[day]! * base[from + day]!;
  }
}

/**
 * One row's terms while it is laid out: coefficients per day, keyed by line and parameters, in
 * the order first asked for. A term that repeats another's coefficients (`repeat`) shares its
 * column: its days are laid out, summed and compared once.
 */
class RowTerms {
  readonly keys: Array<{ line: number; params: number[]; column: number }> = [];
  private readonly index = new Map<string, number>();
  /** Columns laid out: column c's coefficients at `c × dayCount`, room for `mostTerms`: a row's columns never move. */
  columns = 0;
  readonly coefficients: Float64Array;

  constructor(
    private readonly dayCount: number,
    mostTerms: number,
  ) {
    this.coefficients = new Float64Array(Math.max(1, mostTerms) * dayCount);
  }

  clear(): void {
    this.coefficients.fill(0, 0, this.columns * this.dayCount);
    this.keys.length = 0;
    this.columns = 0;
    this.index.clear();
  }

  /** The term's coefficients (a view). */
  of(line: number, params: number[]): Float64Array {
    const column = this.columnOf(this.indexOf(line, params));
    return this.coefficients.subarray(column * this.dayCount, (column + 1) * this.dayCount);
  }

  columnOf(term: number): number {
    return this.keys[term]!.column;
  }

  /** The term's index, made with a column of its own when new. */
  indexOf(line: number, params: number[]): number {
    return this.termOf(line, params, () => this.columns++);
  }

  /** A new term with the coefficients of term `of`, which are not written again. */
  repeat(line: number, params: number[], of: number): void {
    this.termOf(line, params, () => this.columnOf(of));
  }

  private termOf(line: number, params: number[], column: () => number): number {
    const key = `${line}|${params.join(',')}`;
    let term = this.index.get(key);
    if (term === undefined) {
      term = this.keys.length;
      this.index.set(key, term);
      this.keys.push({ line, params, column: column() });
    }
    return term;
  }
}

/** `ModelTerms`, row after row. */
class TermsBuilder {
  private readonly rowStart: number[] = [0];
  private readonly paramStart: number[] = [0];
  private readonly params: number[] = [];
  private readonly line: number[] = [];
  private readonly monthSums: Float64Array[] = [];
  private readonly monthDays: Float64Array[] = [];
  private readonly candidateStart: number[] = [0];
  private readonly candidateCoefficients: Float64Array[] = [];

  constructor(private readonly dayCount: number) {}

  addRow(terms: RowTerms, devices: Float64Array, row: number, monthStart: Int32Array): void {
    const termCount = terms.keys.length;
    for (const { line, params } of terms.keys) {
      this.line.push(line);
      this.params.push(...params);
      this.paramStart.push(this.params.length);
    }
    this.rowStart.push(this.line.length);
    // Each column once: a repeated term's sums and candidate days are its column's.
    const monthCount = monthStart.length - 1;
    const { sums: columnSums, days } = sumTermsByMonth(terms.coefficients, devices, row, 0, terms.columns, monthStart);
    const sums = new Float64Array(termCount * monthCount);
    terms.keys.forEach(({ column }, term) => sums.set(columnSums.subarray(column * monthCount, (column + 1) * monthCount), term * monthCount));
    this.monthSums.push(sums);
    this.monthDays.push(days);
    const candidates = candidateDays(terms.coefficients, devices, row, 0, terms.columns, this.dayCount);
    const coefficients = new Float64Array(candidates.length * termCount);
    candidates.forEach((day, candidate) => {
      terms.keys.forEach(({ column }, term) => (coefficients[candidate * termCount + term] = terms.coefficients[column * this.dayCount + day]!));
    });
    this.candidateCoefficients.push(coefficients);
    this.candidateStart.push(this.candidateStart[this.candidateStart.length - 1]! + coefficients.length);
  }

  finish(): ModelTerms {
    return {
      rowStart: Int32Array.from(this.rowStart),
      paramStart: Int32Array.from(this.paramStart),
      params: Int32Array.from(this.params),
      line: Int32Array.from(this.line),
      // On shared buffers: the draw kernel reads them in the worker pool.
      monthSums: sharedConcat(this.monthSums),
      monthDays: sharedConcat(this.monthDays),
      candidateStart: Int32Array.from(this.candidateStart),
      candidateCoefficients: sharedConcat(this.candidateCoefficients),
    };
  }
}

function sharedConcat(parts: Float64Array[]): Float64Array {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const joined = new Float64Array(new SharedArrayBuffer(Math.max(1, length) * Float64Array.BYTES_PER_ELEMENT)).subarray(0, length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
