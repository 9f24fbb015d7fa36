/** The frame's magic number, 0x184D2204, as its four bytes come in the file. */
const MAGIC = [0x04, 0x22, 0x4d, 0x18];
/** FLG: version 01 in bits 7–6; bit 1 is reserved and bit 0 (a dictionary) is not for Arrow's buffers. */
const FLG_FIXED_BITS = 0xc3;
const FLG_VERSION = 0x40;
const FLG_BLOCK_CHECKSUM = 0x10;
const FLG_CONTENT_SIZE = 0x08;
const FLG_CONTENT_CHECKSUM = 0x04;
/** BD: the block maximum size in bits 6–4 (4 to 7: 64 KiB to 4 MiB); the other bits are reserved. */
const BD_RESERVED_BITS = 0x8f;
/** A block size's high bit: the block is stored as it is. */
const BLOCK_UNCOMPRESSED = 0x80000000;
const MIN_MATCH = 4;

/**
 * Decompress one LZ4 frame (the LZ4 frame format, as Arrow IPC's LZ4_FRAME codec writes each
 * buffer) into exactly `length` bytes. Blocks may be linked (a match reaching back into the block
 * before, as Arrow C++ and so pyarrow write them) or independent, stored or compressed, with or
 * without checksums, which are skipped, not verified. Every length and offset is checked against
 * the bytes there are: a damaged frame throws an Error, never writes past `length` bytes, and
 * takes time in proportion to its size.
 *
 * @example
 * decompressLz4Frame(Uint8Array.of(4, 34, 77, 24, 96, 64, 130, 3, 0, 0, 128, 97, 98, 99, 0, 0, 0, 0), 3); // 'abc' as bytes
 */
export function decompressLz4Frame(input: Uint8Array, length: number): Uint8Array {
  const output = new Uint8Array(length);
  let at = 0;
  const need = (bytes: number) => {
    if (at + bytes > input.length) throw new Error(`the LZ4 frame is cut short at byte ${at}`);
  };
  const uint32 = () => {
    need(4);
    const value = (input[at]! | (input[at + 1]! << 8) | (input[at + 2]! << 16) | (input[at + 3]! << 24)) >>> 0;
    at += 4;
    return value;
  };
  need(7);
  if (MAGIC.some((byte, i) => input[i] !== byte)) throw new Error('not an LZ4 frame: no magic number');
  const [flags, descriptor] = [input[4]!, input[5]!];
  const sizeCode = descriptor >> 4;
  if ((flags & FLG_FIXED_BITS) !== FLG_VERSION || (descriptor & BD_RESERVED_BITS) !== 0 || sizeCode < 4)
    throw new Error('the LZ4 frame descriptor is not version 1 without a dictionary');
  const blockMaxSize = 1 << (8 + 2 * sizeCode);
  at = 6;
  if (flags & FLG_CONTENT_SIZE) {
    const [low, high] = [uint32(), uint32()];
    if (low + high * 2 ** 32 !== length) throw new Error(`the LZ4 frame holds ${low + high * 2 ** 32} bytes, not ${length}`);
  }
  at += 1; // the header checksum
  let written = 0;
  for (let size = uint32(); size !== 0; size = uint32()) {
    const stored = (size & BLOCK_UNCOMPRESSED) !== 0;
    const blockSize = size & ~BLOCK_UNCOMPRESSED;
    if (blockSize > blockMaxSize) throw new Error(`an LZ4 block of ${blockSize} bytes is larger than the frame's ${blockMaxSize}`);
    need(blockSize);
    if (stored) {
      if (written + blockSize > length) throw new Error(`the LZ4 frame holds more than ${length} bytes`);
      output.set(input.subarray(at, at + blockSize), written);
      written += blockSize;
    } else written = decompressBlock(input.subarray(at, at + blockSize), output, written);
    at += blockSize + (flags & FLG_BLOCK_CHECKSUM ? 4 : 0);
  }
  at += flags & FLG_CONTENT_CHECKSUM ? 4 : 0;
  if (at !== input.length) throw new Error(`the LZ4 frame ends at byte ${at} of ${input.length}`);
  if (written !== length) throw new Error(`the LZ4 frame holds ${written} bytes, not ${length}`);
  return output;
}

/**
 * Decode one compressed block into `output` from `written` on, and return where it ends. A
 * sequence is a token (literal count, match length), the literals, then a match: a 2-byte offset
 * back into what is already written (a block before it too) and its length; the last has no match.
 */
function decompressBlock(block: Uint8Array, output: Uint8Array, written: number): number {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`an LZ4 block is damaged at its byte ${at}: ${why}`);
  };
  // A length of 15 goes on in the bytes after, each adding up to 255.
  const longLength = (base: number) => {
    let total = base;
    if (base === 15) {
      let byte: number;
      do {
        if (at >= block.length) fail('a length runs past its end');
        byte = block[at++]!;
        total += byte;
      } while (byte === 255);
    }
    return total;
  };
  for (;;) {
    if (at >= block.length) fail('it ends without its last literals');
    const token = block[at++]!;
    const literals = longLength(token >> 4);
    if (at + literals > block.length) fail('its literals run past its end');
    if (written + literals > output.length) fail(`it holds more than ${output.length} bytes`);
    output.set(block.subarray(at, at + literals), written);
    at += literals;
    written += literals;
    if (at === block.length) return written;
    if (at + 2 > block.length) fail('a match offset runs past its end');
    const offset = block[at]! | (block[at + 1]! << 8);
    at += 2;
    if (offset === 0 || offset > written) fail(`a match reaches ${offset} bytes back from byte ${written}`);
    const match = longLength(token & 15) + MIN_MATCH;
    if (written + match > output.length) fail(`it holds more than ${output.length} bytes`);
    // A match may overlap what it writes (a run): copy byte by byte then, as the format intends.
    if (offset >= match) output.copyWithin(written, written - offset, written - offset + match);
    else for (let i = written; i < written + match; i++) output[i] = output[i - offset]!;
    written += match;
  }
}
