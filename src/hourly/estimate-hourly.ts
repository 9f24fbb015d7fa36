import { codeHistoryOf, joinedNote, recodeToToday } from '../areas/recode-to-today.js';
import type { CodeHistory } from '../areas/code-history.js';
import { refuseNoRows, type CountColumns } from '../read/count-columns.js';
import { dayGridOfReduction } from './days-of-reduction.js';
import { estimateLaid, missingSumsNote, type DailyColumns, type Estimate, type EstimateOptions } from '../pipeline/estimate.js';
import { checkModelFits } from '../model/check-model-fits.js';
import { combineSegments, segmentedGridOf, type SegmentedGrid } from '../grid/segment-grid.js';
import { InputError } from '../errors.js';
import { upliftOf, type Model } from '../model/model.js';
import { minCountOf } from '../disclosure/min-count.js';
import { BASELINE_MIN_DAYS, defaultHourlyMethod, VISITOR_SEGMENT, type HourlyMethod } from './hourly-method.js';
import { BASELINE_SERIES, baselineModel, residentsBaseline, type BaselineSummary } from './residents-baseline.js';
import { reduceHourGrid, reduceHourlyCounts, type HourlyReduction, type NightWindow } from './reduce-hourly-counts.js';
import type { HourGridRead } from '../read/read-counts.js';
import type { InputFigures } from '../summary/summary.js';

/** Presence by hour for one area or the region, as means per day over the days with all hours. */
export interface HourlyFigures {
  /** Days with every hour observed, and the night before them (the first day of the counts has none). */
  days: number;
  /** Persons at the day's busiest hour (daily presence), mean per day. The region's is the busiest hour of the region's sum. */
  busiestHourPersonsPerDay: number | null;
  /** Persons present in the night window (mean over its hours) of the night before each day, mean per day. */
  nightPersonsPerDay: number | null;
  /** Day visitors = persons at the busiest hour − persons the night before, mean per day; the region's is the sum of its areas'. */
  dayVisitorsPerDay: number | null;
}

/** What the estimate on hourly counts adds to the summary (`summary.hourly`). */
export interface HourlySummary {
  method: HourlyMethod;
  /** Local clock times, `HH:00`; the window's hours are from ≤ hour < to. */
  nightWindow: { from: string; to: string };
  /** Deductions of the model the method did not apply (the night methods: all but residents, which night-presence-baseline measures; visitor-night-presence: all). */
  deductionsNotApplied: string[];
  /** night-presence-baseline: each area's quietest month of weeknights, and the residents' baseline taken from it. */
  baseline?: BaselineSummary;
  region: HourlyFigures;
  areas: Record<string, HourlyFigures>;
}

export interface HourlyEstimateOptions extends EstimateOptions {
  /** Default: `defaultHourlyMethod` (by the segments and the days the counts cover). */
  method?: HourlyMethod;
  /** Default 02:00–04:00 (hours 2 and 3). */
  nightWindow?: NightWindow;
}

/** An estimate from hourly counts: the daily estimate of the method's daily values, and the reduction it came from. */
export interface HourlyEstimate extends Estimate {
  hourly: HourlySummary;
  reduction: HourlyReduction;
}

/**
 * Estimate guest-nights from hourly counts (`counts.utcHour`): each Europe/Oslo day is reduced
 * to its busiest hour and the night presence of the night that starts its evening
 * (`reduceHourlyCounts`), then the daily engine runs on the method's values — night presence
 * for the night methods (nights dated by the evening), the busiest hour for `busiest-hour` — and
 * `summary.hourly` says which method was used and gives, per area and for the region, persons at
 * the busiest hour, at night (the night before the day), and day visitors (the difference),
 * reported apart from guest-nights. Byte-identical for any `workers`.
 *
 * @example
 * const { counts } = await readCounts('fixtures/hourly/known-truth.csv');
 * const result = await estimateHourly(counts, model);
 * result.summary.hourly?.method; // 'night-presence'
 */
export async function estimateHourly(
  counts: CountColumns,
  model: Model,
  options: HourlyEstimateOptions & { daily: true },
): Promise<HourlyEstimate & { daily: DailyColumns }>;
export async function estimateHourly(counts: CountColumns, model: Model, options?: HourlyEstimateOptions): Promise<HourlyEstimate>;
export async function estimateHourly(counts: CountColumns, model: Model, options: HourlyEstimateOptions = {}): Promise<HourlyEstimate> {
  if (counts.utcHour === undefined)
    throw new InputError('E_COLUMNS', 'the counts are daily (no hour or time column); the hourly methods need hourly counts', { file: counts.source });
  refuseNoRows(counts);
  const history = options.history ?? (await codeHistoryOf(model, options.modelFile ?? 'model'));
  // Recoded here, before the hours are laid out, so the reduction's areas are the estimate's.
  const recoded = recodeToToday(counts, history);
  const reduction = await reduceHourlyCounts(recoded.counts, {
    uplift: model.uplift,
    nightWindow: options.nightWindow,
    workers: options.workers,
    onDuplicate: options.onDuplicate,
    minCount: minCountOf(options.minCount, model),
  });
  const input = { rows: counts.length, rejectedRows: counts.rejectedRows, blankRows: counts.blankRows, onDuplicate: options.onDuplicate ?? 'error' };
  return estimateReduced(reduction, model, { ...options, history }, { source: counts.source, input, recodedNote: recoded.note });
}

