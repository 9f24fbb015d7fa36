import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { join } from 'node:path';
import { CountColumnsBuilder } from '../../src/read/count-columns.js';
import { formatDay } from '../../src/clock/day-number.js';
import { buildCountGrid, type CountGrid, type OnDuplicate } from '../../src/grid/count-grid.js';
import { estimate, estimateGrid } from '../../src/pipeline/estimate.js';
import { InputError } from '../../src/errors.js';
import { DuplicateRow, expectedGrid, GridBuilder } from '../../src/grid/grid-builder.js';
import { readCounts, readGrid, type CountGridRead, type GridReadOptions, type HourGridRead } from '../../src/read/read-counts.js';
import { inspectCounts } from '../../src/read/inspect-counts.js';
import { BUILT_IN_CODE_HISTORY } from '../../src/areas/built-in-code-history.js';
import { buildHourGrid, type HourGrid } from '../../src/hourly/hour-grid.js';
import { estimateHourly, estimateHourlyGrid } from '../../src/hourly/estimate-hourly.js';
import { readModel } from '../../src/model/read-model.js';
import { repoRoot } from '../helpers/repo-root.js';
import { tempDir } from '../helpers/temp-dir.js';

/** `readGrid` on a daily file as the pipeline plans it: the read, or undefined where the scan declined. */
async function readCountGrid(file: string, options: Partial<GridReadOptions> = {}): Promise<CountGridRead | undefined> {
  const result = await readGrid({ ...(await inspectCounts(file)), unit: 'day' }, { history: BUILT_IN_CODE_HISTORY, ...options });
  return 'declined' in result || result.unit !== 'day' ? undefined : result.read;
}

/** `readGrid` on an hourly file: the read, or undefined where the scan declined. */
async function readHourGrid(file: string, options: Partial<GridReadOptions> = {}): Promise<HourGridRead | undefined> {
  const result = await readGrid({ ...(await inspectCounts(file)), unit: 'hour' }, { history: BUILT_IN_CODE_HISTORY, ...options });
  return 'declined' in result || result.unit !== 'hour' ? undefined : result.read;
}

/** A grid as plain values, NaN kept distinguishable, for a deep comparison. */
function plain(grid: CountGrid) {
  return { ...grid, devices: [...grid.devices].map((value) => (Number.isNaN(value) ? 'NaN' : value)) };
}

const Builder = suite('GridBuilder (rows laid out as they are read)');

// Rows in any order, codes whose sort order differs from their order of first sight, blanks and duplicates.
const row = fc.tuple(
  fc.integer({ min: 19_700, max: 19_760 }),
  fc.constantFrom('3320', '301', '0301', '5', '10', 'K-1'),
  fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 9_000 })),
);

Builder('lays out the grid buildCountGrid lays out, whatever room it expected and however the rows are split', () => {
  fc.assert(
    fc.property(
      fc.array(row, { minLength: 1, maxLength: 60 }),
      fc.constantFrom<OnDuplicate>('error', 'sum', 'last'),
      fc.record({ firstDay: fc.integer({ min: 19_690, max: 19_770 }), days: fc.integer({ min: 1, max: 90 }), areas: fc.integer({ min: 1, max: 8 }) }),
      fc.integer({ min: 1, max: 60 }),
      (rows, onDuplicate, expected, chunk) => {
        const columns = new CountColumnsBuilder('counts.csv', 'line');
        rows.forEach(([day, code, devices], index) => columns.push(day, code, '', devices, index + 2));
        const counts = columns.finish();
        const byRows = (() => {
          try {
            return buildCountGrid(counts, onDuplicate);
          } catch (error) {
            assert.instance(error, InputError);
            return undefined;
          }
        })();
        const builder = new GridBuilder(onDuplicate, expected);
        try {
          for (let from = 0; from < counts.length; from += chunk) builder.add(counts, from, Math.min(counts.length, from + chunk));
        } catch (error) {
          assert.instance(error, DuplicateRow);
          assert.is(byRows, undefined, 'the builder refused a duplicate the rows did not');
          return;
        }
        assert.ok(byRows !== undefined, 'the rows refused a duplicate the builder did not');
        assert.equal(plain(builder.finish(counts.areaCodes, counts.areaNames)), plain(byRows));
      },
    ),
    { numRuns: 400 },
  );
});

