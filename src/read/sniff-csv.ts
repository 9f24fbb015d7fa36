import { open } from 'node:fs/promises';
import { fileError, InputError } from '../errors.js';
import type { TextEncoding } from './counts-layout.js';

/** What the first bytes of a CSV file say about how to read the rest. */
export interface CsvDialect {
  delimiter: ',' | ';' | '\t';
  /** `;`-delimited files come from locales that write decimals with a comma. */
  decimalComma: boolean;
  /**
   * The one given (`--encoding`); else UTF-8, or Windows-1252 when the first 64 KiB are not
   * UTF-8 (older Excel exports). UTF-8 from the first bytes is decided over the whole file as it is read.
   */
  encoding: TextEncoding;
}

const SNIFF_BYTES = 64 * 1024;

/**
 * Detect the delimiter from the header line (`;` if it has one outside quotes, else a tab,
 * else `,`) and, unless `encoding` is given, the encoding from the first 64 KiB: UTF-8, or
 * Windows-1252 when the sample is not UTF-8 and holds no UTF-8 sequence at all. Refuses empty files and files that are
 * plainly not CSV: a NUL byte (binary), or JSON.
 *
 * @example
 * await sniffCsv('fixtures/hallingdal/counts.csv'); // { delimiter: ',', decimalComma: false, encoding: 'utf-8' }
 */
export async function sniffCsv(file: string, given?: TextEncoding): Promise<CsvDialect> {
  let head: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileError(file, 'read', error);
  }
  if (head.length === 0) throw new InputError('E_EMPTY', 'the file is empty; expected a header line such as date,area,devices', { file, line: 1 });
  // Excel's "Unicode text" is UTF-16 with a byte-order mark; its NUL bytes would look binary.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new InputError('E_ENCODING', 'the file is UTF-16 text, not UTF-8; save it as CSV UTF-8', { file, line: 1 });
  }
  const nul = head.indexOf(0);
  if (nul !== -1) {
    const { line, column } = lineAndColumn(head, nul);
    // Text up to the zeros (a PNG's first bytes are not): a CSV padded with zeros, located.
    const before = head.subarray(0, nul);
    const text = line > 1 && isUtf8(before) && !/[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(before.toString('latin1'));
    if (!text) throw new InputError('E_NOT_CSV', 'the file is binary, not CSV text', { file, line: 1 });
    throw new InputError('E_NOT_CSV', 'NUL bytes from here on: the file is binary, or was padded with zeros (a crash or a full disk while it was written)', {
      file,
      line,
      column,
    });
  }
  // The first line ends with a CR that no LF follows: every line does (csv-parse would see one long line).
  const [firstCr, firstLf] = [head.indexOf(13), head.indexOf(10)];
  if (firstCr !== -1 && (firstLf === -1 || (firstCr < firstLf && firstCr + 1 !== firstLf))) {
    throw new InputError('E_CSV', 'lines end with CR alone (old Mac Excel); save the file as CSV with Windows (CR LF) or Unix (LF) line endings', {
      file,
      line: 1,
    });
  }
  // Latin-1 only when nothing in the sample is UTF-8 beyond ASCII: a UTF-8 file with one stray
  // byte stays UTF-8, and the reader names the line with that byte.
  const encoding = given ?? (isUtf8(head) || /[\xc2-\xf4][\x80-\xbf]/.test(head.toString('latin1')) ? 'utf-8' : 'windows-1252');
  // TextDecoder's "latin1" is Windows-1252 (the WHATWG encoding standard); Buffer's is ISO-8859-1.
  const text = (encoding === 'latin1' ? head.toString('latin1') : new TextDecoder(encoding).decode(head)).replace(/^\uFEFF/, '');
  const looksLike = /^\s*[{[]/.test(text) ? 'JSON' : /^\s*</.test(text) ? 'HTML (a web page)' : undefined;
  if (looksLike !== undefined)
    throw new InputError('E_NOT_CSV', `the file looks like ${looksLike}, not CSV with a header line such as date,area,devices`, { file, line: 1 });
  const firstLine = text.split('\n', 1)[0]!.replace(/\r$/, '');
  // Quoted parts of the header cannot hold the delimiter.
  const header = firstLine.replace(/"[^"]*"/g, '');
  if (!/[,;\t]/.test(header) && /[^\w\s"]/.test(header)) {
    // One "column" with other punctuation in it: a delimiter this reader does not know (| or :).
    throw new InputError('E_NOT_CSV', `the header "${firstLine}" has no , ; or tab between its names; expected a header such as date,area,devices`, {
      file,
      line: 1,
    });
  }
  const delimiter = header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',';
  return { delimiter, decimalComma: delimiter === ';', encoding };
}

/** The 1-based line and column (in bytes) of `position`. */
function lineAndColumn(bytes: Buffer, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = bytes.indexOf(10); at !== -1 && at < position; at = bytes.indexOf(10, at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: position - lineStart + 1 };
}

/** Valid UTF-8, allowing a character cut off at the end of the sample. */
function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
