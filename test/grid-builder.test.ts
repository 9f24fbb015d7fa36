import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { join } from 'node:path';
import { CountColumnsBuilder } from '../src/count-columns.js';
import { formatDay } from '../src/day-number.js';
import { buildCountGrid, type CountGrid, type OnDuplicate } from '../src/count-grid.js';
import { estimate, estimateGrid } from '../src/estimate.js';
import { InputError } from '../src/errors.js';
import { DuplicateRow, expectedGrid, GridBuilder } from '../src/grid-builder.js';
import { readCountGrid, readCounts, readHourGrid } from '../src/io/read-counts.js';
import { buildHourGrid, type HourGrid } from '../src/hour-grid.js';
import { estimateHourly, estimateHourlyGrid } from '../src/estimate-hourly.js';
import { readModel } from '../src/model/read-model.js';
import { repoRoot } from './helpers/repo-root.js';
import { tempDir } from './helpers/temp-dir.js';

/** A grid as plain values, NaN kept distinguishable, for a deep comparison. */
function plain(grid: CountGrid) {
  return { ...grid, devices: [...grid.devices].map((value) => (Number.isNaN(value) ? 'NaN' : value)) };
}

const Builder = suite('GridBuilder (rows laid out as they are read)');

// Rows in any order, codes whose sort order differs from their order of first sight, blanks and duplicates.
const row = fc.tuple(fc.integer({ min: 19_700, max: 19_760 }), fc.constantFrom('3320', '301', '0301', '5', '10', 'K-1'), fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 9_000 })));

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

Builder('expects room for the days a chunk covers, not its rows, so that a sparse file does not grow time after time', () => {
  // By time, every 12th day (two hours of a day's 24, say) for areas 0–2: 9 rows over days 100–124.
  // Of the chunk's 25 days, 24 count in full; 4 chunks with 2 % to spare: ⌈24 × 4 × 1.02⌉ = 98 days.
  const sparse = chunkOf([100, 112, 124].flatMap((day) => [0, 1, 2].map((area): [number, number] => [day, area])));
  assert.equal(expectedGrid(sparse, 3, 4), { firstDay: 100, days: 98, areas: 3 });
  // Dense, one chunk (half a chunk's bytes counts as one): its 2 days, rows per area 2 × 1.02 → 3.
  const dense = chunkOf([100, 101].flatMap((day) => [0, 1, 2].map((area): [number, number] => [day, area])));
  assert.equal(expectedGrid(dense, 3, 0.5), { firstDay: 100, days: 3, areas: 3 });
  // By area, area 1 cut short: the span's 21 days, and of 2 areas the first counts in full: ⌈1 × 3 × 1.02⌉ = 4.
  const byArea = chunkOf([[100, 0], [110, 0], [120, 0], [100, 1], [110, 1]]);
  assert.equal(expectedGrid(byArea, 2, 3), { firstDay: 100, days: 21, areas: 4 });
});

Builder.run();

const Straight = suite('readCountGrid and estimateGrid (a plain daily CSV straight into a grid)');

Straight('give the Hallingdal estimate the rows give, to the byte', async () => {
  const counts = join(repoRoot, 'fixtures/hallingdal/counts.csv');
  const modelFile = join(repoRoot, 'fixtures/hallingdal/model.json');
  const { model } = await readModel(modelFile);
  const read = await readCountGrid(counts);
  assert.ok(read !== undefined);
  assert.is(read.rows, 3282);
  const fromGrid = await estimateGrid(read, model, { modelFile });
  assert.ok(fromGrid !== undefined);
  assert.is(JSON.stringify(fromGrid.summary), JSON.stringify((await estimate((await readCounts(counts)).counts, model, { modelFile })).summary));
});

Straight('read the grid the rows give, across chunks of a few dozen bytes, in any row order', async () => {
  const dir = tempDir();
  await fc.assert(
    fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 80 }), fc.constantFrom<OnDuplicate>('error', 'sum', 'last'), fc.integer({ min: 40, max: 200 }), async (rows, onDuplicate, chunkBytes) => {
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
    }),
    { numRuns: 150 },
  );
});

Straight('leave to the rows: hourly counts, a duplicate that is an error, an old municipality code', async () => {
  assert.is(await readCountGrid(join(repoRoot, 'fixtures/hourly/known-truth.csv')), undefined);
  const dir = tempDir();
  const duplicate = dir.write('duplicate.csv', 'date,area,devices\n2024-01-01,3320,5\n2024-01-01,3320,6\n');
  assert.is(await readCountGrid(duplicate), undefined);
  assert.equal((await readCountGrid(duplicate, { onDuplicate: 'sum' }))?.grid.devices[0], 11);
  // 0620 (Hol before 2020) is 3330 today: the rows are recoded before they are laid out.
  const old = await readCountGrid(dir.write('old.csv', 'date,area,devices\n2019-06-01,0620,5\n'));
  assert.ok(old !== undefined);
  assert.is(await estimateGrid(old, { name: 'm', uplift: 0, deductions: {} }), undefined);
});

Straight.run();

const Hours = suite('readHourGrid and estimateHourlyGrid (plain hourly counts straight into an hour grid)');

/** An hour grid as plain values, NaN kept distinguishable, for a deep comparison. */
function plainHours(grid: HourGrid) {
  return { ...grid, dayStart: [...grid.dayStart], localHour: [...grid.localHour], values: [...grid.values].map((value) => (Number.isNaN(value) ? 'NaN' : value)) };
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
    fc.asyncProperty(fc.array(hourRow, { minLength: 1, maxLength: 60 }), fc.constantFrom<OnDuplicate>('error', 'sum', 'last'), fc.integer({ min: 40, max: 200 }), async (rows, onDuplicate, chunkBytes) => {
      // 02:00 does not exist on the last Sunday of March: such a row would be an error on either path.
      const text = rows.map(([date, hour, code, devices]) => `${date},${date === '2024-03-31' && hour === 2 ? 3 : hour},${code},${Number.isNaN(devices) ? '' : devices}`).join('\n');
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
    }),
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
      assert.ok(straight !== undefined, name);
      const byRows = await estimateHourly((await readCounts(file)).counts, model, { modelFile, method });
      assert.is(JSON.stringify(straight.summary), JSON.stringify(byRows.summary), `${name}, ${method}`);
    }
  }
});

Hours('leave to the rows: daily or segmented counts, a duplicate that is an error, an old municipality code', async () => {
  assert.is(await readHourGrid(join(repoRoot, 'fixtures/hallingdal/counts.csv')), undefined);
  const dir = tempDir();
  assert.is(await readHourGrid(dir.write('segmented.csv', 'date,hour,area,segment,devices\n2024-01-01,3,3320,home,5\n')), undefined);
  const duplicate = dir.write('duplicate.csv', 'date,hour,area,devices\n2024-01-01,3,3320,5\n2024-01-01,3,3320,6\n');
  assert.is(await readHourGrid(duplicate), undefined);
  assert.equal([...(await readHourGrid(duplicate, { onDuplicate: 'sum' }))!.grid.values.subarray(3, 4)], [11]);
  // 0620 (Hol before 2020) is 3330 today: the rows are recoded before they are laid out.
  const old = await readHourGrid(dir.write('old.csv', 'date,hour,area,devices\n2019-06-01,3,0620,5\n'));
  assert.ok(old !== undefined);
  assert.is(await estimateHourlyGrid(old, { name: 'm', uplift: 0, deductions: {} }), undefined);
});

Hours.run();