/** Columns of (day, area) rows for `expectedGrid`. */
function chunkOf(rows: [day: number, area: number][]) {
  return { length: rows.length, day: Int32Array.from(rows, ([day]) => day), area: Int32Array.from(rows, ([, area]) => area) };
}

/** `expectedGrid` for the first of `k` chunks of a file's rows, as readCountGrid asks for it. */
function roomForFirstChunk(rows: [day: number, area: number][], k: number) {
  const chunk = rows.slice(0, Math.ceil(rows.length / k));
  return expectedGrid(chunkOf(chunk), new Set(chunk.map(([, area]) => area)).size, rows.length / chunk.length);
}

/** The (day, area) rows of a regular file: every `step`-th day of `days`, each of `areas` areas, by date or by area. */
function regularFile(areas: number, days: number, step: number, byDate: boolean): [number, number][] {
  const dates = Array.from({ length: Math.ceil(days / step) }, (_, index) => 20_000 + index * step);
  const codes = Array.from({ length: areas }, (_, index) => index);
  return byDate
    ? dates.flatMap((day) => codes.map((area): [number, number] => [day, area]))
    : codes.flatMap((area) => dates.map((day): [number, number] => [day, area]));
}

Builder('expects room for the whole of a sorted file, dense or sparse, from its first chunk, and little more', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 2, max: 40 }),
      fc.integer({ min: 30, max: 800 }),
      fc.constantFrom(1, 2, 7, 12, 24),
      fc.boolean(),
      fc.integer({ min: 2, max: 8 }),
      (areas, days, step, byDate, k) => {
        const rows = regularFile(areas, days, step, byDate);
        // A chunk of at least four days' (or areas') rows, as an 8 MiB chunk of real counts is.
        fc.pre(rows.length / k >= 4 * (byDate ? areas : Math.ceil(days / step)));
        const room = roomForFirstChunk(rows, k);
        // The grid the whole file needs: from its first day to its last, every area.
        const span = rows[rows.length - 1]![0] - 20_000 + 1;
        assert.is(room.firstDay, 20_000);
        assert.ok(room.days >= span && room.areas >= areas, `room ${room.days} × ${room.areas} for ${span} × ${areas}`);
        assert.ok(room.days * room.areas <= 1.25 * span * areas, `room ${room.days} × ${room.areas} for ${span} × ${areas}`);
      },
    ),
    { numRuns: 300 },
  );
});

Builder('expects no more room than the rows fill for rows in any order, and none for a stray early day', () => {
  // 30 areas × 400 days, shuffled: the first of 4 chunks already spans the days and areas, and
  // the room is what the rows fill (12 000 cells and 2 % more), not the chunk's span or areas for
  // each chunk (4 × its 30 areas would be 4 times the grid).
  const shuffled = fc.sample(fc.shuffledSubarray(regularFile(30, 400, 1, true), { minLength: 12_000 }), { numRuns: 1, seed: 7 })[0]!;
  const room = roomForFirstChunk(shuffled, 4);
  assert.ok(room.days * room.areas <= 30 * 400 * 1.1, `room ${room.days} × ${room.areas} for 400 × 30`);
  // One row ten thousand days early, then 1 000 days of 3 areas: the first chunk spans 10 250
  // days, but the file goes on at a day per three rows; the whole file spans 11 000 days.
  const stray: [number, number][] = [[10_000, 0], ...regularFile(3, 1_000, 1, true)];
  const strayRoom = roomForFirstChunk(stray, 4);
  assert.ok(strayRoom.days <= 11_000, `room for ${strayRoom.days} days`);
});

Builder('expects room for exactly the chunk when it is the whole file', () => {
  const rows = regularFile(5, 100, 12, true);
  assert.equal(roomForFirstChunk(rows, 1), { firstDay: 20_000, days: 97, areas: 5 });
});

Builder.run();

const Straight = suite('readGrid and estimateGrid (a plain daily CSV straight into a grid)');

