import { Transform, type TransformCallback } from 'node:stream';
import type { TextEncoding } from './counts-layout.js';

/** What the file's encoding turned out to be, and from which line its first byte beyond ASCII is. */
export interface DetectedEncoding {
  encoding: TextEncoding;
  /** 1-based line of the first byte beyond ASCII; undefined when every byte was ASCII. */
  line?: number;
}

/**
 * A stream that turns a CSV's bytes into UTF-8 for csv-parse. `utf-8` passes them through (bytes
 * that are not UTF-8 then show as U+FFFD, which the reader locates); `latin1` (ISO-8859-1) and
 * `windows-1252` are decoded and re-encoded. `detect` decides over the whole file in one pass:
 * every byte before the first one beyond ASCII reads the same in all three, so the first such
 * byte decides: the start of a valid UTF-8 sequence means UTF-8, anything else Windows-1252 (what
 * Excel on Windows saves; Latin-1 but for € and the like at 0x80–0x9F). `onDetected` is told once
 * the stream ends.
 *
 * @example
 * pipeline(createReadStream('counts.csv'), transcodeToUtf8('detect', (found) => …), parse(…), done);
 */
export function transcodeToUtf8(encoding: TextEncoding | 'detect', onDetected: (found: DetectedEncoding) => void = () => {}): Transform {
  let decided: TextEncoding | undefined = encoding === 'detect' ? undefined : encoding;
  let decoder = decided === 'windows-1252' ? new TextDecoder('windows-1252') : undefined;
  let line = 1;
  let firstBeyondAscii: number | undefined;
  // Bytes held back at a chunk's end: a UTF-8 sequence that may go on in the next chunk.
  let held = Buffer.alloc(0);
  const convert = (bytes: Buffer): Buffer => {
    if (decided === 'utf-8' || bytes.length === 0) return bytes;
    if (decided === 'latin1') return Buffer.from(bytes.toString('latin1'), 'utf8');
    return Buffer.from(decoder!.decode(bytes, { stream: true }), 'utf8');
  };
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      if (decided !== undefined) return done(null, convert(chunk));
      const bytes = held.length === 0 ? chunk : Buffer.concat([held, chunk]);
      held = Buffer.alloc(0);
      const at = firstBeyondAsciiIn(bytes);
      if (at === -1) {
        line += countLineFeeds(bytes, bytes.length);
        return done(null, bytes);
      }
      const sequence = utf8SequenceAt(bytes, at);
      if (sequence === 'short') {
        // Decide once the next chunk shows the rest; pass on what comes before.
        line += countLineFeeds(bytes, at);
        held = Buffer.from(bytes.subarray(at));
        return done(null, bytes.subarray(0, at));
      }
      firstBeyondAscii = line + countLineFeeds(bytes, at);
      decided = sequence === 'valid' ? 'utf-8' : 'windows-1252';
      if (decided === 'windows-1252') decoder = new TextDecoder('windows-1252');
      done(null, convert(bytes));
    },
    flush(done: TransformCallback) {
      // A file that ends inside a UTF-8 sequence: not UTF-8 after all.
      if (decided === undefined && held.length > 0) {
        firstBeyondAscii = line;
        decided = 'windows-1252';
        decoder = new TextDecoder('windows-1252');
      }
      const rest = convert(held);
      const tail = decoder === undefined ? '' : decoder.decode();
      onDetected({ encoding: decided ?? 'utf-8', ...(firstBeyondAscii !== undefined && { line: firstBeyondAscii }) });
      done(null, tail === '' ? rest : Buffer.concat([rest, Buffer.from(tail, 'utf8')]));
    },
  });
}

/** Whether a valid UTF-8 sequence starts at `at`, or the bytes end before it could be told. */
function utf8SequenceAt(bytes: Buffer, at: number): 'valid' | 'invalid' | 'short' {
  const lead = bytes[at]!;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0) return 'invalid';
  if (at + length > bytes.length) return 'short';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, at + length));
    return 'valid';
  } catch {
    return 'invalid';
  }
}

/** The index of the first byte above 0x7f, or -1. */
function firstBeyondAsciiIn(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

function countLineFeeds(bytes: Buffer, end: number): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at !== -1 && at < end; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}
