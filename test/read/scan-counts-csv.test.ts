import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { join } from 'node:path';
import type { CountColumns } from '../../src/read/count-columns.js';
import { readCountsCsv } from '../../src/read/read-counts-csv.js';
import { scanCountsCsv } from '../../src/read/scan-counts-csv.js';
import { scanInParallel } from '../../src/read/scan-in-parallel.js';
import { repoRoot } from '../helpers/repo-root.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The columns as plain values, NaN kept distinguishable, for a deep comparison. */
function plain(counts: CountColumns) {
  return {
    day: [...counts.day],
    area: [...counts.area].map((index) => counts.areaCodes[index]),
    devices: [...counts.devices].map((value) => (Number.isNaN(value) ? 'NaN' : value)),
    line: [...counts.line],
    areaCodes: counts.areaCodes,
    areaNames: counts.areaNames,
    utcHour: counts.utcHour === undefined ? undefined : [...counts.utcHour],
  };
}

// Cells as operators and spreadsheets write them: mostly plain, some of each awkward kind.
const dateCell = fc.oneof(
  {
    weight: 30,
    arbitrary: fc
      .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: fc.constantFrom('2023-02-29', '31.12.2023', ' 2024-01-01', '2024-1-01') },
);
const areaCell = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom('3320', '3322', '0301', '301', '5001', 'K-12') },
  { weight: 1, arbitrary: fc.constantFrom('', ' 3320', 'region', '"3320"', 'Å1', '0301\u00a0', '\ufeff3320', '3320\f', 'Os\rlo') },
);
const devicesCell = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0, max: 2_000_000 }).map(String) },
  {
    weight: 20,
    arbitrary: fc.tuple(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 6 })).map(([value, decimals]) => value.toFixed(decimals)),
  },
  { weight: 10, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('123456789012345678', '0.1', '007', '1e3', '-4', '1 234', '12.', '"5"', '9007199254740993') },
);
const nameCell = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom('Flå', 'Ål', 'Nesbyen', '') },
  { weight: 1, arbitrary: fc.constantFrom('Hol ', '"Gol, Buskerud"', 'Hol\u00a0', '\u3000Gol', 'Os\rlo', 'Nes"byen') },
);
const rarely = fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const row = fc.tuple(dateCell, areaCell, devicesCell, nameCell);
const csvFile = fc.record({
  rows: fc.array(row, { minLength: 1, maxLength: 25 }),
  withName: fc.boolean(),
  crlf: fc.boolean(),
  mixedEndings: rarely,
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  blankLineAt: fc.option(fc.nat(40)),
});

interface GeneratedFile {
  rows: Array<[string, string, string, string]>;
  withName: boolean;
  crlf: boolean;
  /** The header ends one way, the rows the other. */
  mixedEndings: boolean;
  bom: boolean;
  finalNewline: boolean;
  blankLineAt: number | null;
}

function toText(file: GeneratedFile): string {
  const header = file.withName ? 'date,area,devices,area_name' : 'date,area,devices';
  const lines = [header, ...file.rows.map(([date, area, devices, name]) => [date, area, devices, ...(file.withName ? [name] : [])].join(','))];
  if (file.blankLineAt !== null) lines.splice(1 + (file.blankLineAt % lines.length), 0, '');
  const newline = file.crlf ? '\r\n' : '\n';
  const rowNewline = file.mixedEndings ? (file.crlf ? '\n' : '\r\n') : newline;
  const [first, ...rest] = lines;
  const body = rest.join(rowNewline);
  return `${file.bom ? '\uFEFF' : ''}${first}${rest.length > 0 ? newline + body : ''}${file.finalNewline ? rowNewline : ''}`;
}

const ScanCountsCsv = suite('scanCountsCsv (the fast path)');

ScanCountsCsv('reads the Hallingdal fixture, the plain layout it is for', async () => {
  const file = join(repoRoot, 'fixtures/hallingdal/counts.csv');
  const fast = await scanCountsCsv(file);
  assert.ok(fast !== undefined);
  assert.equal(plain(fast.counts), plain((await readCountsCsv(file)).counts));
});