Straight('give the Hallingdal estimate the rows give, to the byte', async () => {
  const counts = join(repoRoot, 'fixtures/hallingdal/counts.csv');
  const modelFile = join(repoRoot, 'fixtures/hallingdal/model.json');
  const { model } = await readModel(modelFile);
  const read = await readCountGrid(counts);
  assert.ok(read !== undefined);
  assert.is(read.rows, 3282);
  const fromGrid = await estimateGrid(read, model, { modelFile });
  assert.is(JSON.stringify(fromGrid.summary), JSON.stringify((await estimate((await readCounts(counts)).counts, model, { modelFile })).summary));
});

Straight('read the grid the rows give, across chunks of a few dozen bytes, in any row order', async () => {
  const dir = tempDir();
  await fc.assert(
    fc.asyncProperty(
      fc.array(row, { minLength: 1, maxLength: 80 }),
      fc.constantFrom<OnDuplicate>('error', 'sum', 'last'),
      fc.integer({ min: 40, max: 200 }),
      async (rows, onDuplicate, chunkBytes) => {
        const text = rows.map(([day, code, devices]) => `${formatDay(day)},${code},${Number.isNaN(devices) ? '' : devices}`).join('\n');
        const file = dir.write('counts.csv', `date,area,devices\n${text}\n`);
        const straight = await readCountGrid(file, { onDuplicate, chunkBytes });
        const counts = (await readCounts(file)).counts;
        let expected: CountGrid | undefined;
        try {
          expected = buildCountGrid(counts, onDuplicate);
        } catch {
          expected = undefined;
        }
        if (expected === undefined) return assert.is(straight, undefined);
        assert.ok(straight !== undefined);
        assert.is(straight.rows, counts.length);
        assert.equal(plain(straight.grid), plain(expected));
      },
    ),
    { numRuns: 150 },
  );
});

Straight('plan the grid for plain daily and hourly files, and the rows, with the reason, for the others', async () => {
  assert.equal(await inspectCounts(join(repoRoot, 'fixtures/hallingdal/counts.csv')), {
    file: join(repoRoot, 'fixtures/hallingdal/counts.csv'),
    format: 'csv',
    dialect: { delimiter: ',', decimalComma: false, encoding: 'utf-8' },
    unit: 'day',
    path: 'grid',
  });
  assert.is((await inspectCounts(join(repoRoot, 'fixtures/hourly/known-truth.csv'))).unit, 'hour');
  const dir = tempDir();
  const plan = async (name: string, text: string, options = {}) => {
    const { path, reason } = await inspectCounts(dir.write(name, text), options);
    return `${path} ${reason ?? ''}`.trim();
  };
  assert.is(await plan('plain.csv', 'date,area,devices\n2024-01-01,3320,5\n'), 'grid');
  assert.is(await plan('semicolon.csv', 'date;area;devices\n2024-01-01;3320;5\n'), 'rows dialect');
  assert.is(await plan('segmented.csv', 'date,hour,area,segment,devices\n2024-01-01,3,3320,home,5\n'), 'rows segmented');
  assert.is(await plan('lenient.csv', 'date,area,devices\n2024-01-01,3320,5\n', { lenient: true }), 'rows rejects');
  assert.is(await plan('parts.csv', 'date,area,devices\n2024-01-01,3320,5\n', { workers: 2 }), 'rows parallel');
  assert.is(await plan('header.csv', 'when,where,how many\n2024-01-01,3320,5\n'), 'rows header');
  // The operator's names are read by the byte scanner too; a given encoding goes to csv-parse.
  assert.is(await plan('mapped.csv', 'dato,area,devices\n2024-01-01,3320,5\n', { layout: { columns: { date: 'dato' } } }), 'grid');
  assert.is(await plan('unmapped.csv', 'date,area,devices\n2024-01-01,3320,5\n', { layout: { columns: { date: 'dato' } } }), 'rows header');
  assert.is(await plan('encoded.csv', 'date,area,devices\n2024-01-01,3320,5\n', { layout: { encoding: 'utf-8' } }), 'rows layout');
});

