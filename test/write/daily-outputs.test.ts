import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DateDay, Dictionary, Float64 } from 'apache-arrow';
import { estimate } from '../../src/pipeline/estimate.js';
import { dailyTable } from '../../src/write/daily-table.js';
import { formatDailyCsv } from '../../src/write/format-daily-csv.js';
import { tinyCounts, tinyModel } from '../helpers/tiny-counts.js';

// Expected values by hand (uplift 10 %; deductions area 1: 60 + 10, area 2: 40 + 5, region 115):
// area 1: devices 100, 200, blank → persons 110, 220, —  → guest-nights 40, 150, —
// area 2: devices 50, 0, 30       → persons 55, 0, 33    → guest-nights 10, -45, -12
// region: 150, 200, — (1 March incomplete) → persons 165, 220, — → guest-nights 50, 105, —
// Numbers are written at full precision, as JavaScript prints the same arithmetic.

/** The chunks' bytes as text. */
const textOf = (chunks: Iterable<Uint8Array>) => Buffer.concat([...chunks]).toString('utf8');
const expectedCsv = [
  'date,area,devices,persons,residents,workers,guestNights,filled',
  `2024-02-28,1,100,${100 * 1.1},60,10,${100 * 1.1 - 70},false`,
  `2024-02-29,1,200,${200 * 1.1},60,10,${200 * 1.1 - 70},false`,
  '2024-03-01,1,,,60,10,,false',
  `2024-02-28,2,50,${50 * 1.1},40,5,${50 * 1.1 - 45},false`,
  '2024-02-29,2,0,0,40,5,-45,false',
  `2024-03-01,2,30,${30 * 1.1},40,5,${30 * 1.1 - 45},false`,
  `2024-02-28,region,150,${150 * 1.1},100,15,${150 * 1.1 - 115},false`,
  `2024-02-29,region,200,${200 * 1.1},100,15,${200 * 1.1 - 115},false`,
  '2024-03-01,region,,,100,15,,false',
  '',
].join('\n');

const DailyOutputs = suite('daily outputs');

DailyOutputs('daily.csv lists every area and day, then the region, blank where null', async () => {
  const result = await estimate(tinyCounts(), tinyModel, { daily: true });
  assert.is(textOf(formatDailyCsv(result, { linesPerChunk: 4 })), expectedCsv);
});

DailyOutputs('daily.arrow has typed columns with nulls where the CSV is blank', async () => {
  const table = dailyTable(await estimate(tinyCounts(), tinyModel, { daily: true }));
  assert.equal(
    table.schema.fields.map((field) => field.name),
    ['date', 'area', 'devices', 'persons', 'residents', 'workers', 'guestNights', 'filled'],
  );
  assert.instance(table.schema.fields[0]!.type, DateDay);
  assert.instance(table.schema.fields[1]!.type, Dictionary);
  assert.instance(table.schema.fields[6]!.type, Float64);
  assert.is(table.numRows, 9);
  assert.equal(table.getChild('area')!.toArray(), ['1', '1', '1', '2', '2', '2', 'region', 'region', 'region']);
  assert.equal(
    [...table.getChild('devices')!].map((value) => value),
    [100, 200, null, 50, 0, 30, 150, 200, null],
  );
  const guestNights = [...table.getChild('guestNights')!];
  assert.equal([guestNights[2], guestNights[8]], [null, null]);
  assert.ok(Math.abs(guestNights[6]! - 50) < 1e-9);
  assert.ok(Math.abs(guestNights[4]! + 45) < 1e-9);
  // DateDay values come back as epoch milliseconds: 2024-02-28 is 19 781 days after 1970-01-01.
  assert.is(table.getChild('date')!.get(0), 19781 * 86_400_000);
});

DailyOutputs('daily.csv guards deduction names in its header as it guards cells', async () => {
  const names = ['=HYPERLINK("http://x")', 'a,b', 'two\nlines', '@sum'];
  const model = { ...tinyModel, deductions: Object.fromEntries(names.map((name) => [name, 1])) };
  const header = textOf(formatDailyCsv(await estimate(tinyCounts(), model, { daily: true }))).split('\n')[0];
  // A formula start gets an apostrophe; a delimiter, quote or line break puts the cell in quotes, quotes doubled.
  assert.is(header, `date,area,devices,persons,"'=HYPERLINK(""http://x"")","a,b","two`);
});

DailyOutputs.run();