ScanCountsCsv('gives exactly the columns csv-parse gives, or hands the file over', async () => {
  let accepted = 0;
  await fc.assert(
    fc.asyncProperty(csvFile, async (generated) => {
      const path = tempDir().write('counts.csv', toText(generated));
      const fast = await scanCountsCsv(path);
      const slow = await readCountsCsv(path).catch((error: Error) => error);
      if (fast === undefined) return; // handed over: csv-parse reads it (or reports its error)
      accepted++;
      assert.ok(!(slow instanceof Error), `the fast path accepted a file csv-parse refuses: ${slow instanceof Error ? slow.message : ''}`);
      assert.equal(plain(fast.counts), plain((slow as Awaited<ReturnType<typeof readCountsCsv>>).counts));
    }),
    { numRuns: 300 },
  );
  // The generator must reach the fast path often, or the property says little.
  assert.ok(accepted > 30, `only ${accepted} files took the fast path`);
});

ScanCountsCsv('reads a file larger than its 8 MiB chunk, with a row split across chunks', async () => {
  const rows: string[] = ['date,area,devices'];
  // ~9.5 MB: 400 000 rows of ~24 bytes.
  for (let i = 0; i < 400_000; i++) rows.push(`2024-0${1 + (i % 9)}-1${i % 10},${3000 + (i % 357)},${(i * 7.25).toFixed(2)}`);
  const path = tempDir().write('counts.csv', `${rows.join('\n')}\n`);
  const fast = await scanCountsCsv(path);
  assert.ok(fast !== undefined);
  assert.equal(plain(fast.counts), plain((await readCountsCsv(path)).counts));
});

ScanCountsCsv('grows the columns mid-chunk when the first chunk makes it expect too few rows', async () => {
  // The first 64 bytes hold no whole row, so the scan guesses 37 bytes a row (room for 243); the rest take ~27.
  const rows = [`2024-01-01,3320,1,${'Flå i Buskerud'.repeat(12)}`];
  for (let i = 0; i < 300; i++) rows.push(`2024-01-${String(2 + (i % 28)).padStart(2, '0')},${3320 + (i % 3)},${i}.5,Flå`);
  const path = tempDir().write('counts.csv', `date,area,devices,area_name\n${rows.join('\n')}\n`);
  const fast = await scanCountsCsv(path, 64);
  assert.ok(fast !== undefined);
  assert.is(fast.counts.length, 301);
  assert.ok(fast.counts.day.buffer.byteLength / 4 > 301 * 1.02 + 16, 'the columns grew past the first guess');
  assert.equal(plain(fast.counts), plain((await readCountsCsv(path)).counts));
});

