import { compareWithSsb } from '../ssb/compare-with-ssb.js';
import { estimate } from './estimate.js';
import { comparisonFiles } from '../write/comparison-files.js';
import { readCounts } from '../read/read-counts.js';
import { writeFilesAtomically } from '../write/write-files-atomically.js';
import { readModel } from '../model/read-model.js';
import { formatComparison } from '../write/table/format-comparison.js';
import type { Invocation } from '../cli/parse-arguments.js';
import { readSsbFiles } from '../ssb/read-ssb-files.js';

/**
 * `teleguest compare`: read the counts, the model and SSB's tables, estimate, compare, print
 * (the table or `--json`) and with `--out` write comparison.arrow, .csv and .json, all or none.
 * Errors propagate to the CLI, which turns them into exit codes.
 *
 * @example
 * await compareCommand({ command: 'compare', counts: 'counts.csv', model: 'model.json', ssb: 'ssb.json', json: false, workers: 0 });
 */
export async function compareCommand(invocation: Extract<Invocation, { command: 'compare' }>): Promise<void> {
  const [{ counts, notes }, { model, warnings }, { ssb, options }] = await Promise.all([
    readCounts(invocation.counts, { workers: invocation.workers }),
    readModel(invocation.model),
    readSsbFiles(invocation),
  ]);
  const estimateOptions = { workers: invocation.workers, modelFile: invocation.model };
  // Hourly counts: guest-nights by night presence, as `teleguest estimate` makes them.
  const result =
    counts.utcHour === undefined ? await estimate(counts, model, estimateOptions) : await (await import('../hourly/estimate-hourly.js')).estimateHourly(counts, model, estimateOptions);
  for (const line of [...notes, ...warnings, ...result.notes]) process.stderr.write(`teleguest: ${line}\n`);
  const comparison = compareWithSsb(result.summary, ssb, options);
  if (invocation.out !== undefined) await writeFilesAtomically(await comparisonFiles(invocation.out, comparison));
  process.stdout.write(invocation.json ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparison(comparison));
}