Straight('decline a duplicate that is an error, saying so, and sum one that is asked to be', async () => {
  const dir = tempDir();
  const duplicate = dir.write('duplicate.csv', 'date,area,devices\n2024-01-01,3320,5\n2024-01-01,3320,6\n');
  const declined = await readGrid({ ...(await inspectCounts(duplicate)), unit: 'day' }, { history: BUILT_IN_CODE_HISTORY });
  assert.equal(declined, { declined: 'duplicate' });
  assert.equal((await readCountGrid(duplicate, { onDuplicate: 'sum' }))?.grid.devices[0], 11);
  const quoted = dir.write('quoted.csv', 'date,area,devices\n2024-01-01,"3320",5\n');
  assert.equal(await readGrid({ ...(await inspectCounts(quoted)), unit: 'day' }, { history: BUILT_IN_CODE_HISTORY }), { declined: 'not-plain' });
});

Straight('make a summed day with a blank or suppressed part missing, as the rows do, and count it', async () => {
  const dir = tempDir();
  // 3320: 100 and a blank on 1 January, a blank and 150 on the 2nd, 120 and 5 on the 3rd (a suppression
  // marker such as .. hands the file to the rows). Chunks of 40 bytes split the duplicates from their
  // first rows, so the builder meets them after growing.
  const file = dir.write(
    'counts.csv',
    'date,area,devices\n2024-01-01,3320,100\n2024-01-01,3320,\n2024-01-02,3320,\n2024-01-02,3320,150\n2024-01-03,3320,120\n2024-01-03,3320,5\n',
  );
  const read = await readCountGrid(file, { onDuplicate: 'sum', chunkBytes: 40 });
  assert.ok(read !== undefined);
  // Missing, missing, 120 + 5 = 125; the region's row NaN.
  assert.equal([...read.grid.devices.subarray(0, 3)], [NaN, NaN, 125]);
  assert.is(read.grid.duplicateRows, 3);
  assert.is(read.grid.missingSums, 2);
  const last = await readCountGrid(file, { onDuplicate: 'last' });
  // The later rows: blank, 150, 5.
  assert.equal([...last!.grid.devices.subarray(0, 3)], [NaN, 150, 5]);
  assert.is(last!.grid.missingSums, 0);
});

Straight('give old municipality codes today’s as the scan first sees them, across chunks, as the rows are recoded', async () => {
  const dir = tempDir();
  // 0620 is Hol before 2020, 3330 since 2024: one area. Chunks of 40 bytes bring the codes a few at a time.
  const lines = ['3320', '3322', '3324', '0620', '3330'].flatMap((code, index) => [`2024-01-0${index + 1},${code},10`, `2024-02-0${index + 1},${code},5`]);
  const file = dir.write('counts.csv', `date,area,devices\n${lines.join('\n')}\n`);
  const read = await readCountGrid(file, { chunkBytes: 40 });
  assert.ok(read !== undefined);
  assert.equal(read.grid.areaCodes, ['3320', '3322', '3324', '3330']);
  // Named as the code history names them, as the rows are once a code is joined.
  assert.equal(read.grid.areaNames, ['Flå', 'Nesbyen', 'Gol', 'Hol']);
  assert.equal(read.joins, ['0620 → 3330']);
  // Hol by hand: 0620 gave 4 January (10) and 4 February (5), 3330 gave 5 January (10) and 5 February (5).
  const { dayCount, firstDay } = read.grid;
  const hol = [...read.grid.devices.subarray(3 * dayCount, 4 * dayCount)];
  const at = (date: string) => hol[Math.round(Date.parse(date) / 86_400_000) - firstDay];
  assert.equal([at('2024-01-04'), at('2024-01-05'), at('2024-02-04'), at('2024-02-05')], [10, 10, 5, 5]);
  const model = { name: 'm', uplift: 0, deductions: {} };
  const fromGrid = await estimateGrid(read, model, { history: BUILT_IN_CODE_HISTORY });
  const fromRows = await estimate((await readCounts(file)).counts, model, { history: BUILT_IN_CODE_HISTORY });
  assert.is(JSON.stringify(fromGrid.summary), JSON.stringify(fromRows.summary));
  assert.equal(fromGrid.notes, fromRows.notes);
});

Straight.run();

