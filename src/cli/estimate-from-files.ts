import type { OnDuplicate } from '../count-grid.js';
import { estimate, type DailyColumns, type Estimate } from '../estimate.js';
import { readCounts } from '../io/read-counts.js';
import type { RejectedRow } from '../io/rejected-row.js';
import { readModel } from '../model/read-model.js';
import { UsageError } from '../errors.js';
import type { HourlyMethod } from '../estimate-hourly.js';
import type { NightWindow } from '../reduce-hourly-counts.js';

/** The files and options of a command that estimates. */
export interface EstimateFiles {
  counts: string;
  model: string;
  workers: number | 'auto';
  onDuplicate: OnDuplicate;
  /** Lenient reading: rows with a bad cell are skipped and returned instead of failing. */
  rejects?: string;
  /** Draws of the model's ranges, their seed and the quantiles of each interval. */
  draws?: number;
  seed?: number;
  probabilities?: number[];
  /** Hourly counts only: the method and the night window (defaults: night presence, 02:00–04:00). */
  method?: HourlyMethod;
  nightWindow?: NightWindow;
}

/**
 * Read the counts and the model, estimate (hourly counts through `estimateHourly`), and tell `note` what the user should know (ignored
 * columns, model warnings, rejected and duplicate rows, areas without observations).
 * `onStep` hears `'estimating'` once the files are read.
 *
 * @example
 * const { result, rejected } = await estimateFromFiles(invocation, { daily: true, note: console.error });
 */
export async function estimateFromFiles(
  files: EstimateFiles,
  options: { daily: true; note: (line: string) => void; onStep?: (step: string) => void },
): Promise<{ result: Estimate & { daily: DailyColumns }; rejected: RejectedRow[] }>;
export async function estimateFromFiles(
  files: EstimateFiles,
  options: { daily: boolean; note: (line: string) => void; onStep?: (step: string) => void },
): Promise<{ result: Estimate; rejected: RejectedRow[] }>;
export async function estimateFromFiles(
  files: EstimateFiles,
  options: { daily: boolean; note: (line: string) => void; onStep?: (step: string) => void },
): Promise<{ result: Estimate; rejected: RejectedRow[] }> {
  const rejected: RejectedRow[] = [];
  const onReject = files.rejects === undefined ? undefined : (row: RejectedRow) => void rejected.push(row);
  const [{ counts, notes }, { model, warnings }] = await Promise.all([readCounts(files.counts, { onReject, workers: files.workers }), readModel(files.model)]);
  options.onStep?.('estimating');
  const { workers, onDuplicate, draws, seed, probabilities } = files;
  const estimateOptions = { workers, modelFile: files.model, daily: options.daily, onDuplicate, draws, seed, probabilities };
  if (counts.utcHour === undefined && (files.method !== undefined || files.nightWindow !== undefined)) {
    throw new UsageError(`--${files.method !== undefined ? 'method' : 'night'} is for hourly counts (an hour or time column); ${files.counts} has daily counts`);
  }
  const result =
    counts.utcHour === undefined
      ? await estimate(counts, model, estimateOptions)
      : await (await import('../estimate-hourly.js')).estimateHourly(counts, model, { ...estimateOptions, method: files.method, nightWindow: files.nightWindow });
  const { input } = result.summary;
  if (input.rejectedRows > 0) notes.push(`${input.rejectedRows} rows rejected, listed in ${files.rejects}`);
  if (input.duplicateRows > 0) notes.push(`${input.duplicateRows} duplicate rows ${input.onDuplicate === 'sum' ? 'added to the first' : 'replaced earlier ones'}`);
  for (const line of [...notes, ...warnings, ...result.notes]) options.note(line);
  return { result, rejected };
}
