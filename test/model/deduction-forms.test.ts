import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { CountColumnsBuilder } from '../../src/read/count-columns.js';
import { parseDay } from '../../src/clock/day-number.js';
import { ModelError } from '../../src/errors.js';
import { estimate } from '../../src/pipeline/estimate.js';
import { readDailyValues } from '../../src/model/read-daily-values.js';
import type { Deduction, Model } from '../../src/model/model.js';
import { resolveDeductions, resolveDeductionsToGrid, type DeductionInputs, type Population } from '../../src/model/resolve-deductions.js';
import { tempDir } from '../helpers/temp-dir.js';

const Forms = suite('deduction forms');

/** One deduction laid on a grid of areas `a`, `b` from `first` for `days` days: rows a, b, region. */
function lay(
  deduction: Deduction,
  first: string,
  days: number,
  inputs: Partial<DeductionInputs> = {},
  devices = new Float64Array(3 * days).fill(1),
): number[][] {
  const model: Model = { name: 'm', uplift: 0, deductions: { d: deduction } };
  const resolved = resolveDeductions(
    model,
    { firstDay: parseDay(first)!, dayCount: days, areaCodes: ['a', 'b'], devices },
    { modelFile: 'model.json', ...inputs },
  );
  const values = [...resolved.valuesOf('d')];
  return [values.slice(0, days), values.slice(days, 2 * days), values.slice(2 * days)];
}

Forms('a weekday profile gives a Monday and a Sunday their own factor', () => {
  // 2024-03-24 was a Sunday, 2024-03-25 a Monday. External workers: 1000 × 1 on Monday, × 0.1 on Sunday.
  const [a, , region] = lay({ value: 1000, weekday: [1, 1, 1, 1, 1, 0.2, 0.1] }, '2024-03-24', 2);
  assert.equal(region, [100, 1000]);
  assert.equal(a, [NaN, NaN], 'a region-wide value has no share on an area');
});

Forms('a month profile reaches 29 February and the turn of the month', () => {
  // 2024-02-28, 2024-02-29, 2024-03-01 with February × 0.5, March × 2.
  const month = [1, 0.5, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1];
  assert.equal(lay({ value: 600, month }, '2024-02-28', 3)[2], [300, 300, 1200]);
});

Forms('a period applies from its first to its last day inclusive, and overlapping periods multiply', () => {
  const periods = [
    { from: '2024-03-28', to: '2024-03-29', factor: 3 },
    { from: '2024-03-29', to: '2024-04-30', factor: 0.5 },
  ];
  // 27 Mar outside both; 28 Mar in the first; 29 Mar in both (3 × 0.5); 30 Mar in the second.
  assert.equal(lay({ value: 100, periods }, '2024-03-27', 4)[2], [100, 300, 150, 50]);
});

Forms('byArea with a weekday profile scales each area and sums them for the region', () => {
  // Saturday 2024-03-23 and Sunday 2024-03-24: Saturday × 0.5, Sunday × 0.
  const [a, b, region] = lay({ byArea: { a: 10, b: 30 }, weekday: [1, 1, 1, 1, 1, 0.5, 0] }, '2024-03-23', 2);
  assert.equal(a, [5, 0]);
  assert.equal(b, [15, 0]);
  assert.equal(region, [20, 0]);
});

Forms('population changes on 1 January, each area with its own year', () => {
  const population: Population = new Map([
    [
      'a',
      new Map([
        [2023, 1000],
        [2024, 1010],
      ]),
    ],
    [
      'b',
      new Map([
        [2023, 500],
        [2024, 490],
      ]),
    ],
  ]);
  const [a, b, region] = lay({ population: 'p.json' }, '2023-12-31', 2, { populations: new Map([['d', population]]) });
  assert.equal(a, [1000, 1010]);
  assert.equal(b, [500, 490]);
  assert.equal(region, [1500, 1500]);
  // With a December factor of 0.75 (residents away for Christmas), 31 Dec only.
  const month = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.75];
  assert.equal(lay({ population: 'p.json', month }, '2023-12-31', 2, { populations: new Map([['d', population]]) })[2], [1125, 1500]);
});

Forms('population without a year the counts reach is an error naming area and year, unless that day was not counted', () => {
  const population: Population = new Map([
    ['a', new Map([[2023, 1]])],
    [
      'b',
      new Map([
        [2023, 1],
        [2024, 1],
      ]),
    ],
  ]);
  const populations = new Map([['d', population]]);
  assert.throws(
    () => lay({ population: 'p.json' }, '2023-12-31', 2, { populations }),
    /deductions\.d\.population: the table has no residents for area a in 2024/,
  );
  const [a] = lay({ population: 'p.json' }, '2023-12-31', 2, { populations }, Float64Array.of(5, NaN, 5, 5, NaN, NaN));
  assert.equal(a, [1, NaN]);
});

