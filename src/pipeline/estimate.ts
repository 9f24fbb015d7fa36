import { codeHistoryOf, joinedNote, recodeToToday } from '../areas/recode-to-today.js';
import type { CodeHistory } from '../areas/code-history.js';
import type { CountGridRead } from '../read/read-counts.js';
import { calendarMonths } from '../calendar/calendar-months.js';
import { NO_ROWS, refuseNoRows, type CountColumns } from '../read/count-columns.js';
import type { CountGrid, OnDuplicate } from '../grid/count-grid.js';
import { GROUP_FIELDS, STAT_DAYS, STAT_FIELDS } from '../kernels/stat-fields.js';
import { applyModel, rowColumns } from '../kernels/apply-model.js';
import { modelColumnsOf } from '../kernels/tasks.js';
import { sumRegionDays } from '../kernels/sum-region-days.js';
import type { DrawColumns, DrawNumbers } from '../kernels/evaluate-draws.js';
import type { Pool } from '../pool/with-pool.js';
import { DEFAULT_SEED } from '../uncertainty/default-seed.js';
import { checkDrawOptions } from '../uncertainty/check-draw-options.js';
import { chooseDrawThreads, chooseThreads } from '../pool/choose-threads.js';
import { InputError } from '../errors.js';
import { checkModelFits } from '../model/check-model-fits.js';
import { upliftOf, type Model } from '../model/model.js';
import { readDeductionFiles } from '../model/read-deduction-files.js';
import { resolveDeductions, resolveDeductionsToGrid, type ResolvedDeductions } from '../model/resolve-deductions.js';
import { buildSegmentedGrid, segmentedGridOf, type SegmentedGrid } from '../grid/segment-grid.js';
import type { FillMethod } from '../grid/fill-gaps.js';
import { buildCalendar, dayGroups, type Calendar } from '../calendar/calendar.js';
import { formatDay } from '../clock/day-number.js';
import { summarizeRow } from '../summary/summarize-row.js';
import { minCountOf } from '../disclosure/min-count.js';
import { withheldStatus } from '../disclosure/withheld-status.js';
import { countWithheldDays } from '../disclosure/withheld-days.js';
import type { GridSuppression } from '../disclosure/suppress-grid.js';
import type { InputFigures, Summary } from '../summary/summary.js';

export { INLINE_BELOW_CELLS } from '../pool/choose-threads.js';

/** The quantiles of an interval unless asked otherwise: the median and a 90 % interval. */
export const DEFAULT_PROBABILITIES = [0.05, 0.5, 0.95] as const;

export interface EstimateOptions {
  /** Worker threads: 0 runs inline, `'auto'` (default) picks by size and the machine's cores. */
  workers?: number | 'auto';
  /** The model's file: named in error messages, and the folder its deductions' files are found from (default: the working directory). */
  modelFile?: string;
  /** Also return persons and guest-nights per area and day (for `dailyTable`, `outputFiles`); the summary does not need them. */
  daily?: boolean;
  /** A second row for the same area and date: an error (default), or summed, or the last one kept. */
  onDuplicate?: OnDuplicate;
  /** Draws of the model's ranges (`model.ranges`) for intervals on every figure, 2 to `MAX_DRAWS`; none by default. */
  draws?: number;
  /** The seed of the draws (default `DEFAULT_SEED`): the same seed gives the same intervals. */
  seed?: number;
  /** The quantiles each interval gives (default 0.05, 0.5, 0.95): two or more, ascending. */
  probabilities?: readonly number[];
  /** Today's codes for old ones (default: the model's `codeHistory`, read from beside `modelFile`, or the built-in table). */
  history?: CodeHistory;
  /**
   * Disclosure control (docs/disclosure.md): every count below this many devices (an area's day,
   * a segment's, an hour's) is withheld before anything is summed, and the region's days that
   * would give one back with it. Default: the model's `minCount`, else `DEFAULT_THRESHOLD` (16);
   * 0 or 1 turn it off.
   */
  minCount?: number;
}

