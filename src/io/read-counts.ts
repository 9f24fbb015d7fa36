import { open } from 'node:fs/promises';
import { chooseScanThreads } from '../pool/choose-threads.js';
import type { CountColumns } from '../count-columns.js';
import { fileError } from '../errors.js';
import { readCountsArrow } from './read-counts-arrow.js';
import type { ReadCountsOptions } from './rejected-row.js';
import { scanCountsCsv } from './scan-counts-csv.js';
import { sniffCsv } from './sniff-csv.js';

/** Counts read from a file, with notes worth telling the user (ignored columns). */
export interface CountsRead {
  counts: CountColumns;
  notes: string[];
}

/**
 * Read device counts from a CSV or an Arrow IPC file, told apart by their first bytes
 * (Arrow files begin with `ARROW1`, Arrow streams with a continuation marker), not by name.
 * A plain UTF-8, comma-separated CSV goes through the byte scanner; anything it does not
 * handle, and every file with an error, through csv-parse (same columns, see scan-counts-csv).
 *
 * @example
 * const { counts, notes } = await readCounts('fixtures/hallingdal/counts.csv');
 */
export async function readCounts(file: string, options: ReadCountsOptions = {}): Promise<CountsRead> {
  if (await isArrow(file)) return readCountsArrow(file, options);
  const dialect = await sniffCsv(file);
  const plain = dialect.delimiter === ',' && dialect.encoding === 'utf8' ? await scanPlainCsv(file, options.workers ?? 'auto') : undefined;
  // csv-parse is loaded only when a file needs it: ~35 ms of start-up a plain file does not pay.
  const read = plain ?? (await (await import('./read-counts-csv.js')).readCountsCsv(file, options, dialect));
  // A file cut off inside its last number still parses; a missing final line ending is the only trace.
  if (!(await endsWithNewline(file))) read.notes.push(`${file}: the last line has no line ending; check that the file is complete`);
  return read;
}

/** The byte scanner, in parts on worker threads when asked to (`workers` ≥ 2), else whole. */
async function scanPlainCsv(file: string, workers: number | 'auto'): Promise<CountsRead | undefined> {
  const threads = chooseScanThreads(workers);
  // Loaded only when used: Piscina's start-up is not paid by a file read whole.
  const inParts = threads > 1 ? await (await import('./scan-in-parallel.js')).scanInParallel(file, threads) : undefined;
  return inParts ?? scanCountsCsv(file);
}

async function endsWithNewline(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, Math.max(0, size - 1));
    return last[0] === 10;
  } finally {
    await handle.close();
  }
}

async function isArrow(file: string): Promise<boolean> {
  const head = Buffer.alloc(6);
  let bytesRead: number;
  try {
    const handle = await open(file, 'r');
    try {
      ({ bytesRead } = await handle.read(head, 0, 6, 0));
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileError(file, 'read', error);
  }
  return head.subarray(0, bytesRead).toString('latin1') === 'ARROW1' || (bytesRead >= 4 && head.readUInt32LE(0) === 0xffffffff);
}