Forms('a file gives each day its value, per area or for the whole selection', async () => {
  const { write } = tempDir();
  const perArea = await readDailyValues(write('per-area.csv', 'date,area,value\n2024-02-28,a,1\n2024-02-29,a,2\n2024-02-28,b,10\n2024-02-29,b,20.5\n'));
  assert.equal(lay({ file: 'per-area.csv' }, '2024-02-28', 2, { files: new Map([['d', perArea]]) }), [
    [1, 2],
    [10, 20.5],
    [11, 22.5],
  ]);
  const whole = await readDailyValues(write('whole.csv', 'value,date\n7,2024-02-29\n3,2024-02-28\n'));
  assert.equal(lay({ file: 'whole.csv' }, '2024-02-28', 2, { files: new Map([['d', whole]]) })[2], [3, 7]);
});

Forms('a file missing a day is an error naming the first missing day', async () => {
  const whole = await readDailyValues(tempDir().write('gaps.csv', 'date,value\n2024-02-28,1\n2024-03-02,1\n'));
  try {
    lay({ file: 'gaps.csv' }, '2024-02-28', 4, { files: new Map([['d', whole]]) });
    assert.unreachable('accepted');
  } catch (error) {
    assert.instance(error, ModelError);
    assert.match((error as Error).message, /gaps\.csv has no value for 2024-02-29; it needs one for every day of the counts$/);
  }
});

Forms('a value in a file above 1e9 persons a day is refused at its line and column, as in the model', async () => {
  const file = tempDir().write('huge.csv', `date,value\n2024-02-28,1000000000\n2024-02-29,1${'0'.repeat(400)}\n`);
  await readDailyValues(file).then(
    () => assert.unreachable('accepted'),
    (error: Error) =>
      assert.match(error.message, new RegExp(`^${file.replaceAll('.', '\\.')}:3:2 \\(value\\): expected persons per day, at most 1e9, got 1000`)),
  );
});

Forms('a bad value in a file names its line and column', async () => {
  const file = tempDir().write('bad.csv', 'date,value\n2024-02-28,1\n2024-02-29,-1\n');
  await readDailyValues(file).then(
    () => assert.unreachable('accepted'),
    (error: Error) => assert.is(error.message, `${file}:3:2 (value): expected persons per day, a number ≥ 0 with a decimal point, got "-1"`),
  );
});

/**
 * Two areas, two days (Sat 2024-03-23, Sun 2024-03-24), each row split into home and foreign
 * devices. Area b's residents present (10, 12) are below disclosure control's threshold: the
 * tests of the arithmetic turn it off (`minCount: 0`).
 */
function segmentedCounts() {
  const builder = new CountColumnsBuilder('segments.csv', 'line', 8, true);
  const rows: Array<[string, string, string, number]> = [
    ['2024-03-23', 'a', 'home', 100],
    ['2024-03-23', 'a', 'foreign', 50],
    ['2024-03-24', 'a', 'home', 80],
    ['2024-03-24', 'a', 'foreign', 20],
    ['2024-03-23', 'b', 'home', 10],
    ['2024-03-23', 'b', 'foreign', 200],
    ['2024-03-24', 'b', 'home', 12],
    ['2024-03-24', 'b', 'foreign', NaN],
  ];
  rows.forEach(([date, area, segment, devices], index) => builder.push(parseDay(date)!, area, '', devices, index + 2, segment));
  return builder.finish();
}

Forms('a segment deduction takes the residents present, uplifted by their own share', async () => {
  // Uplifts exact in binary (0.25), so the sums below are exact too.
  const model: Model = { name: 'seg', uplift: { default: 0.25, bySegment: { foreign: 0 } }, deductions: { residents: { segment: 'home' } } };
  const { summary, daily } = await estimate(segmentedCounts(), model, { workers: 0, daily: true, minCount: 0 });
  // a, Sat: persons 100 × 1.25 + 50 = 175, residents 125 → 50 guest-nights; Sun: 100 + 20 = 120, residents 100 → 20.
  // b, Sat: 12.5 + 200 = 212.5, residents 12.5 → 200; Sun: foreign missing, so the day is missing for b and the region.
  assert.equal([...daily.guestNights.subarray(0, 4)], [50, 20, 200, NaN]);
  assert.equal([...daily.persons.subarray(0, 4)], [175, 120, 212.5, NaN]);
  assert.is(summary.areas.a!.guestNightsPerDay, 35);
  assert.is(summary.areas.a!.deductionsPerDay.residents, 112.5);
  assert.is(summary.region.days, 1);
  assert.is(summary.region.guestNightsPerDay, 250);
  assert.is(summary.region.personsPerDay, 387.5);
});

