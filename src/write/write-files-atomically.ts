import { lstat, mkdir, open, rm } from 'node:fs/promises';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileError, UsageError } from '../errors.js';

/** A file to write: where, and its content as chunks (made only when it is written). */
export interface FileToWrite {
  target: string;
  content: () => Iterable<string | Uint8Array>;
}

/** Temporary files being written now, so an interrupted process can remove them on its way out. */
const inProgress = new Set<string>();
/** Whether any set of files has been renamed into place in this process. */
let committed = false;

/**
 * Write files so that either all of them are replaced or none: each is written under a
 * temporary name beside its target (folders created as needed) and synced; the renames come
 * only once all are complete and after checking that nothing but a plain file stands at each
 * target, all in one synchronous step, so that no signal handler runs between two of them.
 * A failure leaves the previous files as they were and no temporary file behind.
 *
 * @example
 * await writeFilesAtomically([{ target: 'out/summary.json', content: () => ['{}\n'] }]);
 */
export async function writeFilesAtomically(files: FileToWrite[]): Promise<void> {
  const targets = files.map(({ target }) => resolve(target));
  const twice = targets.find((target, index) => targets.indexOf(target) !== index);
  if (twice !== undefined) throw new UsageError(`two outputs would both be written to ${twice}`);
  const written: string[] = [];
  try {
    for (const { target, content } of files) {
      await mkdir(dirname(target), { recursive: true }).catch((error: unknown) => {
        throw fileError(dirname(target), 'write', error);
      });
      await checkTarget(target);
      const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      inProgress.add(temporary);
      written.push(temporary);
      await writeChunks(temporary, content(), target);
    }
    for (const [index, { target }] of files.entries()) renameSync(written[index]!, target);
    written.forEach((file) => inProgress.delete(file));
    committed = files.length > 0;
  } catch (error) {
    await Promise.all(written.map((file) => rm(file, { force: true })));
    written.forEach((file) => inProgress.delete(file));
    throw error;
  }
}

/**
 * For a signal handler about to exit: remove the temporary files of a write under way, and say
 * where things stand: `'discarded'` (a write was under way; earlier files are as they were),
 * `'complete'` (files were renamed into place before the signal) or `'none'`.
 *
 * @example
 * process.once('SIGINT', () => { interruptWrites(); process.exit(130); });
 */
export function interruptWrites(): 'discarded' | 'complete' | 'none' {
  const discarded = inProgress.size > 0;
  for (const file of inProgress) rmSync(file, { force: true });
  inProgress.clear();
  return discarded ? 'discarded' : committed ? 'complete' : 'none';
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
