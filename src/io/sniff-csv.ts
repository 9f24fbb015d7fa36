import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** What the first bytes of a CSV file say about how to read the rest. */
export interface CsvDialect {
  delimiter: ',' | ';' | '\t';
  /** `;`-delimited files come from locales that write decimals with a comma. */
  decimalComma: boolean;
}

const SNIFF_BYTES = 64 * 1024;

/**
 * Detect the delimiter from the header line: `;` if it has one, else a tab, else `,`.
 * Refuses empty files and files that are plainly not text (a NUL byte in the first 64 KiB).
 *
 * @example
 * await sniffCsv('fixtures/hallingdal/counts.csv'); // { delimiter: ',', decimalComma: false }
 */
export async function sniffCsv(file: string): Promise<CsvDialect> {
  const handle = await open(file, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (head.length === 0) throw new InputError('E_EMPTY', 'the file is empty; expected a header line such as date,area,devices', { file });
  if (head.includes(0)) throw new InputError('E_NOT_CSV', 'the file is binary, not CSV text', { file, line: 1 });
  const newline = head.indexOf(10);
  const header = head.subarray(0, newline === -1 ? head.length : newline).toString('utf8');
  const delimiter = header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',';
  return { delimiter, decimalComma: delimiter === ';' };
}
