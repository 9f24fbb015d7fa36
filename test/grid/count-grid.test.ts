import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CountColumnsBuilder } from '../../src/read/count-columns.js';
import { buildCountGrid } from '../../src/grid/count-grid.js';
import { InputError } from '../../src/errors.js';

const BuildCountGrid = suite('buildCountGrid');

BuildCountGrid('lays rows out by sorted area and day, NaN where nothing was observed', () => {
  const builder = new CountColumnsBuilder('counts.csv', 'line');
  builder.push(12, 'b', '', 7, 2);
  builder.push(10, 'a', 'Alpha', 1, 3);
  builder.push(12, 'a', '', NaN, 4);
  builder.push(11, 'b', 'Beta', 5, 5);
  const grid = buildCountGrid(builder.finish());
  assert.is(grid.firstDay, 10);
  assert.is(grid.dayCount, 3);
  assert.equal(grid.areaCodes, ['a', 'b']);
  assert.equal(grid.areaNames, ['Alpha', 'Beta']);
  // Rows a, b and the region's empty row, three days each.
  assert.equal([...grid.devices], [1, NaN, NaN, NaN, 5, 7, NaN, NaN, NaN]);
  assert.instance(grid.devices.buffer, SharedArrayBuffer);
});

BuildCountGrid('refuses the same area and date twice, naming both lines', () => {
  const builder = new CountColumnsBuilder('counts.csv', 'line');
  builder.push(10, '3320', '', 1, 2);
  builder.push(10, '3322', '', 1, 3);
  builder.push(10, '3320', '', NaN, 4);
  try {
    buildCountGrid(builder.finish());
    assert.unreachable('accepted');
  } catch (error) {
    assert.instance(error, InputError);
    assert.is(
      (error as Error).message,
      'counts.csv:4: area 3320 has a second row for the same date (first at line 2); use --on-duplicate sum or last if that is expected',
    );
  }
});

BuildCountGrid('sums or replaces a duplicate when told to, and counts it', () => {
  const rows = () => {
    const builder = new CountColumnsBuilder('counts.csv', 'line');
    builder.push(10, 'a', '', 5, 2);
    builder.push(10, 'a', '', 7, 3);
    builder.push(11, 'a', '', NaN, 4);
    builder.push(11, 'a', '', 2, 5);
    builder.push(10, 'a', '', NaN, 6);
    return builder.finish();
  };
  // sum: 5 + 7 + blank is missing; blank + 2 is missing: two days made missing.  last: blank (line 6), 2.
  const summed = buildCountGrid(rows(), 'sum');
  assert.equal([...summed.devices.subarray(0, 2)], [NaN, NaN]);
  assert.is(summed.duplicateRows, 3);
  assert.is(summed.missingSums, 2);
  const last = buildCountGrid(rows(), 'last');
  assert.equal([...last.devices.subarray(0, 2)], [NaN, 2]);
  assert.is(last.duplicateRows, 3);
  assert.is(last.missingSums, 0);
});

BuildCountGrid('makes a summed day with a blank or suppressed part missing, and counts each such day once', () => {
  const builder = new CountColumnsBuilder('counts.csv', 'line');
  // Day 10: 100 and a blank. Day 11: 150, a blank (a suppressed ..) and 7. Day 12: blank and blank.
  // Day 13: 20 and 30. Area b, day 10: 4 and a blank.
  [
    [10, 'a', 100],
    [10, 'a', NaN],
    [11, 'a', 150],
    [11, 'a', NaN],
    [11, 'a', 7],
    [12, 'a', NaN],
    [12, 'a', NaN],
    [13, 'a', 20],
    [13, 'a', 30],
    [10, 'b', 4],
    [10, 'b', NaN],
  ].forEach(([day, code, devices], index) => builder.push(day as number, code as string, '', devices as number, index + 2));
  const grid = buildCountGrid(builder.finish(), 'sum');
  // a: missing, missing, missing, 20 + 30 = 50; b: missing, then nothing seen on days 11–13.
  assert.equal([...grid.devices.subarray(0, 8)], [NaN, NaN, NaN, 50, NaN, NaN, NaN, NaN]);
  assert.is(grid.duplicateRows, 6);
  // a on days 10 and 11 (once, though 7 met the missing sum again), b on day 10; day 12 had nothing observed.
  assert.is(grid.missingSums, 3);
});

BuildCountGrid('refuses the reserved area code region', () => {
  const builder = new CountColumnsBuilder('counts.arrow', 'row');
  builder.push(10, 'region', '', 1, 1);
  assert.throws(() => buildCountGrid(builder.finish()), /counts\.arrow row 1: "region" is reserved/);
});

BuildCountGrid.run();
