import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileError } from '../errors.js';
import type { DailyColumns, Estimate } from '../estimate.js';
import { formatDailyCsv } from './format-daily-csv.js';

/** Temporary files being written now, so an interrupted process can remove them on its way out. */
const inProgress = new Set<string>();

/**
 * Write `daily.arrow`, `daily.csv` and `summary.json` into `dir` (created if needed). Every
 * file is written under a temporary name; the renames come only once all three are complete
 * and after checking that nothing but a plain file stands at each target, so a failure leaves
 * the previous outputs as they were and no temporary file behind.
 *
 * @example
 * await writeOutputs('out/hallingdal', await estimate(counts, model, { daily: true }));
 */
export async function writeOutputs(dir: string, result: Estimate & { daily: DailyColumns }): Promise<string[]> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw fileError(dir, 'write', error);
  }
  // Arrow is loaded only for commands that write it.
  const { tableToIPC } = await import('apache-arrow');
  const { dailyTable } = await import('./daily-table.js');
  const files: Array<[string, () => Iterable<string | Uint8Array>]> = [
    ['summary.json', () => [`${JSON.stringify(result.summary, null, 2)}\n`]],
    ['daily.csv', () => formatDailyCsv(result)],
    ['daily.arrow', () => [tableToIPC(dailyTable(result), 'file')]],
  ];
  const written: string[] = [];
  try {
    for (const [name, content] of files) {
      const target = join(dir, name);
      await checkTarget(target);
      const temporary = join(dir, `.${name}.${process.pid}.tmp`);
      inProgress.add(temporary);
      written.push(temporary);
      await writeChunks(temporary, content(), target);
    }
    for (const [index, [name]] of files.entries()) {
      await rename(written[index]!, join(dir, name));
      inProgress.delete(written[index]!);
    }
  } catch (error) {
    await Promise.all(written.map((file) => rm(file, { force: true })));
    written.forEach((file) => inProgress.delete(file));
    throw error;
  }
  return files.map(([name]) => join(dir, name));
}

/**
 * Remove the temporary files of a write still under way. Synchronous, for a signal handler
 * that is about to exit.
 *
 * @example
 * process.once('SIGINT', () => { removeTemporaryOutputs(); process.exit(130); });
 */
export function removeTemporaryOutputs(): void {
  for (const file of inProgress) rmSync(file, { force: true });
  inProgress.clear();
}

/** A folder (or anything but a file) where an output goes would make its rename fail halfway. */
async function checkTarget(target: string): Promise<void> {
  const stats = await lstat(target).catch(() => undefined);
  if (stats !== undefined && !stats.isFile()) throw fileError(target, 'write', { code: 'EISDIR' });
}

async function writeChunks(file: string, chunks: Iterable<string | Uint8Array>, target: string): Promise<void> {
  try {
    const handle = await open(file, 'w');
    try {
      for (const chunk of chunks) await (typeof chunk === 'string' ? handle.write(chunk) : handle.write(chunk));
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileError(target, 'write', error);
  }
}
