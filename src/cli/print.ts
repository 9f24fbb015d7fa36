import type { Writable } from 'node:stream';
import { fileError } from '../errors.js';
import type { Printed } from '../pipeline/command-io.js';

/** What messages call standard output. */
export const STDOUT_NAME = 'standard output';

/**
 * Write chunks (text, or a file's bytes) to `out` in order, waiting where its buffer is full,
 * then until the last chunk has gone out. Each wait listens for `drain` (or the last write's
 * callback), `error` and `close`, and removes its listeners when one comes, so a long output through a
 * slow pipe (`| jq`) leaves no listeners behind. Stops quietly when `out` is destroyed or its
 * reader has gone away (EPIPE); any other failure to write (a full disk, `> /dev/full`), whether
 * `write` throws it or `out` reports it, is thrown as `fileError(STDOUT_NAME, 'write', …)`:
 * `standard output: cannot write: no space left on the device`.
 *
 * @example
 * await print(jsonChunks(summary), process.stdout);
 */
export async function print(chunks: Printed, out: Writable): Promise<void> {
  // One chunk behind, so that only the last write carries a callback: a callback on each of a
  // summary's thousands of chunks cost a national `--json` about 0.15 s.
  let previous: string | Uint8Array | undefined;
  for (const chunk of chunks) {
    if (previous !== undefined && !(await put(out, previous))) return;
    previous = chunk;
  }
  if (previous === undefined) return;
  let written!: () => void;
  const last = new Promise<void>((resolve) => (written = resolve));
  if (!(await put(out, previous, written))) return;
  if (!failed(out)) await settled(out, last);
  failed(out);
}

/** Write one chunk, waiting while `out` is full; false when `out` can take no more (see `failed`). */
async function put(out: Writable, chunk: string | Uint8Array, callback?: () => void): Promise<boolean> {
  if (failed(out)) return false;
  let flowing: boolean;
  try {
    flowing = callback === undefined ? out.write(chunk) : out.write(chunk, callback);
  } catch (error) {
    throw printError(error);
  }
  if (!flowing && !failed(out)) await settled(out, 'drain');
  return true;
}

/** Whether `out` can take no more: destroyed, or failed. Throws its failure, unless the reader went away. */
function failed(out: Writable): boolean {
  const error = out.errored;
  if (error !== null && (error as NodeJS.ErrnoException).code !== 'EPIPE') throw printError(error);
  return out.destroyed || error !== null;
}

function printError(error: unknown): Error {
  return fileError(STDOUT_NAME, 'write', error);
}

/** Wait for `drain` (or for `until`, the last write's callback), or for `out` to fail or close. */
function settled(out: Writable, until: 'drain' | Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    out.on('error', done).on('close', done);
    if (until === 'drain') out.on('drain', done);
    else void until.then(done);
  });
}
