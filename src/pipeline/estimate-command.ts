import type { OnDuplicate } from '../grid/count-grid.js';
import type { HourlyMethod } from '../hourly/hourly-method.js';
import type { NightWindow } from '../hourly/reduce-hourly-counts.js';
import { CSV_DIALECTS, type CsvDialectName } from '../write/csv-export-dialect.js';
import type { FileToWrite } from '../write/write-files-atomically.js';
import { writeOutputs } from '../write/write-outputs.js';
import type { CommandIo, Printed } from './command-io.js';
import { estimateFile } from './estimate-file.js';

/** `teleguest estimate`: what to read, how to estimate, and what to write. */
export interface EstimateCommand {
  counts: string;
  model: string;
  /** Print the full-precision summary as JSON instead of the table. */
  json: boolean;
  /** Also write daily.arrow, daily.parquet, daily.csv, summary.csv and summary.json into this folder. */
  out?: string;
  /** Also write the estimate as an Excel workbook for the analyst. */
  xlsx?: string;
  /** Lenient reading: skip rows with a bad cell and list them in this CSV. */
  rejects?: string;
  csvDialect: CsvDialectName;
  workers: number | 'auto';
  onDuplicate: OnDuplicate;
  /** Disclosure control's threshold (`--min-count`); default the model's, else 16; 0 turns it off. */
  minCount?: number;
  draws?: number;
  seed?: number;
  probabilities?: number[];
  method?: HourlyMethod;
  nightWindow?: NightWindow;
}

/** The steps `estimate` shows on its progress bar. */
export const ESTIMATE_STEPS = ['reading', 'estimating', 'writing'] as const;

/**
 * `teleguest estimate`: estimate the file (`estimateFile`), write `--out`'s files and the
 * rejects file all or none, and give the table (or the JSON summary) to print.
 *
 * @example
 * const printed = await estimateCommand({ counts: 'counts.csv', model: 'model.json', json: false, csvDialect: 'default', workers: 0, onDuplicate: 'error' }, { note: console.error });
 */
export async function estimateCommand(command: EstimateCommand, io: CommandIo): Promise<Printed> {
  const { result, rejected, notes, inputs } = await estimateFile(command.counts, command.model, {
    ...command,
    daily: command.out !== undefined || command.xlsx !== undefined,
    outputs: command.xlsx === undefined ? [] : [{ path: command.xlsx, role: '--xlsx' }],
    onStep: io.onStep,
  });
  for (const line of notes) io.note(line);
  io.onStep?.('writing');
  const files: FileToWrite[] = [];
  // The writers of files and of the table are imported only when used: each command loads what it needs.
  if (command.out !== undefined && result.daily !== undefined) {
    const { outputFiles } = await import('../write/output-files.js');
    files.push(...(await outputFiles(command.out, { ...result, daily: result.daily }, { csvDialect: CSV_DIALECTS[command.csvDialect] })));
  }
  if (command.xlsx !== undefined) {
    const workbook = await (await import('../write/workbook.js')).formatWorkbook(result);
    files.push({ target: command.xlsx, content: () => [workbook] });
  }
  if (command.rejects !== undefined)
    files.push((await import('../write/rejects-file.js')).rejectsFile(command.rejects, rejected, CSV_DIALECTS[command.csvDialect]));
  await writeOutputs(files, inputs);
  if (command.json) return (await import('../write/json-chunks.js')).jsonChunks(result.summary);
  return [(await import('../write/table/format-estimate.js')).formatEstimate(result.summary)];
}
