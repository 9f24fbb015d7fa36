import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { lstatSync, renameSync, rmdirSync, rmSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fileError, InputError, UsageError } from '../errors.js';
import { describeKind } from '../read/check-input-file.js';

/** A file to write: where, and its content as chunks (made only when it is written). */
export interface FileToWrite {
  target: string;
  content: () => Iterable<string | Uint8Array>;
}

/** What the writer needs of an open file: a write that may write fewer bytes than asked, sync, close. */
export interface WritableFile {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file-system calls the writer makes, as a seam for fault-injection tests (short writes, a
 * full disk, permission lost half-way). `open` takes numeric flags; the rest are `node:fs/promises`'.
 */
export interface WriteSystem {
  open(path: string, flags: number, mode?: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  /** Flush a folder's entries (the renames) to disk. */
  syncFolder(path: string): Promise<void>;
}

/** Node's own file system. */
export const NODE_WRITE_SYSTEM: WriteSystem = {
  open: (path, flags, mode) => open(path, flags, mode),
  rename: (from, to) => rename(from, to),
  async syncFolder(path) {
    const handle = await open(path, constants.O_RDONLY | constants.O_DIRECTORY);
    try {
      await handle.sync();
    } catch (error) {
      // Some file systems cannot sync a folder; the renames are then as durable as they allow.
      if (!['EINVAL', 'ENOTSUP', 'EISDIR', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    } finally {
      await handle.close();
    }
  },
};

/**
 * Temporary files start with this, then `<pid>-<random>-`, then the target's name: a later
 * run recognises those of a killed one (SIGKILL, out of memory) by it and removes them once
 * their process is gone.
 */
export const TEMPORARY_PREFIX = '.teleguest-tmp-';

/**
 * Created exclusively and never through a symbolic link: a file (or link) already at the
 * temporary name fails the open instead of being written through.
 */
const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** Temporary files being written now, so an interrupted process can remove them on its way out. */
const inProgress = new Set<string>();
/** Folders the writes under way made, parents first: removed again, if empty, when a write fails or is interrupted. */
const foldersMade = new Set<string>();
/** Whether any set of files has been renamed into place in this process. */
let committed = false;

/** Options of `writeFilesAtomically`. */
export interface WriteOptions {
  /** The file system to write through (default: Node's); tests inject faults here. */
  system?: WriteSystem;
}

/**
 * Write files so that either all of them are replaced or none: each is written under a
 * temporary name beside its target (folders created as needed), every chunk written whole
 * (a short write is continued, a write that makes no progress fails) and synced; the renames
 * come only once all are complete and after checking that nothing but a plain file stands at
 * each target, all in one step without awaiting in between, so that no signal handler runs
 * between two of them; then each folder is synced so the renames outlive a power cut. A
 * failure leaves the previous files byte for byte and removes its own temporary files, and the
 * folders it made, deepest first, where they are empty.
 * Temporary files left by killed runs (see `TEMPORARY_PREFIX`) are removed from each folder
 * written to, when the process that made them is no longer running.
 *
 * @example
 * await writeFilesAtomically([{ target: 'out/summary.json', content: () => ['{}\n'] }]);
 */
export async function writeFilesAtomically(files: FileToWrite[], options: WriteOptions = {}): Promise<void> {
  const system = options.system ?? NODE_WRITE_SYSTEM;
  const targets = files.map(({ target }) => resolve(target));
  const twice = targets.find((target, index) => targets.indexOf(target) !== index);
  if (twice !== undefined) throw new UsageError(`two outputs would both be written to ${twice}`);
  const folders = [...new Set(targets.map((target) => dirname(target)))];
  const written: string[] = [];
  // The folders this write made, parents first.
  const made: string[] = [];
  try {
    for (const folder of folders) {
      await makeFolder(folder, made);
      await removeStaleTemporaries(folder);
    }
    for (const [index, { content }] of files.entries()) {
      const target = targets[index]!;
      await checkTarget(target);
      const temporary = join(dirname(target), `${TEMPORARY_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}-${basename(target)}`);
      inProgress.add(temporary);
      written.push(temporary);
      await writeChunks(system, temporary, content(), target);
    }
    if (system === NODE_WRITE_SYSTEM) {
      // Synchronous: no signal handler can run between two renames.
      targets.forEach(checkTargetNow);
      for (const [index, target] of targets.entries()) renameSync(written[index]!, target);
    } else {
      for (const [index, target] of targets.entries())
        await system.rename(written[index]!, target).catch((error: unknown) => Promise.reject(fileError(target, 'write', error)));
    }
    written.forEach((file) => inProgress.delete(file));
    written.length = 0;
    made.forEach((folder) => foldersMade.delete(folder));
    committed = files.length > 0;
    for (const folder of folders) await system.syncFolder(folder).catch((error: unknown) => Promise.reject(fileError(folder, 'write', error)));
  } catch (error) {
    await Promise.all(written.map((file) => rm(file, { force: true })));
    written.forEach((file) => inProgress.delete(file));
    // Deepest first; one that is not empty (the files renamed in before a folder's sync failed, or another's) stays.
    for (const folder of made.reverse()) {
      foldersMade.delete(folder);
      await rmdir(folder).catch(() => undefined);
    }
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
  for (const folder of [...foldersMade].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty, or gone: it stays as it is.
    }
  }
  foldersMade.clear();
  return discarded ? 'discarded' : committed ? 'complete' : 'none';
}

/**
 * Remove from `folder` the temporary files of runs that were killed before they could: those
 * named `TEMPORARY_PREFIX<pid>-…` whose process is no longer running (a running one, this
 * process included, may be writing them now). Returns the names removed.
 *
 * @example
 * await removeStaleTemporaries('out'); // ['.teleguest-tmp-41234-9f2c1ab03e4d-daily.csv']
 */
export async function removeStaleTemporaries(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = /^\.teleguest-tmp-(\d+)-[0-9a-f]+-/.exec(name);
    if (match === null || isRunning(Number(match[1]))) continue;
    const file = join(folder, name);
    // Only plain files: never a folder or whatever a link points at.
    const stats = await lstat(file).catch(() => undefined);
    if (stats === undefined || !(stats.isFile() || stats.isSymbolicLink())) continue;
    await rm(file, { force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}

/** Whether a process of that id runs (one of another user's counts as running). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Create a folder and its missing parents one by one: Node's recursive `mkdir` loops without
 * end on some paths (`/proc/x`), where a plain `mkdir` fails at once. Each folder it makes is
 * pushed on `made` (and `foldersMade`), parents first, so that a failed write can remove it again.
 */
async function makeFolder(folder: string, made: string[]): Promise<void> {
  const missing: string[] = [];
  for (let at = folder; ; at = dirname(at)) {
    const stats = await lstat(at).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? undefined : Promise.reject(fileError(at, 'write', error)),
    );
    if (stats !== undefined) {
      if (!stats.isDirectory() && !(stats.isSymbolicLink() && (await isFolder(at)))) throw fileError(at, 'write', { code: 'EEXIST' });
      break;
    }
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing) {
    // One made meanwhile by another (EEXIST) is not this write's to remove.
    const madeHere = await mkdir(at).then(
      () => true,
      (error: NodeJS.ErrnoException) => (error.code === 'EEXIST' ? false : Promise.reject(fileError(at, 'write', error))),
    );
    if (!madeHere) continue;
    made.push(at);
    foldersMade.add(at);
  }
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * Anything but a plain file where an output goes is refused, saying what it is: a folder would
 * make its rename fail halfway, and a rename would replace a symbolic link, a named pipe or a
 * device (`/dev/full`) instead of writing to it.
 */
async function checkTarget(target: string): Promise<void> {
  refuseNotPlain(target, await lstat(target).catch(() => undefined));
}

/** `checkTarget` again, synchronously, just before the renames. */
function checkTargetNow(target: string): void {
  refuseNotPlain(target, lstatSync(target, { throwIfNoEntry: false }));
}

function refuseNotPlain(target: string, stats: Stats | undefined): void {
  const kind = stats === undefined ? undefined : describeKind(stats);
  if (kind !== undefined) throw new InputError('E_WRITE', `cannot write: it is ${kind}`, { file: target });
}

async function writeChunks(system: WriteSystem, file: string, chunks: Iterable<string | Uint8Array>, target: string): Promise<void> {
  try {
    const handle = await system.open(file, EXCLUSIVE, 0o666);
    try {
      for (const chunk of chunks) await writeWhole(handle, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileError(target, 'write', error);
  }
}

/** Write all of `bytes`, continuing after a short write; a write of nothing would loop forever, so it fails. */
async function writeWhole(handle: WritableFile, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (!(bytesWritten > 0)) throw Object.assign(new Error('the system wrote nothing'), { code: 'EIO' });
    offset += bytesWritten;
  }
}
