import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decompressLz4Raw } from 'hyparquet-compressors';
import { decompressLz4Frame } from '../../src/read/lz4-frame.js';
import { bodyBuffers } from '../helpers/arrow-blocks.js';
import { repoRoot } from '../helpers/repo-root.js';
import { DAYS, FIRST_DAY, MISSING, WEEKLY_AREAS } from '../helpers/weekly-counts.js';

const Lz4Frame = suite('decompressLz4Frame: one LZ4 frame, as the lz4 tool and Arrow C++ write it');

const TEXT = 'teleguest teleguest teleguest!';
/**
 * `printf 'teleguest teleguest teleguest!' > t.txt; lz4 -c --content-size -BX t.txt` (lz4 1.9.4):
 * FLG 0x7C (independent blocks, block checksum, content size, content checksum), BD 0x40 (64 KiB),
 * the content size 30, one compressed block of 19 bytes — 10 literals, a match 10 bytes back of 15
 * (overlapping what it writes), 5 literals — its checksum, the end mark, the content checksum.
 */
const EVERY_OPTION = Uint8Array.of(
  ...[4, 34, 77, 24, 124, 64, 30, 0, 0, 0, 0, 0, 0, 0, 123],
  ...[19, 0, 0, 0, 171, 116, 101, 108, 101, 103, 117, 101, 115, 116, 32, 10, 0, 80, 117, 101, 115, 116, 33],
  ...[100, 129, 113, 9, 0, 0, 0, 0, 247, 22, 221, 191],
);
/** `printf 'teleguest teleguest teleguest!' | lz4 -c --no-frame-crc`: the same block with no options. */
const PLAIN = Uint8Array.of(
  4,
  34,
  77,
  24,
  96,
  64,
  130,
  19,
  0,
  0,
  0,
  171,
  116,
  101,
  108,
  101,
  103,
  117,
  101,
  115,
  116,
  32,
  10,
  0,
  80,
  117,
  101,
  115,
  116,
  33,
  0,
  0,
  0,
  0,
);
/** Where PLAIN's block starts, with its 4-byte size: after the magic, FLG, BD and the header checksum. */
const BLOCK_AT = 7;

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

Lz4Frame('reads a frame with every option the lz4 tool writes, and one with none', () => {
  assert.is(text(decompressLz4Frame(EVERY_OPTION, TEXT.length)), TEXT);
  assert.is(text(decompressLz4Frame(PLAIN, TEXT.length)), TEXT);
});

Lz4Frame('reads a stored block: `printf abc | lz4 -c -BD -B4 --no-frame-crc`', () => {
  assert.is(text(decompressLz4Frame(Uint8Array.of(4, 34, 77, 24, 96, 64, 130, 3, 0, 0, 128, 97, 98, 99, 0, 0, 0, 0), 3)), 'abc');
});

Lz4Frame('reads linked blocks, whose matches reach back into the block before, as Arrow C++ writes them', () => {
  // The devices of the LZ4 fixture: the record batch's last buffer, 70 128 bytes in two blocks.
  const file = readFileSync(join(repoRoot, 'test/fixtures/arrow-compressed/counts-lz4.arrow'));
  const { at, length } = bodyBuffers(file).at(-1)!;
  const frame = file.subarray(at + 8, at + length);
  // FLG 0x40: version 1, blocks linked (bit 5 clear); BD 0x40: 64 KiB blocks.
  assert.equal([frame[4], frame[5]], [0x40, 0x40]);
  const devices = new Float64Array(decompressLz4Frame(frame, DAYS * 6 * 8).buffer);
  for (let row = 0; row < devices.length; row++) {
    const [day, area] = [FIRST_DAY + Math.floor(row / 6), row % 6];
    // The missing observation's null slot holds NaN, as `teleguest convert` writes it.
    const expected = day === MISSING.day && area === MISSING.area ? NaN : WEEKLY_AREAS[area]!.base + 100 * ((day + 3) % 7);
    if (!Object.is(devices[row], expected)) assert.unreachable(`row ${row}: ${devices[row]}, expected ${expected}`);
  }
  // The second block alone does not decompress: its matches need the first one's bytes.
  const second = 7 + 4 + frame.readUInt32LE(7);
  assert.is(frame.readUInt32LE(second) >>> 31, 0, 'the second block is compressed');
  assert.throws(() => decompressLz4Raw(frame.subarray(second + 4, second + 4 + frame.readUInt32LE(second)), 70_128 - 65_536), /offset out of range/);
});

Lz4Frame('refuses a frame that does not hold exactly the length asked for', () => {
  assert.throws(() => decompressLz4Frame(EVERY_OPTION, 31), /the LZ4 frame holds 30 bytes, not 31/);
  assert.throws(() => decompressLz4Frame(PLAIN, 31), /the LZ4 frame holds 30 bytes, not 31/);
  assert.throws(() => decompressLz4Frame(PLAIN, 29), /it holds more than 29 bytes/);
});

Lz4Frame('refuses damage: a frame cut short, a match before the start, a block too large, bytes after the end', () => {
  assert.throws(() => decompressLz4Frame(PLAIN.subarray(0, 20), TEXT.length), /cut short/);
  const damaged = (at: number, byte: number) => PLAIN.map((value, i) => (i === at ? byte : value));
  // The match's offset is the 2 bytes after the 10 literals: 10 → 11, before the first byte.
  assert.throws(() => decompressLz4Frame(damaged(BLOCK_AT + 4 + 1 + 10, 11), TEXT.length), /a match reaches 11 bytes back from byte 10/);
  // The block's size, 19, with its third byte set: 65 555 bytes, more than a 64 KiB block.
  assert.throws(() => decompressLz4Frame(damaged(BLOCK_AT + 2, 1), TEXT.length), /an LZ4 block of 65555 bytes is larger than the frame's 65536/);
  assert.throws(() => decompressLz4Frame(Uint8Array.of(...PLAIN, 0), TEXT.length), /the LZ4 frame ends at byte 34 of 35/);
  assert.throws(() => decompressLz4Frame(damaged(0, 0x28), TEXT.length), /not an LZ4 frame/);
});

Lz4Frame('ends on every byte of damage to a real frame: with exactly its length, or with an Error', () => {
  const seen = { decoded: 0, refused: 0 };
  for (let at = 0; at < PLAIN.length; at++)
    for (const byte of [0, 1, 0x7f, 0x80, 0xff]) {
      try {
        assert.is(
          decompressLz4Frame(
            Uint8Array.from(PLAIN, (value, i) => (i === at ? byte : value)),
            TEXT.length,
          ).length,
          TEXT.length,
        );
        seen.decoded++;
      } catch (error) {
        assert.instance(error, Error);
        seen.refused++;
      }
    }
  // Both outcomes occur: a changed literal decodes to other text; a changed magic is refused.
  assert.ok(seen.decoded > 0 && seen.refused > 0, JSON.stringify(seen));
});

Lz4Frame.run();
