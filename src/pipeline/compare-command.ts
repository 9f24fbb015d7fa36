import type { OnDuplicate } from '../grid/count-grid.js';
import type { CsvDialectName } from '../write/csv-export-dialect.js';
import { compareWithSsb } from '../ssb/compare-with-ssb.js';
import { readSsbFiles, ssbInputs } from '../ssb/read-ssb-files.js';
import { writeOutputs } from '../write/write-outputs.js';
import type { CommandIo, Printed } from './command-io.js';
import { estimateFile } from './estimate-file.js';

/** `teleguest compare`: telecom guest-nights against SSB's. */
export interface CompareCommand {
  counts: string;
  model: string;
  /** SSB's monthly guest-nights (JSON-stat 2.0 or StatBank CSV). */
  ssb: string;
  /** SSB's holiday homes per municipality and year. */
  cabins?: string;
  /** `{ "<SSB region>": ["<area>", …] }`. */
  regions?: string;
  json: boolean;
  /** Also write comparison.arrow, .csv and .json into this folder. */
  out?: string;
  /** comparison.csv as plain CSV, or for Norwegian Excel. */
  csvDialect: CsvDialectName;
  workers: number | 'auto';
  onDuplicate: OnDuplicate;
  /** Disclosure control's threshold (`--min-count`); default the model's, else 16; 0 turns it off. */
  minCount?: number;
}

/** The steps `compare` shows on its progress bar. */
export const COMPARE_STEPS = ['reading', 'estimating', 'writing'] as const;

/**
 * `teleguest compare`: estimate the file (`estimateFile`; hourly counts by night presence) while
 * SSB's tables are read, compare, write `--out`'s files all or none, and give the table (or
 * `--json`) to print.
 *
 * @example
 * const printed = await compareCommand({ counts: 'counts.csv', model: 'model.json', ssb: 'ssb.json', json: false, workers: 0, onDuplicate: 'error' }, { note: console.error });
 */
export async function compareCommand(command: CompareCommand, io: CommandIo): Promise<Printed> {
  // The SSB files are read while the counts are; a bad one stops the run like a bad count file.
  const sideInputs = ssbInputs(command);
  const [{ result, notes, inputs }, { ssb, options }] = await Promise.all([
    estimateFile(command.counts, command.model, { ...command, sideInputs, onStep: io.onStep }),
    readSsbFiles(command),
  ]);
  for (const line of notes) io.note(line);
  const comparison = compareWithSsb(result.summary, ssb, options);
  // The comparison's telecom side is the estimate's guest-nights: what the estimate warns of (daily counts, an upper bound) holds for it.
  for (const warning of result.summary.warnings ?? []) io.note(`warning: ${warning}`);
  io.onStep?.('writing');
  if (command.out !== undefined) {
    const [{ comparisonFiles }, { CSV_DIALECTS }] = await Promise.all([import('../write/comparison-files.js'), import('../write/csv-export-dialect.js')]);
    await writeOutputs(await comparisonFiles(command.out, comparison, { csvDialect: CSV_DIALECTS[command.csvDialect] }), inputs);
  }
  if (command.json) return [`${JSON.stringify(comparison, null, 2)}\n`];
  return [(await import('../write/table/format-comparison.js')).formatComparison(comparison)];
}
