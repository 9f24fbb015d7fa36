import type { OnDuplicate } from '../grid/count-grid.js';
import { boundDailyGuestNights } from '../summary/daily-counts-bound.js';
import { estimate, estimateGrid, type Estimate, type EstimateOptions } from './estimate.js';
import { NO_ROWS, type CountColumns } from '../read/count-columns.js';
import { inspectCounts, type CountsPlan, type RowsReason } from '../read/inspect-counts.js';
import { readGrid, readRows, type CountsRead, type GridReadResult } from '../read/read-counts.js';
import type { RejectedRow } from '../read/rejected-row.js';
import { codeHistoryOf } from '../areas/recode-to-today.js';
import type { Model } from '../model/model.js';
import { readModel } from '../model/read-model.js';
import { UsageError } from '../errors.js';
import { checkInputFile } from '../read/check-input-file.js';
import type { DateWindow } from '../read/date-window.js';
import type { CountsLayout } from '../read/counts-layout.js';
import { modelInputFiles, refuseAliases, type RolePath } from '../write/refuse-aliases.js';
import { workersNote } from '../pool/choose-threads.js';
import type { HourlyMethod } from '../hourly/hourly-method.js';
import type { NightWindow } from '../hourly/reduce-hourly-counts.js';
import type { HourlyEstimate } from '../hourly/estimate-hourly.js';
import { disclosureNotes } from '../disclosure/disclosure-notes.js';

/** How `estimateFile` reads and estimates. */
export interface EstimateFileOptions extends Omit<EstimateOptions, 'modelFile' | 'history'> {
  /** The model's file, when `model` is given as an object: named in messages, and where its deductions' files are found from. */
  modelFile?: string;
  /** Lenient reading: rows with a bad cell are skipped and returned in `rejected` instead of failing; the notes say they are listed in this file. */
  rejects?: string;
  /** Hourly counts: the method (default `defaultHourlyMethod`) and the night window (default 02–04). */
  method?: HourlyMethod;
  nightWindow?: NightWindow;
  /** `guest-nights` (default): daily counts' guest-nights are marked an upper bound (`boundDailyGuestNights`); `presence`: persons present only (`teleguest peak`), for which daily counts are fit. */
  purpose?: 'guest-nights' | 'presence';
  /** `refuse` (default): `method` or `nightWindow` on daily counts is a usage error; `ignore`: they apply to hourly counts only. */
  hourlyOptionsOnDaily?: 'refuse' | 'ignore';
  /** The days counts may fall on (default 1990–2100); a date outside is refused with its line. */
  dateWindow?: DateWindow;
  /** The file's own column names, encoding and suppression markers; each one given here wins over the model's `counts`. */
  layout?: CountsLayout;
  /** What the run will write, and the other files it reads (SSB tables, capacities): none may be one of its inputs. */
  outputs?: readonly RolePath[];
  sideInputs?: readonly RolePath[];
  /** Told `'estimating'` once the counts are read. */
  onStep?: (step: string) => void;
}

/** An estimate of a counts file, with how the file was read. */
export interface FileEstimate<E extends Estimate = Estimate> {
  result: E;
  /** Rows skipped by lenient reading, with where and why. */
  rejected: RejectedRow[];
  /** What the file is and the way it was read (`path`), with the reason for the rows (`reason`). */
  plan: CountsPlan;
  /** Why the grid's scan handed over to the rows after all, when it did (a second read). */
  declined?: RowsReason;
  /** What the user should know: ignored columns, model warnings, rejected and duplicate rows, areas without observations, what disclosure control withheld (or that it is off). */
  notes: string[];
  /** Every file the run read (counts, model, the files it names, side inputs): what no output may overwrite. */
  inputs: RolePath[];
}

/**
 * Estimate guest-nights from a counts file and a model: the one way from a file to a result,
 * which every estimating command takes. The phases, in order:
 *
 * 1. read the model, which may say how the operator lays out the counts (`counts`), and
 *    inspect the counts once: what the file is and how it is read (`inspectCounts`);
 * 2. resolve the model's code history, once;
 * 3. read the counts once: straight into a grid where the file allows, else as rows, every area
 *    under today's code;
 * 4. estimate: the model applied by the kernels, inline or in the pool, and summarised
 *    (`estimate`, `estimateGrid`; hourly counts reduced to nights on the grid first).
 *
 * Writing is the commands' (`src/pipeline/*-command.ts`).
 *
 * @example
 * const { result, plan } = await estimateFile('fixtures/hallingdal/counts.csv', 'fixtures/hallingdal/model.json');
 * Math.round(result.summary.region.guestNightsPerDay!); // 26527
 * plan.path; // 'grid'
 */
