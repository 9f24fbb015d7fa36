import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordBatchReader, Table, tableToIPC } from 'apache-arrow';
import { readCountsArrow } from '../../src/read/read-counts-arrow.js';
import { countsTable } from '../../src/write/counts-table.js';
import { bodyBuffers } from '../helpers/arrow-blocks.js';
import { repoRoot } from '../helpers/repo-root.js';
import { teleguest } from '../helpers/run-cli.js';
import { teleguestBounded } from '../helpers/run-cli-bounded.js';
import { tempDir } from '../helpers/temp-dir.js';
import { weeklyCounts } from '../helpers/weekly-counts.js';

const ArrowCodecs = suite('compressed Arrow IPC files (LZ4 frames, ZSTD) read as their uncompressed twin');

/** The fixtures: weeklyCounts() compressed by the lz4 and zstd tools (test/fixtures/arrow-compressed/generate.ts). */
const FIXTURES = [
  { codec: 'LZ4', file: join(repoRoot, 'test/fixtures/arrow-compressed/counts-lz4.arrow') },
  { codec: 'ZSTD', file: join(repoRoot, 'test/fixtures/arrow-compressed/counts-zstd.arrow') },
];
const model = join(repoRoot, 'fixtures/hallingdal/model.json');

/** The same counts as apache-arrow writes them uncompressed, as `teleguest convert` would. */
function uncompressedTwin(): string {
  return tempDir().write('counts.arrow', tableToIPC(countsTable(weeklyCounts()), 'file'));
}

ArrowCodecs('each fixture holds the four years of weekly counts, row for row the same as its uncompressed twin', async () => {
  const twin = (await readCountsArrow(uncompressedTwin())).counts;
  // The ZSTD file has fewer bytes than rows: only its columns, decompressed, can hold them.
  assert.ok(readFileSync(FIXTURES[1]!.file).length < 8_766);
  for (const { codec, file } of FIXTURES) {
    const { counts } = await readCountsArrow(file);
    // 1 461 days (2020–2023) × 6 areas, sorted by date, then area.
    assert.is(counts.length, 8_766, codec);
    assert.equal(counts.areaCodes, ['3320', '3322', '3324', '3326', '3328', '3330'], codec);
    assert.equal(counts.areaNames, ['Flå', 'Nesbyen', 'Gol', 'Hemsedal', 'Ål', 'Hol'], codec);
    // 2020-01-01 was a Wednesday: Flå's 1 500 + 200; 2023-12-31 a Sunday: Hol's 6 500 + 600.
    assert.equal([counts.devices[0], counts.devices[8_765]], [1_700, 7_100], codec);
    // Hemsedal on 2021-06-15, row (366 + 165) × 6 + 3, is the one missing observation.
    assert.ok(Number.isNaN(counts.devices[3_189]!) && counts.blankRows === 1, codec);
    // Bases 28 500 × 1 461 days; weekdays 6 × (208 weeks × 2 100 + Wednesday to Sunday's 2 000); less Hemsedal's Tuesday, 5 100.
    assert.is(
      counts.devices.reduce((sum, devices) => (Number.isNaN(devices) ? sum : sum + devices), 0),
      28_500 * 1_461 + 6 * (208 * 2_100 + 2_000) - 5_100,
      codec,
    );
    for (const column of ['day', 'area', 'devices'] as const) assert.equal([...counts[column]], [...twin[column]], `${codec} ${column}`);
  }
});

ArrowCodecs('the stream form of each fixture reads the same: a schema message, then the messages of the file', async () => {
  for (const { codec, file } of FIXTURES) {
    const bytes = readFileSync(file);
    // apache-arrow's file writer keeps the schema in the footer only: its message is written from there.
    const empty = Buffer.from(tableToIPC(new Table(RecordBatchReader.from(bytes).open().schema), 'stream'));
    const schema = empty.subarray(0, 8 + empty.readInt32LE(4));
    // After the leading magic (8 bytes), the messages and the end-of-stream marker; then the footer, its length (int32) and ARROW1.
    const messages = bytes.subarray(8, bytes.length - 10 - bytes.readInt32LE(bytes.length - 10));
    const stream = tempDir().write('counts.arrows', Buffer.concat([schema, messages]));
    const [fromFile, fromStream] = [(await readCountsArrow(file)).counts, (await readCountsArrow(stream)).counts];
    for (const column of ['day', 'area', 'devices'] as const) assert.equal([...fromStream[column]], [...fromFile[column]], `${codec} ${column}`);
  }
});

ArrowCodecs('teleguest estimate --json says of each what it says of the uncompressed twin', () => {
  const twin = teleguest('estimate', uncompressedTwin(), '--model', model, '--json');
  assert.is(twin.code, 0, twin.stderr);
  // The region's days without the missing one: 44 266 200 devices less the other five areas' 24 000 that Tuesday, over 1 460 days.
  assert.is(JSON.parse(twin.stdout).region.devicesPerDay, 44_242_200 / 1_460);
  for (const { codec, file } of FIXTURES) {
    const run = teleguest('estimate', file, '--model', model, '--json');
    assert.is(run.code, 0, `${codec}: ${run.stderr}`);
    assert.is(run.stdout, twin.stdout, codec);
  }
});

ArrowCodecs('a damaged compressed buffer: exit 2 and one line that says which, never a hang or a stack trace', async () => {
  for (const { codec, file } of FIXTURES) {
    const bytes = readFileSync(file);
    // The record batch's last buffer: the devices, 8 766 × 8 = 70 128 bytes decompressed.
    const { at } = bodyBuffers(bytes).at(-1)!;
    assert.is(bytes.readBigInt64LE(at), 70_128n, codec);
    const noMagic = Buffer.from(bytes);
    noMagic[at + 8] ^= 0xff;
    const oneShort = Buffer.from(bytes);
    oneShort.writeBigInt64LE(70_127n, at);
    for (const [damaged, length] of [
      [noMagic, 70_128],
      [oneShort, 70_127],
    ] as const) {
      const counts = tempDir().write('counts.arrow', damaged);
      const run = await teleguestBounded(['estimate', counts, '--model', model], { limitMs: 20_000 });
      assert.not.ok(run.timedOut, `${codec}: ends`);
      assert.is(run.code, 2, run.stderr);
      assert.is(run.stdout, '');
      assert.is(
        run.stderr,
        `teleguest: ${counts}: not a readable Arrow IPC file; its ${codec}-compressed buffer at byte ${at} is damaged: it does not decompress to the ${length} bytes it says\n`,
      );
    }
  }
});

ArrowCodecs.run();
