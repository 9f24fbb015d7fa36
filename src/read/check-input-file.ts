import { realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { fileError, InputError } from '../errors.js';

/** Folders of the kernel's pseudo-files: their sizes are not what a read gives (0, or without end). */
const PSEUDO_FOLDERS = ['/proc/', '/sys/', '/dev/'];

/**
 * Refuse, before reading, an input that is not a plain file: a folder, a named pipe (FIFO), a
 * device (`/dev/zero` would be read without end), a socket, or a kernel pseudo-file under
 * `/proc`, `/sys` or `/dev`. Links are followed. `role` names the input in the message
 * (`--model`, `codeHistory`). Returns the file's stats (its size is then true). Errors are
 * `InputError`s (exit 2): `E_READ` where the file cannot be reached, `E_NOT_FILE` otherwise.
 *
 * @example
 * await checkInputFile('/dev/zero', '--model');
 * // throws '/dev/zero: --model must be a plain file; this is a character device'
 */
export async function checkInputFile(path: string, role: string): Promise<Stats> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw fileError(path, 'read', error);
  }
  const kind = describeKind(stats);
  if (kind !== undefined) throw new InputError('E_NOT_FILE', `${role} must be a plain file; this is ${kind}`, { file: path });
  const real = await realpath(path).catch(() => path);
  if (PSEUDO_FOLDERS.some((folder) => real.startsWith(folder))) {
    throw new InputError('E_NOT_FILE', `${role} must be a plain file; ${real} is a system pseudo-file`, { file: path });
  }
  return stats;
}

/**
 * What a file is, in words, when it is not a plain file (undefined for one): the wording of the
 * inputs' refusals here and of the outputs' (`writeFilesAtomically`), whose stats are `lstat`'s
 * and so may be a symbolic link's.
 *
 * @example
 * describeKind(await lstat('/dev/full')); // 'a character device'
 */
export function describeKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a plain file';
}
