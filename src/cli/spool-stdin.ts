import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** What messages call counts read from standard input. */
export const STDIN_NAME = 'stdin';

/** Standard input copied to a file of its own, and how to show and remove that file. */
export interface SpooledStdin {
  path: string;
  /** `text` with the file's path shown as `stdin`. */
  show: (text: string) => string;
  remove: () => void;
}

/**
 * Copy standard input (`-` in place of the counts file) to a private temporary file, so that the
 * one pipeline reads it as it reads any file: its first bytes inspected, then read once, errors
 * located by line. Removed when the process exits, however it exits.
 *
 * @example
 * const spooled = await spoolStdin();
 * await estimateFile(spooled.path, 'model.json');
 */
export async function spoolStdin(): Promise<SpooledStdin> {
  const dir = mkdtempSync(join(tmpdir(), 'teleguest-stdin-'));
  const path = join(dir, STDIN_NAME);
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  await pipeline(process.stdin, createWriteStream(path, { mode: 0o600 }));
  return { path, show: (text) => text.split(path).join(STDIN_NAME), remove };
}