const Hours = suite('readGrid and estimateHourlyGrid (plain hourly counts straight into an hour grid)');

/** An hour grid as plain values, NaN kept distinguishable, for a deep comparison. */
function plainHours(grid: HourGrid) {
  return {
    ...grid,
    dayStart: [...grid.dayStart],
    localHour: [...grid.localHour],
    values: [...grid.values].map((value) => (Number.isNaN(value) ? 'NaN' : value)),
  };
}

// Local dates around the October change (the 27th has 02:00 twice) and the March one (the 31st has no 02:00).
const hourRow = fc.tuple(
  fc.constantFrom('2024-10-26', '2024-10-27', '2024-10-28', '2024-03-30', '2024-03-31'),
  fc.integer({ min: 0, max: 23 }),
  fc.constantFrom('3320', '301', '0301', 'K-1'),
  fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 9_000 })),
);

Hours('read the hour grid the rows give, across chunks of a few dozen bytes, in any row order, 02:00 of October twice', async () => {
  const dir = tempDir();
  await fc.assert(
    fc.asyncProperty(
      fc.array(hourRow, { minLength: 1, maxLength: 60 }),
      fc.constantFrom<OnDuplicate>('error', 'sum', 'last'),
      fc.integer({ min: 40, max: 200 }),
      async (rows, onDuplicate, chunkBytes) => {
        // 02:00 does not exist on the last Sunday of March: such a row would be an error on either path.
        const text = rows
          .map(([date, hour, code, devices]) => `${date},${date === '2024-03-31' && hour === 2 ? 3 : hour},${code},${Number.isNaN(devices) ? '' : devices}`)
          .join('\n');
        const file = dir.write('hourly.csv', `date,hour,area,devices\n${text}\n`);
        const straight = await readHourGrid(file, { onDuplicate, chunkBytes });
        const counts = (await readCounts(file)).counts;
        let expected: HourGrid | undefined;
        try {
          expected = buildHourGrid(counts, onDuplicate);
        } catch {
          expected = undefined;
        }
        if (expected === undefined) return assert.is(straight, undefined);
        assert.ok(straight !== undefined);
        assert.is(straight.rows, counts.length);
        assert.equal(plainHours(straight.grid), plainHours(expected));
      },
    ),
    { numRuns: 150 },
  );
});

Hours('give the hourly fixtures’ estimates the rows give, to the byte, by either method', async () => {
  const modelFile = join(repoRoot, 'fixtures/hourly/model-known-truth.json');
  const { model } = await readModel(modelFile);
  for (const name of ['known-truth.csv', 'dst-october-2024.csv', 'dst-march-2024.csv']) {
    const file = join(repoRoot, 'fixtures/hourly', name);
    for (const method of ['night-presence', 'busiest-hour'] as const) {
      const read = await readHourGrid(file);
      assert.ok(read !== undefined, name);
      const straight = await estimateHourlyGrid(read, model, { modelFile, method });
      const byRows = await estimateHourly((await readCounts(file)).counts, model, { modelFile, method });
      assert.is(JSON.stringify(straight.summary), JSON.stringify(byRows.summary), `${name}, ${method}`);
    }
  }
});

Hours('decline a duplicate hour that is an error, and recode an old code as the daily scan does', async () => {
  const dir = tempDir();
  const duplicate = dir.write('duplicate.csv', 'date,hour,area,devices\n2024-01-01,3,3320,5\n2024-01-01,3,3320,6\n');
  assert.equal(await readGrid({ ...(await inspectCounts(duplicate)), unit: 'hour' }, { history: BUILT_IN_CODE_HISTORY }), { declined: 'duplicate' });
  assert.equal([...(await readHourGrid(duplicate, { onDuplicate: 'sum' }))!.grid.values.subarray(3, 4)], [11]);
  // 0620 (Hol before 2020) is 3330 today.
  const old = await readHourGrid(dir.write('old.csv', 'date,hour,area,devices\n2019-06-01,3,0620,5\n'));
  assert.ok(old !== undefined);
  assert.equal(old.grid.areaCodes, ['3330']);
  assert.equal(old.joins, ['0620 → 3330']);
});

Hours.run();
