import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { CountsRead } from './find-columns.js';
import { readCountsArrow } from './read-counts-arrow.js';
import { readCountsCsv } from './read-counts-csv.js';

/**
 * Read device counts from a CSV or an Arrow IPC file, told apart by their first bytes
 * (Arrow files begin with `ARROW1`, Arrow streams with a continuation marker), not by name.
 *
 * @example
 * const { counts, notes } = await readCounts('fixtures/hallingdal/counts.csv');
 */
export async function readCounts(file: string): Promise<CountsRead> {
  return (await isArrow(file)) ? readCountsArrow(file) : readCountsCsv(file);
}

async function isArrow(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new InputError('E_OPEN', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { file });
  }
  try {
    const head = Buffer.alloc(6);
    const { bytesRead } = await handle.read(head, 0, 6, 0);
    const text = head.subarray(0, bytesRead).toString('latin1');
    return text === 'ARROW1' || head.readUInt32LE(0) === 0xffffffff;
  } finally {
    await handle.close();
  }
}
