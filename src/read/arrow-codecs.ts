/**
 * The decoders for compressed Arrow IPC bodies (pyarrow's `feather.write_feather` compresses with
 * LZ4 by default, and ZSTD on request), registered with apache-arrow when this module is first
 * imported: `readCountsArrow` imports it beside apache-arrow, so runs on other input load neither.
 * apache-arrow 21 decompresses each buffer of a batch through the codec registered for the
 * batch's compression, but neither ships one nor checks what it returns: here each buffer must
 * decompress to exactly the length its 8-byte prefix says, which the structure check has bounded.
 */
import { compressionRegistry, CompressionType } from 'apache-arrow';
import { decompress as decompressZstd } from 'fzstd';
import { decompressLz4Frame } from './lz4-frame.js';

/** A compressed buffer starts with its uncompressed length: an int64, little-endian. */
const PREFIX_BYTES = 8;

/**
 * A compressed buffer that does not decompress to the length its prefix says. `at` is where the
 * prefix lies in the ArrayBuffer apache-arrow read the file from.
 *
 * @example
 * new CompressedBufferDamage('LZ4', 608, 70_128).message; // 'the LZ4-compressed buffer at byte 608 does not decompress to the 70128 bytes it says'
 */
export class CompressedBufferDamage extends Error {
  constructor(
    readonly codec: 'LZ4' | 'ZSTD',
    readonly at: number,
    readonly length: number,
    options?: ErrorOptions,
  ) {
    super(`the ${codec}-compressed buffer at byte ${at} does not decompress to the ${length} bytes it says`, options);
  }
}

/** apache-arrow's codec: `decompress` given a buffer's bytes after the prefix and the length the prefix says. */
function decoder(codec: 'LZ4' | 'ZSTD', decompress: (data: Uint8Array, length: number) => Uint8Array) {
  return {
    decode(data: Uint8Array): Uint8Array {
      // apache-arrow hands each compressed buffer over as a view of the body just past its prefix.
      const at = data.byteOffset - PREFIX_BYTES;
      const length = Number(new DataView(data.buffer, at, PREFIX_BYTES).getBigInt64(0, true));
      let decoded: Uint8Array;
      try {
        decoded = decompress(data, length);
      } catch (error) {
        throw new CompressedBufferDamage(codec, at, length, { cause: error });
      }
      if (decoded.length !== length) throw new CompressedBufferDamage(codec, at, length);
      return decoded;
    },
  };
}

compressionRegistry.set(CompressionType.LZ4_FRAME, decoder('LZ4', decompressLz4Frame));
// fzstd sizes its output by the frame's content size (or by what the blocks hold when it has
// none), and returns a view 12 bytes into what it allocated: apache-arrow needs 64-bit values
// 8-byte aligned, so such a view is copied.
compressionRegistry.set(
  CompressionType.ZSTD,
  decoder('ZSTD', (data) => {
    const decoded = decompressZstd(data);
    return decoded.byteOffset % 8 === 0 ? decoded : decoded.slice();
  }),
);
