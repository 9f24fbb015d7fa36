import * as assert from 'uvu/assert';
import { MessageReader, RecordBatchReader, tableToIPC } from 'apache-arrow';
import { countsTable } from '../../src/write/counts-table.js';
// The decoders, for footerBlocks to open compressed files (apache-arrow decodes dictionaries as it opens one).
import '../../src/read/arrow-codecs.js';

/** A footer block: where a message is, its metadata's length with the prefix, its body's length. */
export interface Block {
  offset: number;
  metaDataLength: number;
  bodyLength: number;
}

/** Three areas over two days, as `teleguest convert` writes them: two dictionary batches (area, area_name), one record batch. */
export function countsArrowFile(): Buffer {
  const length = 6;
  const table = countsTable({
    source: 'x',
    lineKind: 'row',
    length,
    day: Int32Array.from({ length }, (_, row) => 19_723 + (row % 2)),
    area: Int32Array.from({ length }, (_, row) => row >> 1),
    devices: Float64Array.from({ length }, (_, row) => 100 * row),
    line: new Int32Array(length),
    areaCodes: ['3320', '3322', '3324'],
    areaNames: ['Flå', 'Nesbyen', 'Gol'],
    rejectedRows: 0,
    blankRows: 0,
  });
  return Buffer.from(tableToIPC(table, 'file'));
}

/** The footer's blocks, as apache-arrow reads them from an undamaged Arrow file. */
export function footerBlocks(bytes: Uint8Array): { records: Block[]; dictionaries: Block[] } {
  const footer = RecordBatchReader.from(bytes).open().footer!;
  return { records: [...footer.recordBatches()], dictionaries: [...footer.dictionaryBatches()] };
}

/** Where a block's 24 bytes (offset, metaDataLength, 4 bytes of padding, bodyLength) lie in the footer. */
export function blockPosition(bytes: Buffer, block: Block): number {
  const pattern = Buffer.alloc(24);
  pattern.writeBigInt64LE(BigInt(block.offset), 0);
  pattern.writeInt32LE(block.metaDataLength, 8);
  pattern.writeBigInt64LE(BigInt(block.bodyLength), 16);
  const at = bytes.lastIndexOf(pattern);
  assert.ok(at > 0, 'the block is in the footer');
  return at;
}

/** The file with its record batch block pointing at its first dictionary batch: apache-arrow reads that block forever. */
export function recordBlockOnDictionary(bytes: Buffer): Buffer {
  const { records, dictionaries } = footerBlocks(bytes);
  const damaged = Buffer.from(bytes);
  damaged.writeBigInt64LE(BigInt(dictionaries[0]!.offset), blockPosition(bytes, records[0]!));
  return damaged;
}

/** A buffer of a batch's body: where it starts in the file and in its body, and its length (a compressed one's with its 8-byte prefix). */
export interface BodyBuffer {
  at: number;
  offset: number;
  length: number;
}

/**
 * Every buffer of every dictionary and record batch of an Arrow file, in file order, as
 * apache-arrow's MessageReader reads the messages after the leading magic (a body lies right
 * after its message's metadata).
 */
export function bodyBuffers(bytes: Uint8Array): BodyBuffer[] {
  const reader = new MessageReader(bytes.subarray(8));
  const found: BodyBuffer[] = [];
  for (let message = reader.readMessage(); message !== null; message = reader.readMessage()) {
    const body = reader.readMessageBody(message.bodyLength);
    const batch = message.isDictionaryBatch() ? message.header().data : message.isRecordBatch() ? message.header() : undefined;
    for (const { offset, length } of batch?.buffers ?? []) found.push({ at: body.byteOffset - bytes.byteOffset + offset, offset, length });
  }
  return found;
}

/** Where a buffer's 16 bytes (offset, length) lie in its batch's metadata. */
export function bufferPosition(bytes: Buffer, buffer: BodyBuffer): number {
  const pattern = Buffer.alloc(16);
  pattern.writeBigInt64LE(BigInt(buffer.offset), 0);
  pattern.writeBigInt64LE(BigInt(buffer.length), 8);
  const at = bytes.indexOf(pattern);
  assert.ok(at > 0 && at < buffer.at, 'the buffer is in the metadata before it');
  return at;
}

/**
 * Where the record batch's compression codec (a byte) lies: the flatbuffer walked from the
 * Message table through its header (a RecordBatch) to its BodyCompression, slot by slot.
 */
export function compressionCodecPosition(bytes: Buffer): number {
  const { offset } = footerBlocks(bytes).records[0]!;
  // The continuation marker and the metadata's length, then the flatbuffer: its root table's offset.
  const start = offset + 8;
  const field = (table: number, slot: number) => {
    const vtable = table - bytes.readInt32LE(table);
    const at = bytes.readUInt16LE(vtable + 4 + 2 * slot);
    assert.ok(4 + 2 * slot < bytes.readUInt16LE(vtable) && at > 0, `slot ${slot} is there`);
    return table + at;
  };
  const table = (at: number) => at + bytes.readUInt32LE(at);
  const message = table(start);
  // Message: version, header type, header; RecordBatch: length, nodes, buffers, compression; BodyCompression: codec, method.
  return field(table(field(table(field(message, 2)), 3)), 0);
}
