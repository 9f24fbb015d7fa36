import type { Writable } from 'node:stream';
import type { Printed } from '../pipeline/command-io.js';

/**
 * Write chunks (text, or a file's bytes) to `out` in order, waiting where its buffer is full.
 * Each wait listens for `drain` or `close` and removes both listeners when either comes, so a
 * long output through a slow pipe (`| jq`) leaves no listeners behind. Stops when `out` is
 * destroyed (its reader has gone away).
 *
 * @example
 * await print(jsonChunks(summary), process.stdout);
 */
export async function print(chunks: Printed, out: Writable): Promise<void> {
  for (const chunk of chunks) {
    if (out.destroyed) return;
    if (!out.write(chunk)) await writable(out);
  }
}

function writable(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done).off('close', done);
      resolve();
    };
    out.on('drain', done).on('close', done);
  });
}
