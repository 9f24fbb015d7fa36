import { NUMBER_BYTES, writeNumber } from './number-bytes.js';

/**
 * Lines of a large text file built as bytes in one growing buffer, handed out in chunks: pieces
 * encoded once (a date, an area code, a delimiter) are copied in, numbers written digit by digit
 * (`writeNumber`). Nothing is made per cell, so millions of cells leave no garbage to collect.
 *
 * @example
 * const lines = new ByteLines();
 * lines.text(new TextEncoder().encode('2024-01-01,3320,'));
 * lines.number(1308.04, 46);
 * lines.byte(10);
 * new TextDecoder().decode(lines.take()); // '2024-01-01,3320,1308.04\n'
 */
export class ByteLines {
  private buffer: Uint8Array;
  private at = 0;

  constructor(capacity = 1 << 20) {
    this.buffer = new Uint8Array(capacity);
  }

  /** Bytes written since the last `take`. */
  get length(): number {
    return this.at;
  }

  text(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  byte(code: number): void {
    this.room(1);
    this.buffer[this.at++] = code;
  }

  /** `value` as `String()` writes it, with `decimalMark` for the point; nothing for NaN. */
  number(value: number, decimalMark: number): void {
    if (Number.isNaN(value)) return;
    this.room(NUMBER_BYTES);
    this.at = writeNumber(this.buffer, this.at, value, decimalMark);
  }

  /** What was written since the last `take`, as a copy of its own (a caller may hold it while more is written). */
  take(): Uint8Array {
    const chunk = this.buffer.slice(0, this.at);
    this.at = 0;
    return chunk;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(2 * this.buffer.length, this.at + bytes));
    grown.set(this.buffer.subarray(0, this.at));
    this.buffer = grown;
  }
}
