/**
 * The structure of an Arrow IPC file (file or stream format), checked before apache-arrow decodes
 * it. apache-arrow trusts what a file says of itself, and on some damage never returns:
 * - a footer block that points at a message other than a record batch: its file reader reads
 *   that block again and again, forever, waiting for a record batch;
 * - a list (fields, field nodes, buffers) whose length is damaged to millions: it loops that
 *   many times, reading past the list's end;
 * - a batch or column length damaged to billions: it makes a column of that many values, which
 *   the reader then goes through one by one.
 * So every offset and length is checked against the bytes that are really there: the magic
 * `ARROW1` at both ends, the footer within the file, each block within the data and after the
 * one before it, each message's metadata and body within its bounds and of the kind its block
 * says, every flatbuffer table, list and string within its message or footer, and no batch
 * longer than its body can hold (a row takes at least a bit). A compressed batch (LZ4 frames or
 * ZSTD) holds what its buffers' prefixes say they decompress to, each no more than its codec can
 * make of the bytes there are; the decoders then hold each buffer to its prefix. The check reads
 * only the metadata and those prefixes, not the columns' bytes, and copies nothing.
 *
 * @example
 * arrowIpcProblem(tableToIPC(table, 'file'));                  // undefined
 * arrowIpcProblem(tableToIPC(table, 'file').subarray(0, 100)); // 'it is cut short: it does not end with ARROW1'
 */
export function arrowIpcProblem(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (hasMagic(bytes, 0)) checkFileFormat(view);
    else checkStreamFormat(view);
    return undefined;
  } catch (error) {
    if (error instanceof Damage) return error.message;
    throw error;
  }
}

/** What is wrong with the file's structure, as the clause of a message. */
class Damage extends Error {}

const MAGIC = 'ARROW1';
/** The magic and its padding at the start of the file format. */
const HEAD_BYTES = 8;
/** The footer's length (int32) and the closing magic. */
const TAIL_BYTES = 4 + MAGIC.length;
/** Block (offset int64, metaDataLength int32, padding, bodyLength int64), FieldNode and Buffer (two int64s). */
const BLOCK_BYTES = 24;
const PAIR_BYTES = 16;
/** A continuation marker (0xFFFFFFFF) precedes a message's metadata length. */
const CONTINUATION = -1;
const MESSAGE = { schema: 1, dictionaryBatch: 2, recordBatch: 3 } as const;
/** A compressed buffer's prefix: its uncompressed length (int64), or -1 when it is stored as it is. */
const PREFIX_BYTES = 8;
const NOT_COMPRESSED = -1;
/**
 * The codecs (BodyCompression's codec: 0 LZ4_FRAME, 1 ZSTD), each with the most bytes one
 * compressed byte can make: a byte of an LZ4 match length adds at most 255; a ZSTD RLE block
 * makes up to 128 KiB of 4 bytes.
 */
const CODECS = [
  { name: 'LZ4', mostPerByte: 255 },
  { name: 'ZSTD', mostPerByte: 32_768 },
];
const UNION_TYPE = 14;
/** Deeper nesting of fields than any real schema has; a cycle of tables would be endless. */
const MAX_FIELD_DEPTH = 64;

function hasMagic(bytes: Uint8Array, at: number): boolean {
  for (let i = 0; i < MAGIC.length; i++) if (bytes[at + i] !== MAGIC.charCodeAt(i)) return false;
  return true;
}

