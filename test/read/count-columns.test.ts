import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CountColumnsBuilder, daySpan } from '../../src/read/count-columns.js';

const ReserveRows = suite('CountColumnsBuilder.reserveRows (rows written by the reader itself)');

ReserveRows('keeps the rows written before the columns grow, and counts only those set', () => {
  const builder = new CountColumnsBuilder('counts.csv', 'line', 2);
  const area = builder.areaIndexOf('3320', 'Flå');
  let columns = builder.reserveRows(1);
  assert.is(columns.length, 0);
  for (let row = 0; row < 2; row++) {
    columns.day[row] = 19_723 + row; // 2024-01-01, 2024-01-02
    columns.area[row] = area;
    columns.devices[row] = 100 + row;
    columns.line[row] = row + 2;
  }
  builder.setLength(2);
  // Full at 2 rows: room for 3 more means growing, with the first two rows copied along.
  columns = builder.reserveRows(3);
  assert.is(columns.length, 2);
  assert.ok(columns.day.length >= 5);
  columns.day[2] = 19_725;
  columns.area[2] = area;
  columns.devices[2] = NaN;
  columns.line[2] = 4;
  builder.setLength(3);
  const counts = builder.finish();
  assert.equal([...counts.day], [19_723, 19_724, 19_725]);
  assert.equal([...counts.devices], [100, 101, NaN]);
  assert.equal([...counts.line], [2, 3, 4]);
  assert.equal(counts.areaNames, ['Flå']);
});

ReserveRows('lends the utcHour column only to an hourly builder', () => {
  assert.is(new CountColumnsBuilder('counts.csv', 'line').reserveRows(1).utcHour, undefined);
  assert.ok(new CountColumnsBuilder('counts.csv', 'line', 4, false, true).reserveRows(1).utcHour instanceof Int32Array);
});

ReserveRows.run();

const ResolveRepeatedHour = suite('CountColumnsBuilder.resolveRepeatedHour');

// 2024-10-27T00:00Z (UTC hour 480552) and 01:00Z are both 02:00 on the Oslo clock: summer, then winter time.
ResolveRepeatedHour('takes the first local 02:00 of the October day as summer time and the second as winter time', () => {
  const builder = new CountColumnsBuilder('counts.csv', 'line', 4, false, true);
  assert.is(builder.resolveRepeatedHour(0, -1, 480_552, true), 480_552);
  assert.is(builder.resolveRepeatedHour(0, -1, 480_552, true), 480_553);
  // Another area has its own first 02:00.
  assert.is(builder.resolveRepeatedHour(1, -1, 480_552, true), 480_552);
});

ResolveRepeatedHour('leaves instants (Z or an offset) and ordinary hours as they are', () => {
  const builder = new CountColumnsBuilder('counts.csv', 'line', 4, false, true);
  assert.is(builder.resolveRepeatedHour(0, -1, 480_552, false), 480_552);
  assert.is(builder.resolveRepeatedHour(0, -1, 480_552, false), 480_552);
  assert.is(builder.resolveRepeatedHour(0, -1, 480_554, true), 480_554);
  assert.is(builder.resolveRepeatedHour(0, -1, 480_554, true), 480_554);
});

ResolveRepeatedHour.run();

const DaySpan = suite('daySpan');

DaySpan('finds the first and last day in any row order, and 0 and 0 without rows', () => {
  assert.equal(daySpan({ length: 4, day: Int32Array.of(19815, 19813, 19820, 19814) }), { firstDay: 19813, lastDay: 19820 });
  assert.equal(daySpan({ length: 1, day: Int32Array.of(-3) }), { firstDay: -3, lastDay: -3 });
  assert.equal(daySpan({ length: 0, day: new Int32Array(0) }), { firstDay: 0, lastDay: 0 });
});

DaySpan.run();
