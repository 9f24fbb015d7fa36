import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dayOfDate } from '../../src/clock/day-number.js';
import { simulateRegion } from '../../src/simulate/simulate-region.js';
import type { SimulationResult } from '../../src/simulate/simulation-result.js';
import { emptyMunicipality, tinyScenario } from './tiny-scenario.js';

/** A day's value in a per-area daily array. */
function dayValue(result: SimulationResult, values: Float64Array, row: number, date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return values[row * result.dayCount + dayOfDate(year!, month!, day!) - result.firstDay]!;
}

/** A clock hour's value in the per-area hourly array. */
function hourValue(result: SimulationResult, area: number, date: string, hour: number): number {
  const [year, month, day] = date.split('-').map(Number);
  return result.counts.hourly[(area * result.dayCount + dayOfDate(year!, month!, day!) - result.firstDay) * 24 + hour]!;
}

function total(values: Float64Array): number {
  return values.reduce((sum, value) => sum + value, 0);
}

const CabinWeekend = suite('a cabin party of 3 from Friday to Sunday');
// One municipality; the party arrives on Friday 2024-01-12 and stays the nights of Friday and Saturday.
const cabinScenario = tinyScenario([emptyMunicipality('1')], {
  scripted: { stays: [{ group: 'cabins', area: '1', arrive: '2024-01-12', nights: 2, persons: 3 }] },
});
const cabin = simulateRegion(cabinScenario, { seed: 1, from: '2024-01-08', to: '2024-01-21' });

CabinWeekend('makes exactly 2 × 3 = 6 guest-nights, dated by the Friday and Saturday evenings', () => {
  assert.is(total(cabin.truth.guestNights.subarray(0, cabin.dayCount)), 6);
  assert.is(dayValue(cabin, cabin.truth.guestNights, 0, '2024-01-12'), 3);
  assert.is(dayValue(cabin, cabin.truth.guestNights, 0, '2024-01-13'), 3);
  assert.is(dayValue(cabin, cabin.truth.guestNights, 0, '2024-01-14'), 0, 'Sunday night: gone');
  assert.is(dayValue(cabin, cabin.truth.guestNights, 1, '2024-01-12'), 3, "the region's row");
});

CabinWeekend('gives 3 devices on each of Friday, Saturday and Sunday in the daily counts: 9 device-days for 6 guest-nights', () => {
  assert.is(dayValue(cabin, cabin.counts.daily, 0, '2024-01-12'), 3);
  assert.is(dayValue(cabin, cabin.counts.daily, 0, '2024-01-13'), 3);
  assert.is(dayValue(cabin, cabin.counts.daily, 0, '2024-01-14'), 3);
  assert.is(total(cabin.counts.daily), 9);
  assert.is(total(cabin.counts.regionDaily), 9);
});

CabinWeekend('has 3 devices at 03:00 on Saturday and Sunday mornings, none on Friday or Monday morning', () => {
  assert.is(hourValue(cabin, 0, '2024-01-12', 3), 0);
  assert.is(hourValue(cabin, 0, '2024-01-13', 3), 3);
  assert.is(hourValue(cabin, 0, '2024-01-14', 3), 3);
  assert.is(hourValue(cabin, 0, '2024-01-15', 3), 0);
});

CabinWeekend('counts the party as visitors: it sleeps 2 nights of 31 in the municipality', () => {
  // dailySegments rows: home (segment 0) then visitor (segment 1), one municipality each.
  assert.is(total(cabin.counts.dailySegments.subarray(0, cabin.dayCount)), 0);
  assert.is(total(cabin.counts.dailySegments.subarray(cabin.dayCount)), 9);
});

CabinWeekend.run();

const ThroughTrip = suite('a trip through three municipalities');
// Road A–B–C, 30 minutes across each; 2 persons start at 10:00: A 10:00–10:30, B 10:30–11:00, C 11:00–11:30.
const tripScenario = tinyScenario([emptyMunicipality('A'), emptyMunicipality('B'), emptyMunicipality('C')], {
  scripted: { trips: [{ via: ['A', 'B', 'C'], date: '2024-05-15', minute: 600, persons: 2 }] },
});
const trip = simulateRegion(tripScenario, { seed: 1, from: '2024-05-15', to: '2024-05-15' });

ThroughTrip('is counted once in each municipality it touches, and once in the region', () => {
  assert.equal(
    [0, 1, 2].map((area) => trip.counts.daily[area]),
    [2, 2, 2],
  );
  assert.is(trip.counts.regionDaily[0], 2);
});

ThroughTrip('is present in the clock hours it spends in each municipality', () => {
  assert.is(hourValue(trip, 0, '2024-05-15', 10), 2);
  assert.is(hourValue(trip, 1, '2024-05-15', 10), 2);
  assert.is(hourValue(trip, 2, '2024-05-15', 11), 2);
  assert.is(total(trip.counts.hourly), 6, 'no other hour');
});