/** Persons and guest-nights per grid cell; NaN where there is no observation or no guest-nights. */
export interface DailyColumns {
  persons: Float64Array;
  guestNights: Float64Array;
}

/** The estimate: the summary, the grid it came from (region last) and, when asked for, daily columns. */
export interface Estimate {
  summary: Summary;
  grid: CountGrid;
  deductions: ResolvedDeductions;
  /** Each day's season and day type (the model's calendar, or the default), as the summary groups them. */
  calendar: Calendar;
  /** 1 where a missing value was filled (the model's `fill`), per grid cell; the region row is 1 on a day with any. */
  filled: Uint8Array;
  daily?: DailyColumns;
  /** Disclosure control, when on: which cells are withheld, and why (`PRIMARY`, `SECONDARY`), region row last. */
  disclosure?: GridSuppression;
  /** Things a user should know that are not errors, such as an area without any observation. */
  notes: string[];
}

/**
 * Estimate guest-nights from device counts: for each day and area, persons = devices ×
 * (1 + uplift) and guest-nights = persons − Σ deductions; the region is the sum of the areas
 * on days when all were observed. The result is the same, to the byte, for any `workers`.
 *
 * @example
 * const { counts } = await readCounts('fixtures/hallingdal/counts.csv');
 * const { model } = await readModel('fixtures/hallingdal/model.json');
 * const { summary } = await estimate(counts, model);
 * Math.round(summary.region.guestNightsPerDay!); // 26527
 */
export function estimate(counts: CountColumns, model: Model, options: EstimateOptions & { daily: true }): Promise<Estimate & { daily: DailyColumns }>;
export function estimate(counts: CountColumns, model: Model, options?: EstimateOptions): Promise<Estimate>;
export function estimate(counts: CountColumns, model: Model, options: EstimateOptions = {}): Promise<Estimate> {
  // Handed on in a holder that is emptied once the rows are laid out as a grid: a running async
  // function keeps its arguments to its end, and with them every row of a large file.
  return estimateHeld({ counts }, model, options);
}

/**
 * `estimate` on counts read straight into a grid (`readGrid`, whose scan gave every area today's
 * code): the same estimate, to the byte, as from the same file's rows (`read.onDuplicate` was
 * applied as the grid was read, and `options.onDuplicate` is not used). The read is used up: its
 * grid is filled in place.
 *
 * @example
 * const read = await readGrid(plan, { history });
 * const result = 'declined' in read ? undefined : await estimateGrid(read.read, model, { history });
 */
export async function estimateGrid(read: CountGridRead, model: Model, options: EstimateOptions = {}): Promise<Estimate> {
  const history = options.history ?? (await codeHistoryOf(model, options.modelFile ?? 'model'));
  const minCount = minCountOf(options.minCount, model);
  return estimateHeld(
    { laid: layGrid(read, history, model, { modelFile: options.modelFile ?? 'model', fill: model.fill ?? 'none', minCount }) },
    model,
    options,
  );
}

/**
 * A grid laid out by another phase (the hourly reduction's nights or busiest hours), with what
 * the summary says of the input it came from: the estimate of it, as `estimate` gives for rows.
 * @internal
 */
export interface LaidGrid extends SegmentedGrid {
  history: CodeHistory;
  recodedNote: string | undefined;
  input: InputFigures;
}

/**
 * The estimate of a grid already laid out (`LaidGrid`): the phase every estimate ends in.
 * @internal
 */
export function estimateLaid(laid: LaidGrid, model: Model, options: EstimateOptions = {}): Promise<Estimate> {
  return estimateHeld({ laid }, model, options);
}

