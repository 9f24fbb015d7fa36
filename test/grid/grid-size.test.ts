import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError } from '../../src/errors.js';
import { allocateGrid, MAX_GRID_CELLS } from '../../src/grid/grid-size.js';
import { buildCountGrid } from '../../src/grid/count-grid.js';
import { GridBuilder } from '../../src/grid/grid-builder.js';

const GridSize = suite('the bound on grid allocations');

GridSize('allocates a grid of NaN within the bound', () => {
  const values = allocateGrid(6, { file: 'c.csv' }, '2 rows × 3 days');
  assert.is(values.length, 6);
  assert.ok(values.every(Number.isNaN));
});

GridSize('refuses a grid over 2^28 cells before allocating it', () => {
  assert.throws(
    () => allocateGrid(MAX_GRID_CELLS + 1, { file: 'c.csv' }, '2 rows × 134217729 days'),
    (error: Error) =>
      error instanceof InputError &&
      error.message ===
        `c.csv: the counts span 2 rows × 134217729 days = 268435457 cells (2.0 GiB), more than the 268435456 cells (2 GiB) a grid may hold; check the dates and area codes`,
  );
});

GridSize('buildCountGrid refuses rows spanning more days than the bound allows', () => {
  // 2 areas and the region over 100 million days: 300 million cells, 2.2 GiB.
  const counts = {
    source: 'c.csv',
    lineKind: 'line' as const,
    length: 2,
    day: Int32Array.of(0, 99_999_999),
    area: Int32Array.of(0, 1),
    devices: Float64Array.of(1, 2),
    line: Int32Array.of(2, 3),
    areaCodes: ['a', 'b'],
    areaNames: ['', ''],
    rejectedRows: 0,
    blankRows: 0,
  };
  assert.throws(
    () => buildCountGrid(counts),
    (error: Error) =>
      error instanceof InputError &&
      error.message.startsWith('c.csv: the counts span 3 rows (areas and the region) × 100000000 days = 300000000 cells (2.2 GiB), more than'),
  );
});

GridSize('GridBuilder refuses to grow past the bound', () => {
  const builder = new GridBuilder('error', { firstDay: 0, days: 10, areas: 1 }, 'c.csv');
  const columns = { day: Int32Array.of(0, 300_000_000), area: Int32Array.of(0, 0), devices: Float64Array.of(1, 2) };
  assert.throws(
    () => builder.add(columns, 0, 2),
    (error: Error) => error instanceof InputError && /^c\.csv: the counts span 2 rows × 300000001 days \(or hours\)/.test(error.message),
  );
});

GridSize.run();