/** Magic, padding, messages, footer, footer length, magic: the footer's blocks say where each batch is. */
function checkFileFormat(view: DataView): void {
  const size = view.byteLength;
  const bytes = new Uint8Array(view.buffer, view.byteOffset, size);
  if (size < HEAD_BYTES + TAIL_BYTES || !hasMagic(bytes, size - MAGIC.length)) throw new Damage(`it is cut short: it does not end with ${MAGIC}`);
  const footerLength = view.getInt32(size - TAIL_BYTES, true);
  const dataEnd = size - TAIL_BYTES - footerLength;
  if (footerLength <= 0 || dataEnd < HEAD_BYTES) throw new Damage(`its footer length (${footerLength} bytes) does not fit in the file`);
  const footer = new FlatBuffer(view, dataEnd, size - TAIL_BYTES, 'its footer is damaged').root();
  const schema = footer.table(1);
  if (schema === undefined) throw new Damage('its footer has no schema');
  checkSchema(schema);
  checkKeyValues(footer, 4);
  const lists: Array<[number, string, number]> = [
    [2, 'dictionary batch', MESSAGE.dictionaryBatch],
    [3, 'record batch', MESSAGE.recordBatch],
  ];
  for (const [slot, name, kind] of lists) {
    const blocks = footer.vector(slot, BLOCK_BYTES);
    if (blocks === undefined) continue;
    let previousEnd = HEAD_BYTES;
    for (let i = 0; i < blocks.length; i++) {
      const at = blocks.start + i * BLOCK_BYTES;
      const [offset, metaDataLength, bodyLength] = [footer.buffer.int64(at), footer.buffer.int32(at + 8), footer.buffer.int64(at + 16)];
      const what = `${name} ${i + 1} at byte ${offset}`;
      if (metaDataLength <= 0) throw new Damage(`${what} has no metadata`);
      if (offset < HEAD_BYTES || bodyLength < 0 || offset + metaDataLength + bodyLength > dataEnd) throw new Damage(`${what} lies outside the file's data`);
      if (offset < previousEnd) throw new Damage(`${what} does not come after the ${name} before it`);
      previousEnd = offset + metaDataLength + bodyLength;
      const message = readMessage(view, offset, dataEnd);
      if (message === END) throw new Damage(`${what} has no metadata`);
      if (message.end - offset > metaDataLength) throw new Damage(`${what} has more metadata than its block says`);
      if (message.kind !== kind) throw new Damage(`${what} is not a ${name} message`);
      checkHeader(message);
    }
  }
}

/** Messages one after another, from a schema to an end marker (a zero length) or the end of the file. */
function checkStreamFormat(view: DataView): void {
  let at = 0;
  while (at < view.byteLength) {
    const message = readMessage(view, at, view.byteLength);
    if (message === END) return;
    if (at === 0 && message.kind !== MESSAGE.schema) throw new Damage('it does not start with a schema message');
    if (message.kind < MESSAGE.schema || message.kind > MESSAGE.recordBatch)
      throw new Damage(`${message.where} is not a schema, dictionary batch or record batch`);
    checkHeader(message);
    // apache-arrow reads a body only after a batch's metadata.
    at = message.kind === MESSAGE.schema ? message.end : message.end + message.body.byteLength;
  }
}

interface MessageRead {
  /** `the message at byte …`, for messages. */
  where: string;
  /** Its header's type: 1 schema, 2 dictionary batch, 3 record batch (0 is none, 4 and 5 are tensors). */
  kind: number;
  header: Table | undefined;
  /** Where its metadata ends and its body starts. */
  end: number;
  body: DataView;
}

/** A stream's end marker: a zero metadata length. */
const END: MessageRead = { where: '', kind: 0, header: undefined, end: 0, body: new DataView(new ArrayBuffer(0)) };

/**
 * The message at `at`: its length prefix (with or without the continuation marker), its
 * flatbuffer's root table, and its body within `limit`; `END` for an end marker.
 */
function readMessage(view: DataView, at: number, limit: number): MessageRead {
  const where = `the message at byte ${at}`;
  if (at + 4 > limit) throw new Damage(`it is cut short: ${where} has no length`);
  let start = at + 4;
  let length = view.getInt32(at, true);
  if (length === CONTINUATION) {
    if (at + 8 > limit) throw new Damage(`it is cut short: ${where} has no length`);
    length = view.getInt32(at + 4, true);
    start = at + 8;
  }
  if (length === 0) return END;
  if (length < 0 || start + length > limit) throw new Damage(`${where} says its metadata is ${length} bytes, past the end of the data`);
  const message = new FlatBuffer(view, start, start + length, `${where} is damaged`).root();
  const end = start + length;
  const bodyLength = message.int64(3);
  if (bodyLength < 0 || end + bodyLength > limit) throw new Damage(`${where} says its body is ${bodyLength} bytes, past the end of the data`);
  checkKeyValues(message, 4);
  // apache-arrow reads the body right after the metadata.
  const body = new DataView(view.buffer, view.byteOffset + end, bodyLength);
  return { where, kind: message.uint8(1), header: message.table(2), end, body };
}