async function estimateHeld(held: { counts: CountColumns } | { laid: LaidGrid }, model: Model, options: EstimateOptions): Promise<Estimate> {
  if ('counts' in held) refuseNoRows(held.counts);
  const draws =
    options.draws === undefined
      ? undefined
      : { draws: options.draws, seed: options.seed ?? DEFAULT_SEED, probabilities: options.probabilities ?? DEFAULT_PROBABILITIES };
  if (draws !== undefined) checkDrawOptions(draws);
  if ('counts' in held && held.counts.utcHour !== undefined)
    throw new InputError('E_HOURLY', 'the counts are hourly; estimate them with estimateHourly (as teleguest estimate does)', { file: held.counts.source });
  const modelFile = options.modelFile ?? 'model';
  const onDuplicate = options.onDuplicate ?? 'error';
  const fill = model.fill ?? 'none';
  const minCount = minCountOf(options.minCount, model);
  // The rows are not read again: a caller that keeps no reference to them lets them go now.
  const laid = 'counts' in held ? await layCounts(held, model, { modelFile, onDuplicate, fill, history: options.history, minCount }) : held.laid;
  const { history, recodedNote, input, grid, present, segmentPersons, partialCells, filled } = laid;
  const { areaCodes, dayCount } = grid;
  const areaCount = areaCodes.length;
  const rows = areaCount + 1;
  const months = calendarMonths(grid.firstDay, dayCount);
  const inputs = { ...(await readDeductionFiles(model, modelFile, history)), segmentPersons };
  const calendar = buildCalendar(grid.firstDay, dayCount, model.calendar);
  const numbers = {
    dayCount,
    personsPerDevice: 1 + upliftOf(model.uplift),
    monthStart: months.monthStart,
    ...dayGroups(calendar),
  };
  const groupsPerRow = (numbers.seasonCount + numbers.dayTypeCount) * GROUP_FIELDS;
  const shared = {
    devices: grid.devices.buffer as SharedArrayBuffer,
    present: present?.buffer as SharedArrayBuffer | undefined,
    stats: new SharedArrayBuffer(rows * months.labels.length * STAT_FIELDS * 8),
    groups: new SharedArrayBuffer(rows * groupsPerRow * 8),
    // Persons and guest-nights per cell only when asked for: the summary needs none.
    daily: options.daily ? { persons: new SharedArrayBuffer(rows * dayCount * 8), guestNights: new SharedArrayBuffer(rows * dayCount * 8) } : undefined,
  };

  // The region's row first: the deductions sum over the days it was observed (NaN where an area was not).
  sumRegionDays(grid.devices, areaCount, dayCount);
  const disclosure = laid.withheld && withheldStatus(laid.withheld, grid.devices, filled, areaCount, dayCount, minCount);
  const withheld = disclosure && countWithheldDays(disclosure.status, { dayCount, months, calendar });
  const threads = chooseThreads(options.workers ?? 'auto', rows * dayCount);
  let deductions: ResolvedDeductions;
  if (threads === 0) {
    // The model is applied to each row as soon as its deductions are laid: no grid of their totals.
    const columns = modelColumnsOf(shared);
    deductions = resolveDeductions(model, grid, inputs, (row, total) => applyModel(rowColumns(columns, total, numbers, row), numbers, 0, 1));
  } else {
    // The workers read the totals of every row from a shared grid.
    const { total, ...resolved } = resolveDeductionsToGrid(model, grid, inputs);
    deductions = resolved;
    // Imported only when used: loading Piscina costs start-up time a small run need not pay.
    const { runInPool } = await import('../pool/run-in-pool.js');
    await runInPool({ ...shared, deductions: total.buffer as SharedArrayBuffer }, numbers, { rows, threads });
  }

  // The draws' pool starts now, so that its threads have loaded by the time the summary is made
  // and the model split into terms: they start cold, and load the kernels.
  const drawThreads = draws === undefined ? 0 : chooseDrawThreads(options.workers ?? 'auto', rows * draws.draws);
  const drawPool = drawThreads === 0 ? undefined : await openDrawPool(Math.min(drawThreads, rows));
  try {
    const stats = new Float64Array(shared.stats);
    const groups = new Float64Array(shared.groups);
    // Each deduction's mean per observed day (its sums from resolveDeductions), each row's filled days.
    const monthCount = months.labels.length;
    const observedDays = Array.from({ length: rows }, (_, row) => {
      let days = 0;
      for (let month = 0; month < monthCount; month++) days += stats[(row * monthCount + month) * STAT_FIELDS + STAT_DAYS]!;
      return days;
    });
    const deductionMeans = deductions.names.map((name) => {
      const sums = deductions.observedSums.get(name)!;
      // NaN for a region-wide deduction on an area, or for a row without a day.
      return {
        name,
        meanOf: (row: number) => (row < areaCount && deductions.regionWide.has(name) ? NaN : observedDays[row]! > 0 ? sums[row]! / observedDays[row]! : NaN),
      };
    });
    const deductionsOfRow = (row: number) => deductionMeans.map(({ name, meanOf }): [string, number] => [name, meanOf(row)]);
    const filledDays = sumRowsOverObservedDays(filled, grid.devices, dayCount);
    const filledDaysOf = (row: number) => filledDays[row]!;
    const groupsOf = (row: number) => groups.subarray(row * groupsPerRow, (row + 1) * groupsPerRow);
    const region = summarizeRow(stats, months, calendar, {
      name: model.name,
      row: areaCount,
      deductions: deductionsOfRow(areaCount),
      hasGuestNights: true,
      filledDays: filledDaysOf(areaCount),
      groups: groupsOf(areaCount),
      withheld,
    });
    const areas = Object.fromEntries(
      areaCodes.map((code, row) => [
        code,
        summarizeRow(stats, months, calendar, {
          name: grid.areaNames[row] ?? '',
          row,
          deductions: deductionsOfRow(row),
          hasGuestNights: deductions.regionWide.size === 0,
          filledDays: filledDaysOf(row),
          groups: groupsOf(row),
          withheld,
        }),
      ]),
    );
    const unobserved = areaCodes.filter((code) => areas[code]!.days === 0);
    const notes = unobserved.map((code) => {
      const withheldDays = areas[code]!.withheldDays ?? 0;
      return withheldDays > 0
        ? `area ${code} has no published day (${withheldDays} withheld: fewer than ${minCount} devices), so the region has no complete day`
        : `area ${code} has no observation at all (every devices cell blank), so the region has no complete day`;
    });
    if (recodedNote !== undefined) notes.push(recodedNote);
    if (partialCells > 0) notes.push(`${partialCells} area-days have some segments but not all; they count as missing`);
    if (grid.missingSums > 0) notes.push(missingSumsNote(grid.missingSums, 'area-days'));
    const summary: Summary = {
      model,
      input,
      from: formatDay(grid.firstDay),
      to: formatDay(grid.firstDay + dayCount - 1),
      days: dayCount,
      incompleteDays: dayCount - region.days,
      fill: { method: fill, filledCells: Object.values(areas).reduce((sum, area) => sum + area.filledDays, 0) },
      ...(disclosure !== undefined && { disclosure: { minCount, primary: disclosure.primaryCells, secondary: disclosure.secondaryCells } }),
      region,
      areas,
    };
    if (draws !== undefined) {
      if ((model.ranges ?? []).length === 0) notes.push('the model has no ranges, so every draw is the point estimate');
      const { estimateUncertainty } = await import('../uncertainty/estimate-uncertainty.js');
      summary.uncertainty = await estimateUncertainty(
        model,
        { shape: grid, months, deductions, inputs, hasGuestNights: (row) => row === areaCount || deductions.regionWide.size === 0 },
        {
          ...draws,
          run: (columns, numbers) => runDraws(columns, numbers, rows, drawPool),
          drawParameters:
            drawPool && (async (ranges, count, seed) => (await drawPool.run('drawParameters', [{ ranges, draws: count, seed }]))[0] as Float64Array),
        },
      );
    }
    const daily = shared.daily && { persons: new Float64Array(shared.daily.persons), guestNights: new Float64Array(shared.daily.guestNights) };
    return { summary, grid, deductions, calendar, filled, daily, ...(disclosure !== undefined && { disclosure }), notes };
  } finally {
    await drawPool?.close();
  }
}

