import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { arrowIpcProblem } from '../../src/read/check-arrow-ipc.js';
import {
  blockPosition,
  bodyBuffers,
  bufferPosition,
  compressionCodecPosition,
  countsArrowFile,
  footerBlocks,
  recordBlockOnDictionary,
} from '../helpers/arrow-blocks.js';
import { repoRoot } from '../helpers/repo-root.js';

const CheckArrowIpc = suite('arrowIpcProblem: the structure of an Arrow IPC file, before apache-arrow decodes it');

CheckArrowIpc('finds nothing wrong in undamaged files and streams apache-arrow writes', () => {
  const plain = tableFromArrays({ date: ['2024-01-01', '2024-01-02'], area: ['3320', '3320'], devices: Float64Array.of(1, 2) });
  const twoBatches = plain.concat(plain);
  assert.is(twoBatches.batches.length, 2);
  for (const table of [plain, twoBatches]) {
    assert.is(arrowIpcProblem(tableToIPC(table, 'file')), undefined);
    assert.is(arrowIpcProblem(tableToIPC(table, 'stream')), undefined);
  }
  assert.is(arrowIpcProblem(countsArrowFile()), undefined);
});

CheckArrowIpc('a file cut short anywhere, its closing ARROW1 gone', () => {
  const bytes = countsArrowFile();
  for (const cut of [6, 100, bytes.length - 20, bytes.length - 1])
    assert.is(arrowIpcProblem(bytes.subarray(0, cut)), 'it is cut short: it does not end with ARROW1', `cut at ${cut}`);
});

CheckArrowIpc('a footer length larger than the file, or not positive', () => {
  const bytes = countsArrowFile();
  // The footer's length is the int32 before the closing ARROW1.
  const at = bytes.length - 10;
  for (const length of [bytes.length, 0, -8]) {
    const damaged = Buffer.from(bytes);
    damaged.writeInt32LE(length, at);
    assert.is(arrowIpcProblem(damaged), `its footer length (${length} bytes) does not fit in the file`);
  }
});

CheckArrowIpc('a record batch block that points past the end of the data', () => {
  const bytes = countsArrowFile();
  const [record] = footerBlocks(bytes).records;
  const damaged = Buffer.from(bytes);
  damaged.writeBigInt64LE(BigInt(bytes.length), blockPosition(bytes, record!));
  assert.is(arrowIpcProblem(damaged), `record batch 1 at byte ${bytes.length} lies outside the file's data`);
});

CheckArrowIpc('a block whose metadata length is zero', () => {
  const bytes = countsArrowFile();
  const [first] = footerBlocks(bytes).dictionaries;
  const damaged = Buffer.from(bytes);
  damaged.writeInt32LE(0, blockPosition(bytes, first!) + 8);
  assert.is(arrowIpcProblem(damaged), `dictionary batch 1 at byte ${first!.offset} has no metadata`);
});

CheckArrowIpc('a record batch block that points at a dictionary batch: apache-arrow would read it again and again', () => {
  const bytes = countsArrowFile();
  const { records, dictionaries } = footerBlocks(bytes);
  // A dictionary batch's metadata and body are smaller than the record batch's, so the block's
  // lengths still hold it: only the message's kind is wrong.
  assert.ok(dictionaries[0]!.metaDataLength <= records[0]!.metaDataLength && dictionaries[0]!.bodyLength <= records[0]!.bodyLength);
  assert.is(arrowIpcProblem(recordBlockOnDictionary(bytes)), `record batch 1 at byte ${dictionaries[0]!.offset} is not a record batch message`);
});

CheckArrowIpc('record batch blocks out of order', () => {
  const plain = tableFromArrays({ date: ['2024-01-01'], area: ['3320'], devices: Float64Array.of(1) });
  const bytes = Buffer.from(tableToIPC(plain.concat(plain), 'file'));
  const [first, second] = footerBlocks(bytes).records;
  const [firstAt, secondAt] = [blockPosition(bytes, first!), blockPosition(bytes, second!)];
  const damaged = Buffer.from(bytes);
  bytes.copy(damaged, firstAt, secondAt, secondAt + 24);
  bytes.copy(damaged, secondAt, firstAt, firstAt + 24);
  assert.is(arrowIpcProblem(damaged), `record batch 2 at byte ${first!.offset} does not come after the record batch before it`);
});