// Hourly layouts: `date,hour` or `time` (local, UTC or with an offset), around both clock changes.
const dstDate = fc.constantFrom('2024-03-30', '2024-03-31', '2024-10-27', '2024-10-28', '2025-03-30');
const hourCell = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0, max: 23 }).map((hour) => (hour < 10 && hour % 2 === 0 ? `0${hour}` : String(hour))) },
  { weight: 1, arbitrary: fc.constantFrom('24', '-1', ' 3', '2.0', '', '02:00') },
);
const timeCell = fc.oneof(
  {
    weight: 30,
    arbitrary: fc
      .tuple(dstDate, fc.integer({ min: 0, max: 23 }), fc.constantFrom('', 'Z', '+01:00', '+02:00', ':00', ':00Z'), fc.constantFrom('T', ' '))
      .map(([date, hour, zone, separator]) => `${date}${separator}${String(hour).padStart(2, '0')}:00${zone}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2024-01-15T13:30',
      '2024-01-15T13:00+05:30',
      '2024-01-15T13:00+0100',
      '2024-01-15T13:00:00.000',
      '2024-01-15',
      '2024-01-15T24:00',
    ),
  },
);
const hourlyFile = fc.record({
  layout: fc.constantFrom('hour', 'time'),
  rows: fc.array(fc.tuple(dstDate, hourCell, timeCell, fc.constantFrom('3320', '3322', '0301'), devicesCell), { minLength: 1, maxLength: 25 }),
});

function toHourlyText({ layout, rows }: { layout: string; rows: Array<[string, string, string, string, string]> }): string {
  const header = layout === 'hour' ? 'date,hour,area,devices' : 'time,area,devices';
  const lines = rows.map(([date, hour, time, area, devices]) => (layout === 'hour' ? [date, hour, area, devices] : [time, area, devices]).join(','));
  return `${[header, ...lines].join('\n')}\n`;
}

ScanCountsCsv('gives exactly the columns csv-parse gives on hourly files, or hands them over', async () => {
  let accepted = 0;
  await fc.assert(
    fc.asyncProperty(hourlyFile, async (generated) => {
      const path = tempDir().write('counts.csv', toHourlyText(generated));
      const fast = await scanCountsCsv(path);
      const slow = await readCountsCsv(path).catch((error: Error) => error);
      if (fast === undefined) return;
      accepted++;
      assert.ok(!(slow instanceof Error), `the fast path accepted a file csv-parse refuses: ${slow instanceof Error ? slow.message : ''}`);
      assert.equal(plain(fast.counts), plain((slow as Awaited<ReturnType<typeof readCountsCsv>>).counts));
    }),
    { numRuns: 300 },
  );
  assert.ok(accepted > 30, `only ${accepted} files took the fast path`);
});

ScanCountsCsv('reads the same columns, or hands the same files over, when rows fall across chunks of a few dozen bytes', async () => {
  let accepted = 0;
  // 40 bytes hold the longest header (BOM, `date,area,devices,area_name`, CR LF); longer lines make the buffer grow.
  const text = fc.oneof(csvFile.map(toText), hourlyFile.map(toHourlyText));
  await fc.assert(
    fc.asyncProperty(text, fc.integer({ min: 40, max: 120 }), async (content, chunkBytes) => {
      const path = tempDir().write('counts.csv', content);
      const whole = await scanCountsCsv(path);
      const chunked = await scanCountsCsv(path, chunkBytes);
      assert.is(chunked === undefined, whole === undefined, `${chunked === undefined ? 'only the chunked scan' : 'only the whole scan'} handed the file over`);
      if (chunked === undefined || whole === undefined) return;
      accepted++;
      assert.equal(plain(chunked.counts), plain(whole.counts));
    }),
    { numRuns: 300 },
  );
  assert.ok(accepted > 30, `only ${accepted} files took the fast path`);
});

const InParts = suite('scanInParallel (the byte scanner in parts on worker threads)');

InParts('gives the columns of one scan of the whole file, or hands the file over', async () => {
  let accepted = 0;
  const text = fc.oneof(csvFile.map(toText), hourlyFile.map(toHourlyText));
  await fc.assert(
    fc.asyncProperty(text, fc.integer({ min: 2, max: 4 }), async (content, threads) => {
      const path = tempDir().write('counts.csv', content);
      const inParts = await scanInParallel(path, threads);
      if (inParts === undefined) return; // a `time` column, a file too short to split, or not plain
      accepted++;
      const whole = await scanCountsCsv(path);
      assert.ok(whole !== undefined, 'only the scan in parts accepted the file');
      assert.equal(plain(inParts.counts), plain(whole.counts));
    }),
    // Each run starts a pool of threads: fewer runs than the properties above. About a quarter of
    // the files generated can be split (10 to 19 of 40 in a sample of runs), so the seed is fixed:
    // the same files every run, and a threshold that cannot fail by chance.
    { numRuns: 40, seed: 20_261_202 },
  );
  assert.ok(accepted > 8, `only ${accepted} files were read in parts`);
});

InParts('takes the repeated 02:00 of an area in a later part as the second one, as csv-parse does', async () => {
  // 2024-10-27: each area's rows at 00, 01, 02 (summer), 02 (winter), 03, 04, in time order, so parts split between the two 02s.
  const rows = ['date,hour,area,devices'];
  for (const hour of ['00', '01', '02', '02', '03', '04']) for (const area of ['3320', '3322', '0301']) rows.push(`2024-10-27,${hour},${area},${rows.length}`);
  const path = tempDir().write('counts.csv', `${rows.join('\n')}\n`);
  const expected = plain((await readCountsCsv(path)).counts);
  for (const threads of [2, 3, 5, 8]) {
    const inParts = await scanInParallel(path, threads);
    assert.ok(inParts !== undefined, `${threads} parts`);
    assert.equal(plain(inParts.counts), expected, `${threads} parts`);
  }
  // The UTC hours: 22:00Z, 23:00Z, 00:00Z (summer 02), 01:00Z (winter 02), 02:00Z, 03:00Z on 26/27 October.
  const first = expected.utcHour!.filter((_, row) => expected.area[row] === '3320');
  assert.equal(
    first.map((hour) => hour! - first[0]!),
    [0, 1, 2, 3, 4, 5],
  );
});

ScanCountsCsv.run();
InParts.run();