ThroughTrip('is through-traffic in the truth: 2 in each municipality, 2 in the region, no guest-nights', () => {
  assert.equal(
    [0, 1, 2, 3].map((row) => trip.truth.throughTraffic[row]),
    [2, 2, 2, 2],
  );
  assert.is(total(trip.truth.guestNights), 0);
});

ThroughTrip('is counted only where it stays long enough when the operator asks for 31 minutes a day', () => {
  const slow = tinyScenario([emptyMunicipality('A', { crossingMinutes: 45 }), emptyMunicipality('B'), emptyMunicipality('C')], {
    counting: { dailyMinMinutes: 31, hourlyMinMinutes: 1, homeNightShare: 0.5 },
    scripted: tripScenario.scripted!,
  });
  const result = simulateRegion(slow, { seed: 1, from: '2024-05-15', to: '2024-05-15' });
  // A 45 minutes (counted), B and C 30 minutes each (not); the region 105 minutes (counted).
  assert.equal(
    [0, 1, 2].map((area) => result.counts.daily[area]),
    [2, 0, 0],
  );
  assert.is(result.counts.regionDaily[0], 2);
});

ThroughTrip.run();

const Residents = suite('residents');
// Two residents who never leave, one of them away the night of Wednesday 2024-01-10.
const residentScenario = tinyScenario([emptyMunicipality('1', { residents: 2 })], {
  scripted: { away: [{ area: '1', date: '2024-01-10', nights: 1, persons: 1 }] },
});
const residents = simulateRegion(residentScenario, { seed: 1, from: '2024-01-08', to: '2024-01-14' });

Residents('present at night: 2, but 1 on the night a resident is away', () => {
  const present = Array.from(residents.truth.residentsPresent.subarray(0, residents.dayCount));
  // Nights of 8, 9, 10, 11, 12, 13, 14 January.
  assert.equal(present, [2, 2, 1, 2, 2, 2, 2]);
});

Residents('are counted every day (the one away leaves and comes back by day) but one fewer at 03:00 after the night away', () => {
  assert.equal(Array.from(residents.counts.daily), [2, 2, 2, 2, 2, 2, 2]);
  assert.is(hourValue(residents, 0, '2024-01-10', 3), 2);
  assert.is(hourValue(residents, 0, '2024-01-11', 3), 1);
});

Residents('are in the home segment: they sleep more than half the month at home', () => {
  assert.is(total(residents.counts.dailySegments.subarray(0, residents.dayCount)), 14);
  assert.is(total(residents.counts.dailySegments.subarray(residents.dayCount)), 0);
});

Residents.run();

const Operator = suite('the operator');

Operator('scales its counts by 1 / its nominal share: 3 counted devices at a 50 % share are 6', () => {
  const half = { ...cabinScenario, phones: { ...cabinScenario.phones, nominalShare: 0.5 } };
  const result = simulateRegion(half, { seed: 1, from: '2024-01-08', to: '2024-01-21' });
  assert.is(dayValue(result, result.counts.daily, 0, '2024-01-13'), 6);
  assert.is(hourValue(result, 0, '2024-01-13', 3), 6);
  assert.is(dayValue(result, result.truth.guestNights, 0, '2024-01-12'), 3, 'the truth is persons');
});

Operator('counts about half the devices of 4 000 residents at a 50 % share, and scaling by 2 restores about 4 000', () => {
  const many = tinyScenario([emptyMunicipality('1', { residents: 4000 })], {
    phones: { noPhone: 0, twoDevices: 0, operatorShare: 0.5, nominalShare: 0.5, groups: {} },
  });
  const result = simulateRegion(many, { seed: 7, from: '2024-01-08', to: '2024-01-08' });
  // Counted devices ~ Binomial(4000, 0.5): mean 2000, sd √1000 ≈ 31.6; scaled ×2: sd ≈ 63. Four sd: ±253.
  assert.ok(Math.abs(result.counts.daily[0]! - 4000) < 253, `${result.counts.daily[0]}`);
  assert.is(result.counts.daily[0]! % 2, 0, 'every counted device is 2 scaled ones');
});

Operator('counts a person with two devices twice, and the truth knows the persons per device', () => {
  const twoEach = { ...cabinScenario, phones: { noPhone: 0, twoDevices: 1, operatorShare: 1, nominalShare: 1, groups: {} } };
  const result = simulateRegion(twoEach, { seed: 1, from: '2024-01-08', to: '2024-01-21' });
  assert.is(dayValue(result, result.counts.daily, 0, '2024-01-13'), 6);
  assert.is(dayValue(result, result.truth.personsAtNight, 0, '2024-01-12'), 3);
  assert.is(dayValue(result, result.truth.devicesAtNight, 0, '2024-01-12'), 6);
});

Operator.run();