export async function estimateFile(counts: string, model: string | Model, options: EstimateFileOptions = {}): Promise<FileEstimate> {
  // 1. The model, and the counts inspected: a plain file (no FIFO or device to hang on), its format, and the way it is read.
  await checkInputFile(counts, 'the counts');
  const modelFile = typeof model === 'string' ? model : (options.modelFile ?? 'model');
  const { model: checked, warnings } = typeof model === 'string' ? await readModel(model) : { model, warnings: [] };
  const layout = { ...checked.counts, ...options.layout };
  const plan = await inspectCounts(counts, { lenient: options.rejects !== undefined, workers: options.workers, layout });

  // 2. The code history, read once; no output may be one of the run's inputs.
  const inputs = [
    { path: counts, role: 'counts' },
    ...(typeof model === 'string' ? [{ path: model, role: '--model' }] : []),
    ...modelInputFiles(checked, modelFile),
    ...(options.sideInputs ?? []),
  ];
  await refuseAliases(inputs, [...(options.rejects === undefined ? [] : [{ path: options.rejects, role: '--rejects' }]), ...(options.outputs ?? [])]);
  const history = await codeHistoryOf(checked, modelFile);
  const estimateOptions: EstimateOptions = { ...options, modelFile, history };
  const refuseHourlyOptions = () => {
    if (options.hourlyOptionsOnDaily === 'ignore' || (options.method === undefined && options.nightWindow === undefined)) return;
    throw new UsageError(`--${options.method !== undefined ? 'method' : 'night'} is for hourly counts (an hour or time column); ${counts} has daily counts`);
  };
  const hourlyOptions = { ...estimateOptions, method: options.method, nightWindow: options.nightWindow };

  // 3. The counts, read once: straight into a grid, or as rows where the plan (or the scan) says so.
  const onDuplicate: OnDuplicate = options.onDuplicate ?? 'error';
  const grid: GridReadResult | undefined =
    plan.path === 'grid' && plan.unit !== undefined
      ? await readGrid({ ...plan, unit: plan.unit }, { history, onDuplicate, dateWindow: options.dateWindow })
      : undefined;
  const declined = grid !== undefined && 'declined' in grid ? grid.declined : undefined;
  const rejected: RejectedRow[] = [];
  const rows =
    grid === undefined || declined !== undefined
      ? await readRows(plan, {
          onReject: options.rejects !== undefined ? (row) => void rejected.push(row) : undefined,
          workers: options.workers,
          dateWindow: options.dateWindow,
          layout,
        })
      : undefined;
  options.onStep?.('estimating');

  // 4. The estimate: the kernels over the grid (hourly counts reduced to their nights first).
  let result: Estimate;
  let readNotes: string[];
  if (rows !== undefined) {
    readNotes = rows.notes;
    const hourly = rows.counts.utcHour !== undefined;
    if (!hourly) refuseHourlyOptions();
    const { estimateHourly } = hourly ? await import('../hourly/estimate-hourly.js') : { estimateHourly: undefined };
    result = await handOver(rows, (counts) =>
      estimateHourly === undefined ? estimate(counts, checked, estimateOptions) : estimateHourly(counts, checked, hourlyOptions),
    );
  } else if (grid !== undefined && 'unit' in grid && grid.unit === 'hour') {
    readNotes = grid.read.notes;
    const { estimateHourlyGrid } = await import('../hourly/estimate-hourly.js');
    result = await estimateHourlyGrid(grid.read, checked, hourlyOptions);
  } else {
    const read = (grid as Extract<GridReadResult, { unit: 'day' }>).read;
    readNotes = read.notes;
    refuseHourlyOptions();
    result = await estimateGrid(read, checked, estimateOptions);
  }

  const { input } = result.summary;
  if (!isHourly(result) && options.purpose !== 'presence') boundDailyGuestNights(result.summary);
  const notes = [...readNotes, ...warnings];
  const workers = options.workers === undefined ? undefined : workersNote(options.workers);
  if (workers !== undefined) notes.push(workers);
  if (input.rejectedRows > 0) notes.push(`${input.rejectedRows} rows rejected, listed in ${options.rejects}`);
  if (input.duplicateRows > 0)
    notes.push(`${input.duplicateRows} duplicate rows ${input.onDuplicate === 'sum' ? 'added to the first' : 'replaced earlier ones'}`);
  notes.push(...result.notes, ...disclosureNotes(result.summary.disclosure));
  return { result, rejected, plan, ...(declined !== undefined && { declined }), notes, inputs };
}

/**
 * `estimateFile` for hourly counts' callers that need the reduction (`teleguest peak`, the report).
 *
 * @example
 * isHourly(fileEstimate.result) ? fileEstimate.result.reduction : undefined;
 */
export function isHourly(result: Estimate): result is HourlyEstimate {
  return 'reduction' in result;
}

/**
 * Start `work` on the rows read and keep no reference to them here (`read.counts` is emptied):
 * `estimate` lets go of them once they are laid out as a grid (on a 1.49 GB file the peak RSS
 * fell from 2.88 to 2.52 GB). A function of its own, so that no variable of the async caller holds them.
 */
function handOver<T>(read: CountsRead, work: (counts: CountColumns) => Promise<T>): Promise<T> {
  const { counts } = read;
  read.counts = NO_ROWS;
  return work(counts);
}