/**
 * The note on cells that `--on-duplicate sum` made missing: a part blank or suppressed, another observed (`placeCell`).
 * @internal
 */
export function missingSumsNote(cells: number, what: 'area-days' | 'area-hours'): string {
  return `${cells} ${what} summed from duplicate rows had a blank or suppressed part; they count as missing`;
}

/** Per grid row, Σ of `values` over the days the row was observed (devices not NaN). */
function sumRowsOverObservedDays(values: Uint8Array, devices: Float64Array, dayCount: number): Float64Array {
  const sums = new Float64Array(devices.length / dayCount);
  for (let row = 0; row < sums.length; row++) {
    let sum = 0;
    for (let cell = row * dayCount; cell < (row + 1) * dayCount; cell++) {
      if (Number.isNaN(devices[cell]!)) continue;
      sum += values[cell]!;
    }
    sums[row] = sum;
  }
  return sums;
}

/** The rows recoded to today's areas and laid out as a grid (small counts withheld), the holder emptied: no variable of `estimateHeld` holds the rows. */
async function layCounts(
  held: { counts: CountColumns },
  model: Model,
  options: { modelFile: string; onDuplicate: OnDuplicate; fill: FillMethod; history: CodeHistory | undefined; minCount: number },
): Promise<LaidGrid> {
  const { counts } = held;
  held.counts = NO_ROWS;
  const history = options.history ?? (await codeHistoryOf(model, options.modelFile));
  const { note: recodedNote, counts: recoded } = recodeToToday(counts, history);
  checkModelFits(model, recoded.areaCodes, options.modelFile, recoded.segments?.segmentNames);
  const laid = buildSegmentedGrid(recoded, model.uplift, options.onDuplicate, options.fill, options.minCount);
  const input = {
    rows: recoded.length,
    rejectedRows: recoded.rejectedRows,
    blankRows: recoded.blankRows,
    duplicateRows: laid.grid.duplicateRows,
    onDuplicate: options.onDuplicate,
  };
  return { history, recodedNote, input, ...laid };
}