CheckArrowIpc('a stream cut short in its first message, or without its schema', () => {
  const bytes = Buffer.from(tableToIPC(tableFromArrays({ date: ['2024-01-01'], area: ['3320'], devices: Float64Array.of(1) }), 'stream'));
  // A stream message: the continuation marker, the metadata's length, the metadata, then a body (none for a schema).
  assert.is(bytes.readInt32LE(0), -1);
  const schemaLength = bytes.readInt32LE(4);
  assert.is(arrowIpcProblem(bytes.subarray(0, 20)), `the message at byte 0 says its metadata is ${schemaLength} bytes, past the end of the data`);
  assert.is(arrowIpcProblem(bytes.subarray(8 + schemaLength)), 'it does not start with a schema message');
});

/** The fixtures compressed by the lz4 and zstd tools, with where their record batch is and its last buffer (the devices). */
function compressed(name: 'lz4' | 'zstd') {
  const bytes = readFileSync(join(repoRoot, `test/fixtures/arrow-compressed/counts-${name}.arrow`));
  return { bytes, record: footerBlocks(bytes).records[0]!.offset, devices: bodyBuffers(bytes).at(-1)! };
}

CheckArrowIpc('finds nothing wrong in files compressed with LZ4 frames and with ZSTD', () => {
  assert.is(arrowIpcProblem(compressed('lz4').bytes), undefined);
  assert.is(arrowIpcProblem(compressed('zstd').bytes), undefined);
});

CheckArrowIpc('a compressed buffer whose prefix says more than its codec can make of its bytes, or less than nothing', () => {
  // LZ4 makes at most 255 bytes of a byte, ZSTD 32 768; each buffer's first 8 bytes are its prefix.
  for (const [name, codec, most] of [
    ['lz4', 'LZ4', 255],
    ['zstd', 'ZSTD', 32_768],
  ] as const) {
    const { bytes, record, devices } = compressed(name);
    const stored = devices.length - 8;
    const damaged = Buffer.from(bytes);
    damaged.writeBigInt64LE(BigInt(stored * most + 1), devices.at);
    assert.is(
      arrowIpcProblem(damaged),
      `the message at byte ${record} says a buffer decompresses to ${stored * most + 1} bytes, which ${stored} bytes of ${codec} cannot make`,
    );
    damaged.writeBigInt64LE(BigInt(stored * most), devices.at);
    assert.is(arrowIpcProblem(damaged), undefined, 'the most it can make is let through, for the decoder to hold it to');
    damaged.writeBigInt64LE(-2n, devices.at);
    assert.is(arrowIpcProblem(damaged), `the message at byte ${record} says a buffer decompresses to -2 bytes, which ${stored} bytes of ${codec} cannot make`);
  }
});

CheckArrowIpc('a compressed batch longer than its buffers say they decompress to', () => {
  const { bytes, record } = compressed('zstd');
  const damaged = Buffer.from(bytes);
  // The record batch's five buffers with data (dates, two index columns, the devices' validity and values), each said to hold 1 byte.
  const batch = bodyBuffers(bytes).filter(({ at, length }) => at > record && length > 0);
  assert.is(batch.length, 5);
  for (const { at } of batch) damaged.writeBigInt64LE(1n, at);
  assert.is(arrowIpcProblem(damaged), `the message at byte ${record} says a column has 8766 values, which the 5 bytes its buffers decompress to cannot hold`);
});

CheckArrowIpc('a compressed buffer too short for its prefix', () => {
  const { bytes, record, devices } = compressed('lz4');
  const damaged = Buffer.from(bytes);
  damaged.writeBigInt64LE(7n, bufferPosition(bytes, devices) + 8);
  assert.is(arrowIpcProblem(damaged), `the message at byte ${record} has a compressed buffer of 7 bytes, too short for its length`);
});

CheckArrowIpc('a compression codec that Arrow does not define', () => {
  const { bytes, record } = compressed('zstd');
  const at = compressionCodecPosition(bytes);
  assert.is(bytes[at], 1, 'ZSTD');
  const damaged = Buffer.from(bytes);
  damaged[at] = 2;
  assert.is(arrowIpcProblem(damaged), `the message at byte ${record} says it is compressed with codec 2 by method 0, which Arrow does not define`);
});

CheckArrowIpc.run();
