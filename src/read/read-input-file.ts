import { open, type FileHandle } from 'node:fs/promises';
import { fileError, InputError } from '../errors.js';
import { checkInputFile } from './check-input-file.js';

/** The most bytes a model file may have: models are kilobytes; this leaves room for byArea over every municipality. */
export const MAX_MODEL_BYTES = 16 * 1024 * 1024;
/** The most bytes of a side file read whole (deduction files, SSB tables, capacities, code history). */
export const MAX_SIDE_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Read a whole input file that is meant to be small, after `checkInputFile`, and never more than
 * `maxBytes` of it: a larger file is refused (`E_TOO_BIG`) instead of filling memory, and
 * the read stops there even where the size the system reports is wrong.
 *
 * @example
 * const bytes = await readInputFile('model.json', '--model', MAX_MODEL_BYTES);
 */
export async function readInputFile(path: string, role: string, maxBytes: number): Promise<Buffer> {
  const { size } = await checkInputFile(path, role);
  if (size > maxBytes) throw tooBig(path, role, maxBytes);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileError(path, 'read', error);
  }
  try {
    // One byte more than the size: reading it says the file grew (a pseudo-file, a file being written).
    return await readUpTo(handle, Buffer.alloc(Math.min(size, maxBytes) + 1), path, role, maxBytes);
  } catch (error) {
    throw error instanceof InputError ? error : fileError(path, 'read', error);
  } finally {
    await handle.close();
  }
}

/** Read into `buffer`, growing it up to one byte over `maxBytes`; that byte read means too big. */
async function readUpTo(handle: FileHandle, buffer: Buffer, path: string, role: string, maxBytes: number): Promise<Buffer> {
  for (let filled = 0; ;) {
    if (filled === buffer.length) {
      if (buffer.length > maxBytes) throw tooBig(path, role, maxBytes);
      const bigger = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(bigger);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
    if (bytesRead === 0) return buffer.subarray(0, filled);
    filled += bytesRead;
  }
}

function tooBig(path: string, role: string, maxBytes: number): InputError {
  return new InputError('E_TOO_BIG', `${role} is larger than ${maxBytes / 1024 / 1024} MiB, more than such a file can sensibly hold`, { file: path });
}
