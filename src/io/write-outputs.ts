import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DailyColumns, Estimate } from '../estimate.js';
import { formatDailyCsv } from './format-daily-csv.js';

/**
 * Write `daily.arrow`, `daily.csv` and `summary.json` into `dir` (created if needed). Each file
 * is written under a temporary name first and all are renamed only once all are complete, so
 * a failure leaves the previous outputs as they were and no temporary files behind.
 *
 * @example
 * await writeOutputs('out/hallingdal', await estimate(counts, model, { daily: true }));
 */
export async function writeOutputs(dir: string, result: Estimate): Promise<string[]> {
  if (result.daily === undefined) throw new TypeError('writeOutputs needs daily columns: call estimate(counts, model, { daily: true })');
  const withDaily = result as Estimate & { daily: DailyColumns };
  await mkdir(dir, { recursive: true });
  // Arrow is loaded only for commands that write it.
  const { tableToIPC } = await import('apache-arrow');
  const { dailyTable } = await import('./daily-table.js');
  const files: Array<[string, () => Iterable<string | Uint8Array>]> = [
    ['summary.json', () => [`${JSON.stringify(result.summary, null, 2)}\n`]],
    ['daily.csv', () => formatDailyCsv(withDaily)],
    ['daily.arrow', () => [tableToIPC(dailyTable(withDaily), 'file')]],
  ];
  const temporary = files.map(([name]) => join(dir, `.${name}.${process.pid}.tmp`));
  try {
    for (const [index, [, content]] of files.entries()) await writeChunks(temporary[index]!, content());
    for (const [index, [name]] of files.entries()) await rename(temporary[index]!, join(dir, name));
  } catch (error) {
    await Promise.all(temporary.map((file) => rm(file, { force: true })));
    throw error;
  }
  return files.map(([name]) => join(dir, name));
}

async function writeChunks(file: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const chunk of chunks) await (typeof chunk === 'string' ? handle.write(chunk) : handle.write(chunk));
    await handle.sync();
  } finally {
    await handle.close();
  }
}