/**
 * `estimateHourly` on hourly counts read straight into an hour grid (`readGrid`, whose scan gave
 * every area today's code), the same result to the byte. The grid is the estimate's from then on.
 *
 * @example
 * const read = await readGrid(plan, { history });
 * const result = 'declined' in read ? undefined : await estimateHourlyGrid(read.read, model, { history });
 */
export async function estimateHourlyGrid(read: HourGridRead, model: Model, options: HourlyEstimateOptions = {}): Promise<HourlyEstimate> {
  const history = options.history ?? (await codeHistoryOf(model, options.modelFile ?? 'model'));
  const reduction = await reduceHourGrid(read.grid, {
    uplift: model.uplift,
    nightWindow: options.nightWindow,
    workers: options.workers,
    minCount: minCountOf(options.minCount, model),
  });
  const input = { rows: read.rows, rejectedRows: 0, blankRows: read.blankRows, onDuplicate: read.onDuplicate };
  return estimateReduced(
    reduction,
    model,
    { ...options, history },
    { source: read.source, input, recodedNote: read.joins.length > 0 ? joinedNote(read.joins, history) : undefined },
  );
}

/** The daily engine on the method's values of the reduced days, and the hourly figures beside it. */
async function estimateReduced(
  reduction: HourlyReduction,
  model: Model,
  options: HourlyEstimateOptions & { history: CodeHistory },
  read: { source: string; input: Omit<InputFigures, 'duplicateRows'>; recodedNote: string | undefined },
): Promise<HourlyEstimate> {
  const { nightWindow, grid } = reduction;
  const method = options.method ?? defaultHourlyMethod(grid.segmentNames, grid.dayCount);
  const names = Object.keys(model.deductions);
  const modelFile = options.modelFile ?? 'model';
  const segmented = grid.segmentNames.length > 1 || grid.segmentNames[0] !== '';
  const fill = model.fill ?? 'none';
  let laid: SegmentedGrid;
  let methodModel: Model;
  let deductionsNotApplied: string[];
  let baseline: BaselineSummary | undefined;
  if (method === 'night-presence-baseline') {
    // Night presence less a share of the quietest weeknights' presence: no deduction of the model.
    if (segmented)
      throw new InputError(
        'E_COLUMNS',
        `the night-presence-baseline method is for counts without segments; these have ${grid.segmentNames.join(', ')} (for counts split by home, use visitor-night-presence)`,
        { file: read.source },
      );
    const residents = residentsBaseline(reduction, model, read.source);
    baseline = residents.summary;
    methodModel = baselineModel(model);
    deductionsNotApplied = names.filter((name) => name !== 'residents');
    checkModelFits(methodModel, grid.areaCodes, modelFile, [BASELINE_SERIES]);
    laid = segmentedGridOf(dayGridOfReduction(reduction, reduction.night, 0), fill);
    laid.segmentPersons.set(BASELINE_SERIES, residents.persons);
  } else if (method === 'visitor-night-presence') {
    // The visitor segment's nights alone, no deduction: the split has taken the residents at home out.
    const visitor = grid.segmentNames.indexOf(VISITOR_SEGMENT);
    if (visitor === -1)
      throw new InputError(
        'E_COLUMNS',
        `the visitor-night-presence method needs counts split by home, with a segment "${VISITOR_SEGMENT}"; these have ${segmented ? grid.segmentNames.join(', ') : 'no segment'}`,
        { file: read.source },
      );
    methodModel = visitorModel(model);
    deductionsNotApplied = names;
    checkModelFits(methodModel, grid.areaCodes, modelFile, undefined);
    laid = segmentedGridOf(dayGridOfReduction(reduction, reduction.night, visitor), fill);
  } else {
    methodModel = method === 'night-presence' ? nightModel(model) : model;
    deductionsNotApplied = method === 'night-presence' ? names.filter((name) => name !== 'residents') : [];
    checkModelFits(methodModel, grid.areaCodes, modelFile, segmented ? grid.segmentNames : undefined);
    // The method's value per day, laid on a grid of days: hours never go back to rows.
    const values = method === 'night-presence' ? reduction.night : reduction.atPeak;
    const partOf = (segment: number) => dayGridOfReduction(reduction, values, segment);
    laid = segmented ? combineSegments(grid.segmentNames, partOf, methodModel.uplift, fill) : segmentedGridOf(partOf(0), fill);
  }
  const input = { ...read.input, duplicateRows: grid.duplicateRows };
  const withheld = reduction.withheld;
  const result = await estimateLaid(
    { ...laid, ...(withheld && { withheld }), history: options.history, recodedNote: read.recodedNote, input },
    methodModel,
    options,
  );
  result.summary.model = model;
  if (grid.missingSums > 0) result.notes.push(missingSumsNote(grid.missingSums, 'area-hours'));
  if (method === 'night-presence' && !names.includes('residents'))
    result.notes.push('the model has no residents deduction: guest-nights are everyone present at night');
  if (method === 'night-presence-baseline' && names.includes('residents'))
    result.notes.push("the model's residents deduction is not used: the residents are the baseline measured on the quietest month's weeknights");
  if (method === 'night-presence-baseline' && grid.dayCount < BASELINE_MIN_DAYS)
    result.notes.push(
      `the counts cover ${grid.dayCount} days, less than a year: the quietest month in them may not be a quiet one, and then the residents' baseline holds guests`,
    );
  const hourly: HourlySummary = {
    method,
    nightWindow: { from: clock(nightWindow.from), to: clock(nightWindow.to) },
    deductionsNotApplied,
    ...(baseline !== undefined && { baseline }),
    ...hourlyFigures(reduction),
  };
  return { ...result, summary: { ...result.summary, hourly }, hourly, reduction };
}

