import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readSmallCsv } from '../../src/read/read-small-csv.js';
import { tempDir } from '../helpers/temp-dir.js';

const ReadSmallCsv = suite('readSmallCsv');

ReadSmallCsv("keeps the file's line numbers past blank lines and finds columns by name", async () => {
  const file = tempDir().write('capacity.csv', 'Capacity,AREA\n\n15000,3326\n\n\n20000 , 3330\n');
  const csv = await readSmallCsv(file, { required: ['area', 'capacity'], optional: ['note'] });
  assert.equal(csv.columns, { area: 1, capacity: 0, note: -1 });
  assert.equal(csv.rows, [
    { cells: ['15000', '3326'], line: 3 },
    { cells: ['20000', '3330'], line: 6 },
  ]);
});

ReadSmallCsv('reads # as text unless comments are asked for', async () => {
  const file = tempDir().write('list.csv', 'area,capacity\n#1,5\n');
  assert.equal((await readSmallCsv(file, { required: ['area'] })).rows, [{ cells: ['#1', '5'], line: 2 }]);
  assert.equal((await readSmallCsv(file, { required: ['area'], comments: true })).rows, []);
});

ReadSmallCsv.run();
