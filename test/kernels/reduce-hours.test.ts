import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { reduceHours, type HourColumns } from '../../src/kernels/reduce-hours.js';
import { reduceRegionHours } from '../../src/kernels/reduce-region-hours.js';

/**
 * Two areas, one segment, two local days: a 24-hour day and a 23-hour one (no 02:00), 47 slots.
 * Area 0: 10 devices every hour, 40 at 13:00 on day 0 and at 12:00 on day 1.
 * Area 1: 20 every hour, 50 at 18:00 on both days.
 */
function columnsOf(weights = Float64Array.of(1)): HourColumns {
  const localHour = Uint8Array.from([
    ...Array.from({ length: 24 }, (_, hour) => hour),
    ...Array.from({ length: 24 }, (_, hour) => hour).filter((hour) => hour !== 2),
  ]);
  const slotCount = localHour.length;
  const values = new Float64Array(2 * slotCount);
  for (let slot = 0; slot < slotCount; slot++) {
    const day = slot < 24 ? 0 : 1;
    values[slot] = localHour[slot] === (day === 0 ? 13 : 12) ? 40 : 10;
    values[slotCount + slot] = localHour[slot] === 18 ? 50 : 20;
  }
  return {
    values,
    weights,
    dayStart: Int32Array.of(0, 24, 47),
    localHour,
    presence: new Float64Array(3 * 2),
    peakSlot: new Int32Array(3 * 2),
    atPeak: new Float64Array(2 * 2),
    night: new Float64Array(2 * 2),
  };
}
const numbers = { slotCount: 47, dayCount: 2, segmentCount: 1, nightFrom: 2, nightTo: 4 };

const ReduceHours = suite('reduceHours and reduceRegionHours');

ReduceHours('find each day’s busiest hour, its slot, and the night mean, by hand', () => {
  const columns = columnsOf(Float64Array.of(1.5));
  reduceHours(columns, numbers, 0, 2);
  // Persons = devices × 1.5: area 0 peaks at 40 × 1.5 = 60, area 1 at 50 × 1.5 = 75.
  assert.equal([...columns.presence.subarray(0, 4)], [60, 60, 75, 75]);
  // Slots: 13 on day 0; day 1 starts at slot 24 and lacks 02:00, so 12:00 is slot 24 + 11 = 35 and 18:00 is 24 + 17 = 41.
  assert.equal([...columns.peakSlot.subarray(0, 4)], [13, 35, 18, 41]);
  assert.equal([...columns.atPeak], [40, 40, 50, 50]);
  // Night means in devices, dated by the evening: day 0's night is read on day 1's morning, which
  // lacks 02:00 (03:00 alone); day 1's evening has no morning in the grid.
  assert.equal([...columns.night], [10, NaN, 20, NaN]);
});

ReduceHours('read an evening window on its own day and a morning window on the next', () => {
  // Area 0 on day 0: 22:00 and 23:00 set to 30, so the 22–24 window of day 0 is 30 and day 1's (10 every hour) is 10.
  const evening = columnsOf();
  evening.values[22] = 30;
  evening.values[23] = 30;
  reduceHours(evening, { ...numbers, nightFrom: 22, nightTo: 24 }, 0, 2);
  assert.equal([...evening.night], [30, 10, 20, 20]);
  // A window across noon (10–14) takes 12:00 and 13:00 of the evening's day and 10:00 and 11:00 of the next morning:
  // day 0: 12:00 10, 13:00 40, then day 1's 10:00 and 11:00, 10 each → 70 / 4; day 1 has no next morning.
  const noon = columnsOf();
  reduceHours(noon, { ...numbers, nightFrom: 10, nightTo: 14 }, 0, 2);
  assert.equal([...noon.night], [70 / 4, NaN, 20, NaN]);
});

ReduceHours('leave a day with a missing hour unknown, and only its night if the night is whole', () => {
  const columns = columnsOf();
  columns.values[5] = NaN; // area 0, day 0, 05:00
  columns.values[47 + 24 + 2] = NaN; // area 1, day 1, 03:00 (slot 24 + 2): the night of day 0
  reduceHours(columns, numbers, 0, 2);
  assert.ok(Number.isNaN(columns.presence[0]!));
  assert.is(columns.peakSlot[0], -1);
  assert.ok(Number.isNaN(columns.atPeak[0]!));
  assert.is(columns.night[0], 10); // the night (day 1's 03:00) was whole
  assert.ok(Number.isNaN(columns.night[2]!)); // day 0's night: its only hour, day 1's 03:00, is missing
});

ReduceHours('give the region the busiest hour of the sum, not the sum of the areas’ busiest hours', () => {
  const columns = columnsOf();
  reduceRegionHours(columns, numbers, 2, 0, 2);
  // Day 0: 13:00 → 40 + 20 = 60, 18:00 → 10 + 50 = 60: the earlier, slot 13. The areas' maxima sum to 90.
  assert.is(columns.presence[4], 60);
  assert.is(columns.peakSlot[4], 13);
  assert.is(columns.presence[5], 60);
  assert.is(columns.peakSlot[5], 35);
});

ReduceHours('give the same result whatever the split of areas and days', () => {
  const whole = columnsOf();
  reduceHours(whole, numbers, 0, 2);
  reduceRegionHours(whole, numbers, 2, 0, 2);
  const split = columnsOf();
  reduceHours(split, numbers, 1, 2);
  reduceHours(split, numbers, 0, 1);
  reduceRegionHours(split, numbers, 2, 1, 2);
  reduceRegionHours(split, numbers, 2, 0, 1);
  assert.equal([...split.presence], [...whole.presence]);
  assert.equal([...split.peakSlot], [...whole.peakSlot]);
  assert.equal([...split.night], [...whole.night]);
});

ReduceHours.run();
