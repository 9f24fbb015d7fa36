import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileError } from '../errors.js';

/** What messages call counts read from standard input. */
export const STDIN_NAME = 'stdin';

/** Standard input copied to a file of its own, and how to show and remove that file. */
export interface SpooledStdin {
  path: string;
  /** `text` with the file's path shown as `stdin`. */
  show: (text: string) => string;
  remove: () => void;
}

/** Where `spoolStdin` reads and how it writes; tests inject faults here. */
export interface SpoolOptions {
  /** Default process.stdin. */
  input?: Readable;
  /** Open the copy for writing (default: a file only its owner may read). */
  open?: (path: string) => Writable;
}

/**
 * Copy standard input (`-` in place of the counts file) to a private temporary file, so that the
 * one pipeline reads it as it reads any file: its first bytes inspected, then read once, errors
 * located by line. Removed when the process exits, however it exits.
 *
 * A failure is an `InputError` naming what failed: the temporary folder or the copy
 * (`/tmp/teleguest-stdin-x1Yz/stdin: cannot write: no space left on the device`; set TMPDIR to
 * spool elsewhere), or standard input itself (`stdin: cannot read: it is a folder`).
 *
 * @example
 * const spooled = await spoolStdin();
 * await estimateFile(spooled.path, 'model.json');
 */
export async function spoolStdin(options: SpoolOptions = {}): Promise<SpooledStdin> {
  const { input = process.stdin, open = (path: string) => createWriteStream(path, { mode: 0o600 }) } = options;
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'teleguest-stdin-'));
  } catch (error) {
    throw fileError(tmpdir(), 'write', error);
  }
  const path = join(dir, STDIN_NAME);
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  // The pipeline passes the first failure on to both streams; the first to report it is where it happened.
  let failing: 'read' | 'write' | undefined;
  const readFailed = () => (failing ??= 'read');
  input.once('error', readFailed);
  try {
    const output = open(path);
    output.once('error', () => (failing ??= 'write'));
    await pipeline(input, output);
  } catch (error) {
    remove();
    throw failing === 'read' ? fileError(STDIN_NAME, 'read', error) : fileError(path, 'write', error);
  } finally {
    input.off('error', readFailed);
  }
  return { path, show: (text) => text.split(path).join(STDIN_NAME), remove };
}
