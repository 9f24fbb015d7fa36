import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CountColumnsBuilder } from '../src/count-columns.js';
import { buildCountGrid } from '../src/count-grid.js';
import { InputError } from '../src/errors.js';

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
    assert.is((error as Error).message, 'counts.csv:4: area 3320 has a second row for the same date (first at line 2)');
  }
});

BuildCountGrid('refuses the reserved area code region', () => {
  const builder = new CountColumnsBuilder('counts.arrow', 'row');
  builder.push(10, 'region', '', 1, 1);
  assert.throws(() => buildCountGrid(builder.finish()), /counts\.arrow row 1: "region" is reserved/);
});

BuildCountGrid.run();
