import * as assert from 'uvu/assert';
import { RecordBatchReader, tableToIPC } from 'apache-arrow';
import { countsTable } from '../../src/write/counts-table.js';

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