Forms('one uplift for all segments gives persons from the summed devices', async () => {
  const model: Model = { name: 'seg', uplift: 0.5, deductions: { residents: { segment: 'home' } } };
  const { daily, notes } = await estimate(segmentedCounts(), model, { workers: 0, daily: true, minCount: 0 });
  // a, Sat: 150 × 1.5 = 225 persons, residents 150 → 75.
  assert.is(daily.guestNights[0], 75);
  assert.equal(notes, ['1 area-days have some segments but not all; they count as missing']);
});

Forms('a segment the counts do not have is a model error', async () => {
  const model: Model = { name: 'seg', uplift: { default: 0, bySegment: { roaming: 0 } }, deductions: { residents: { segment: 'hjem' } } };
  await estimate(segmentedCounts(), model, { workers: 0, modelFile: 'model.json' }).then(
    () => assert.unreachable('accepted'),
    (error: Error) =>
      assert.is(
        error.message,
        'model.json: uplift.bySegment: segment "roaming" is not in the counts (its segments are home, foreign); deductions.residents.segment: segment "hjem" is not in the counts (its segments are home, foreign)',
      ),
  );
});

Forms('file deductions are found from the model file’s folder', async () => {
  const { dir, write } = tempDir();
  write('trippers.csv', 'date,value\n2024-03-23,40\n2024-03-24,10\n');
  const model: Model = { name: 'seg', uplift: 0, deductions: { trippers: { file: 'trippers.csv' } } };
  const { summary } = await estimate(segmentedCounts(), model, { workers: 0, modelFile: join(dir, 'model.json'), minCount: 0 });
  // Region on the one complete day (Sat): 360 devices − 40.
  assert.is(summary.region.guestNightsPerDay, 320);
  assert.is(summary.region.deductionsPerDay.trippers, 40);
});

Forms('the total adds every deduction per cell, and each one is summed over the days each row was observed', () => {
  // Areas a, b × 3 days from Monday 2024-03-25; a is missing on day 2, b on day 3, so the region
  // (its row summed, as `estimate` does first) has day 1 only.
  // residents byArea a 10, b 20; trips 7 for the region; the total's area rows are NaN (trips is region-wide).
  const devices = Float64Array.of(1, NaN, 1, 1, 1, NaN, 2, NaN, NaN);
  const model: Model = { name: 'm', uplift: 0, deductions: { residents: { byArea: { a: 10, b: 20 } }, trips: 7 } };
  const totals: Array<[number, number[]]> = [];
  const shape = { firstDay: parseDay('2024-03-25')!, dayCount: 3, areaCodes: ['a', 'b'], devices };
  const resolved = resolveDeductions(model, shape, { modelFile: 'model.json' }, (row, total) => totals.push([row, [...total]]));
  assert.equal(resolved.names, ['residents', 'trips']);
  assert.equal([...resolved.valuesOf('residents')], [10, 10, 10, 20, 20, 20, 30, 30, 30]);
  // Each row's total, in row order.
  assert.equal(totals, [
    [0, [NaN, NaN, NaN]],
    [1, [NaN, NaN, NaN]],
    [2, [37, 37, 37]],
  ]);
  assert.equal([...resolveDeductionsToGrid(model, shape, { modelFile: 'model.json' }).total], [NaN, NaN, NaN, NaN, NaN, NaN, 37, 37, 37]);
  // Without the region-wide one the area rows have totals too.
  const perArea: Model = { name: 'm', uplift: 0, deductions: { residents: { byArea: { a: 10, b: 20 } } } };
  assert.equal([...resolveDeductionsToGrid(perArea, shape, { modelFile: 'model.json' }).total], [10, 10, 10, 20, 20, 20, 30, 30, 30]);
  // a: days 1 and 3 → 20; b: days 1 and 2 → 40; region: day 1 → 30 and 7.
  assert.equal([...resolved.observedSums.get('residents')!], [20, 40, 30]);
  assert.is(resolved.observedSums.get('trips')![2], 7);
  // Laid out once and kept; a name the model lacks is a mistake in the caller.
  assert.is(resolved.valuesOf('trips'), resolved.valuesOf('trips'));
  assert.equal([...resolved.valuesOf('trips')], [NaN, NaN, NaN, NaN, NaN, NaN, 7, 7, 7]);
  assert.throws(() => resolved.valuesOf('workers'), /no deduction named workers/);
});

Forms.run();