/** A grid read straight from a file, its small counts withheld and its gaps filled: what `layCounts` gives from rows. */
function layGrid(read: CountGridRead, history: CodeHistory, model: Model, options: { modelFile: string; fill: FillMethod; minCount: number }): LaidGrid {
  checkModelFits(model, read.grid.areaCodes, options.modelFile, undefined);
  const laid = segmentedGridOf(read.grid, options.fill, options.minCount);
  const input = { rows: read.rows, rejectedRows: 0, blankRows: read.blankRows, duplicateRows: read.grid.duplicateRows, onDuplicate: read.onDuplicate };
  return { history, recodedNote: read.joins.length > 0 ? joinedNote(read.joins, history) : undefined, input, ...laid };
}

/** The draw kernel over every row, inline or with the threads of `pool` beside this one. */
async function runDraws(columns: DrawColumns, numbers: DrawNumbers, rows: number, pool: Pool | undefined): Promise<void> {
  // Imported only when used, as the pool is: an estimate without draws does not load their kernel.
  if (pool === undefined) return (await import('../kernels/draw-tasks.js')).runDrawTask({ columns, numbers, rowFrom: 0, rowTo: rows });
  const { runDrawsInPool } = await import('../pool/run-in-pool.js');
  await runDrawsInPool(columns, numbers, { rows, pool });
}

/** A pool of `threads` for the draws (the caller closes it); Piscina is imported only when one is used. */
async function openDrawPool(threads: number): Promise<Pool> {
  const { ESTIMATE_WORKER, openPool } = await import('../pool/with-pool.js');
  return openPool(threads, ESTIMATE_WORKER);
}