/** A message's header, of its kind: a schema, a dictionary batch or a record batch. */
function checkHeader({ where, kind, header, body }: MessageRead): void {
  if (header === undefined) throw new Damage(`${where} has no header`);
  if (kind === MESSAGE.schema) checkSchema(header);
  else if (kind === MESSAGE.recordBatch) checkBatch(header, body, where);
  else {
    const data = header.table(1);
    if (data === undefined) throw new Damage(`${where} is a dictionary batch without data`);
    checkBatch(data, body, where);
  }
}

/**
 * A RecordBatch table: its buffers within its body, and its length and field nodes within what
 * its buffers hold, decompressed when the batch is compressed.
 */
function checkBatch(batch: Table, body: DataView, where: string): void {
  const bodyLength = body.byteLength;
  const codec = compressionCodec(batch, where);
  let bytes = codec === undefined ? bodyLength : 0;
  const buffers = batch.vector(2, PAIR_BYTES);
  for (let i = 0; buffers !== undefined && i < buffers.length; i++) {
    const at = buffers.start + i * PAIR_BYTES;
    const [offset, length] = [batch.buffer.int64(at), batch.buffer.int64(at + 8)];
    if (offset < 0 || length < 0 || offset + length > bodyLength) throw new Damage(`${where} has a buffer outside its ${bodyLength}-byte body`);
    if (codec !== undefined && length > 0) bytes += decompressedLength(body, offset, length, codec, where);
  }
  const mostRows = bytes * 8;
  const what = codec === undefined ? `its ${bodyLength}-byte body` : `the ${bytes} bytes its buffers decompress to`;
  const tooLong = (rows: number) => {
    if (rows < 0 || rows > mostRows) throw new Damage(`${where} says a column has ${rows} values, which ${what} cannot hold`);
  };
  tooLong(batch.int64(0));
  const nodes = batch.vector(1, PAIR_BYTES);
  for (let i = 0; nodes !== undefined && i < nodes.length; i++) tooLong(batch.buffer.int64(nodes.start + i * PAIR_BYTES));
  batch.vector(4, 8); // variadic buffer counts
}

/** The batch's codec, from its BodyCompression table (codec, method); undefined when it has none. */
function compressionCodec(batch: Table, where: string): (typeof CODECS)[number] | undefined {
  const compression = batch.table(3);
  if (compression === undefined) return undefined;
  const [codec, method] = [compression.uint8(0), compression.uint8(1)];
  // Method 0 (BUFFER) compresses each buffer on its own: the only one the format defines.
  if (codec >= CODECS.length || method !== 0)
    throw new Damage(`${where} says it is compressed with codec ${codec} by method ${method}, which Arrow does not define`);
  return CODECS[codec];
}

/** What a compressed buffer (`length` bytes at `offset` of the body) holds once decompressed, as its prefix says. */
function decompressedLength(body: DataView, offset: number, length: number, codec: (typeof CODECS)[number], where: string): number {
  if (length < PREFIX_BYTES) throw new Damage(`${where} has a compressed buffer of ${length} bytes, too short for its length`);
  const stored = length - PREFIX_BYTES;
  const said = Number(body.getBigInt64(offset, true));
  if (said === NOT_COMPRESSED) return stored;
  if (said < 0 || said > stored * codec.mostPerByte)
    throw new Damage(`${where} says a buffer decompresses to ${said} bytes, which ${stored} bytes of ${codec.name} cannot make`);
  return said;
}

/** A Schema table: its fields (nested), custom metadata and features. */
function checkSchema(schema: Table): void {
  for (const field of schema.tables(1)) checkField(field, 1);
  checkKeyValues(schema, 2);
  schema.vector(3, 8);
}

/** A Field table: name, type (a Union's type ids), dictionary encoding, children, custom metadata. */
function checkField(field: Table, depth: number): void {
  if (depth > MAX_FIELD_DEPTH) field.buffer.fail();
  field.vector(0, 1);
  const type = field.table(3);
  if (type !== undefined && field.uint8(2) === UNION_TYPE) type.vector(1, 4);
  field.table(4)?.table(1);
  for (const child of field.tables(5)) checkField(child, depth + 1);
  checkKeyValues(field, 6);
}

function checkKeyValues(table: Table, slot: number): void {
  for (const entry of table.tables(slot)) {
    entry.vector(0, 1);
    entry.vector(1, 1);
  }
}

