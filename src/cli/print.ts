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
  let last: Promise<void> | undefined;
  for (const chunk of chunks) {
    if (failed(out)) return;
    let written!: () => void;
    last = new Promise((resolve) => (written = resolve));
    let flowing: boolean;
    try {
      flowing = out.write(chunk, () => written());
    } catch (error) {
      throw printError(error);
    }
    if (!flowing && !failed(out)) await settled(out, 'drain');
  }
  if (last !== undefined && !failed(out)) await settled(out, last);
  failed(out);
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