function clock(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** Means per day of the busiest hour, the night and day visitors, per area and for the region. */
function hourlyFigures(reduction: HourlyReduction): Pick<HourlySummary, 'region' | 'areas'> {
  const { grid, presence, night, weights } = reduction;
  const { dayCount, areaCodes } = grid;
  const areaCount = areaCodes.length;
  const segmentCount = weights.length;
  // The night before a day (dated by its evening, the day before): the persons who slept there.
  const nightPersons = (area: number, day: number) => {
    if (day === 0) return NaN;
    let persons = 0;
    for (let segment = 0; segment < segmentCount; segment++) persons += night[(area * segmentCount + segment) * dayCount + day - 1]! * weights[segment]!;
    return persons;
  };
  const figuresOf = (days: number, busiest: number, nights: number, visitors: number): HourlyFigures => ({
    days,
    busiestHourPersonsPerDay: days > 0 ? busiest / days : null,
    nightPersonsPerDay: days > 0 ? nights / days : null,
    dayVisitorsPerDay: days > 0 ? visitors / days : null,
  });
  const areas: Record<string, HourlyFigures> = {};
  // Region: days on which every area has its busiest hour and its night.
  const regionVisitors = new Float64Array(dayCount);
  const regionNight = new Float64Array(dayCount);
  for (let area = 0; area < areaCount; area++) {
    let days = 0;
    let busiest = 0;
    let nights = 0;
    let visitors = 0;
    for (let day = 0; day < dayCount; day++) {
      const atBusiest = presence[area * dayCount + day]!;
      const atNight = nightPersons(area, day);
      regionVisitors[day]! += atBusiest - atNight;
      regionNight[day]! += atNight;
      if (Number.isNaN(atBusiest) || Number.isNaN(atNight)) continue;
      days++;
      busiest += atBusiest;
      nights += atNight;
      visitors += atBusiest - atNight;
    }
    areas[areaCodes[area]!] = figuresOf(days, busiest, nights, visitors);
  }
  let days = 0;
  let busiest = 0;
  let nights = 0;
  let visitors = 0;
  for (let day = 0; day < dayCount; day++) {
    const atBusiest = presence[areaCount * dayCount + day]!;
    if (Number.isNaN(regionVisitors[day]!) || Number.isNaN(atBusiest)) continue;
    days++;
    busiest += atBusiest;
    nights += regionNight[day]!;
    visitors += regionVisitors[day]!;
  }
  return { region: figuresOf(days, busiest, nights, visitors), areas };
}

/** The model visitor night presence applies: the visitor segment's uplift, no deduction, and only the uplift's ranges. */
function visitorModel(model: Model): Model {
  const ranges = model.ranges?.filter((range) => range.site.kind === 'uplift');
  const { ranges: _, ...rest } = model;
  return { ...rest, uplift: upliftOf(model.uplift, VISITOR_SEGMENT), deductions: {}, ...(ranges !== undefined && ranges.length > 0 ? { ranges } : {}) };
}

/** The model night presence applies: residents its only deduction, and only the ranges that still have a place in it. */
function nightModel(model: Model): Model {
  const ranges = model.ranges?.filter((range) => range.site.kind === 'uplift' || range.site.deduction === 'residents');
  const { ranges: _, ...rest } = model;
  return {
    ...rest,
    deductions: Object.fromEntries(Object.entries(model.deductions).filter(([name]) => name === 'residents')),
    ...(ranges !== undefined && ranges.length > 0 ? { ranges } : {}),
  };
}