/**
 * A flatbuffer in `[start, end)` of the file, every read checked against those bounds. Each table
 * visited spends one of a budget of a table per 4 bytes (a table takes at least 4): damaged
 * offsets that point many times at one table cannot make the walk, or apache-arrow's, endless.
 */
class FlatBuffer {
  private tablesLeft: number;
  constructor(
    private readonly view: DataView,
    private readonly start: number,
    private readonly end: number,
    private readonly damage: string,
  ) {
    this.tablesLeft = (end - start) / 4;
  }

  fail(): never {
    throw new Damage(this.damage);
  }

  /** `size` bytes at `at` lie within the buffer. */
  need(at: number, size: number): void {
    if (!(at >= this.start && size >= 0 && at + size <= this.end)) this.fail();
  }

  uint8(at: number): number {
    this.need(at, 1);
    return this.view.getUint8(at);
  }

  uint16(at: number): number {
    this.need(at, 2);
    return this.view.getUint16(at, true);
  }

  int32(at: number): number {
    this.need(at, 4);
    return this.view.getInt32(at, true);
  }

  uint32(at: number): number {
    this.need(at, 4);
    return this.view.getUint32(at, true);
  }

  int64(at: number): number {
    this.need(at, 8);
    const value = Number(this.view.getBigInt64(at, true));
    if (!Number.isSafeInteger(value)) this.fail();
    return value;
  }

  root(): Table {
    return this.table(this.start + this.uint32(this.start));
  }

  /** The table at `at`: its vtable within the buffer, and every field it lists within the table. */
  table(at: number): Table {
    if (--this.tablesLeft < 0) this.fail();
    const vtable = at - this.int32(at);
    const [vtableSize, tableSize] = [this.uint16(vtable), this.uint16(vtable + 2)];
    if (vtableSize < 4 || vtableSize % 2 !== 0 || tableSize < 4) this.fail();
    this.need(vtable, vtableSize);
    this.need(at, tableSize);
    for (let slot = 4; slot < vtableSize; slot += 2) if (this.uint16(vtable + slot) >= tableSize) this.fail();
    return new Table(this, at, vtable, vtableSize, tableSize);
  }
}

/** A flatbuffer table: its fields by slot number (0 is the schema's first field). */
class Table {
  constructor(
    readonly buffer: FlatBuffer,
    private readonly at: number,
    private readonly vtable: number,
    private readonly vtableSize: number,
    private readonly tableSize: number,
  ) {}

  /** Where field `slot` of `size` bytes is, or undefined when the table leaves it out. */
  private field(slot: number, size: number): number | undefined {
    const entry = 4 + 2 * slot;
    if (entry >= this.vtableSize) return undefined;
    const offset = this.buffer.uint16(this.vtable + entry);
    if (offset === 0) return undefined;
    if (offset + size > this.tableSize) this.buffer.fail();
    return this.at + offset;
  }

  uint8(slot: number): number {
    const at = this.field(slot, 1);
    return at === undefined ? 0 : this.buffer.uint8(at);
  }

  int64(slot: number): number {
    const at = this.field(slot, 8);
    return at === undefined ? 0 : this.buffer.int64(at);
  }

  /** Where field `slot` points: an offset within the buffer. */
  private target(slot: number): number | undefined {
    const at = this.field(slot, 4);
    return at === undefined ? undefined : at + this.buffer.uint32(at);
  }

  table(slot: number): Table | undefined {
    const at = this.target(slot);
    return at === undefined ? undefined : this.buffer.table(at);
  }

  /** A list (or string) of `elementSize`-byte elements, all within the buffer. */
  vector(slot: number, elementSize: number): { start: number; length: number } | undefined {
    const at = this.target(slot);
    if (at === undefined) return undefined;
    const length = this.buffer.uint32(at);
    this.buffer.need(at + 4, length * elementSize);
    return { start: at + 4, length };
  }

  /** The tables a list of offsets points at. */
  tables(slot: number): Table[] {
    const list = this.vector(slot, 4);
    if (list === undefined) return [];
    return Array.from({ length: list.length }, (_, i) => {
      const at = list.start + 4 * i;
      return this.buffer.table(at + this.buffer.uint32(at));
    });
  }
}
