import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_CALENDAR } from '../../src/calendar/calendar-options.js';
import { formatPeak } from '../../src/write/table/format-peak.js';
import { CountColumnsBuilder } from '../../src/read/count-columns.js';
import { parseDay } from '../../src/clock/day-number.js';
import { estimate } from '../../src/pipeline/estimate.js';
import { peakPresence } from '../../src/peak/peak.js';
import { tinyCounts, tinyModel } from '../helpers/tiny-counts.js';

const close = (actual: number | null | undefined, expected: number) => actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9;
const PeakPresence = suite('peakPresence');

// By hand (uplift 10 %): area 1 persons 110, 220, —; area 2 persons 55, 0, 33;
// region 165, 220, — (1 March is incomplete). Residents: area 1 60, area 2 40, region 100.
PeakPresence('finds the busiest day, the ranking and the percentiles of persons present', async () => {
  const presence = peakPresence(await estimate(tinyCounts(), tinyModel, { daily: true }), { top: 2 });
  const { region } = presence;
  assert.is(region.days, 2);
  assert.is(region.peak?.date, '2024-02-29');
  assert.ok(close(region.peak?.persons, 220));
  assert.equal(
    region.top.map((day) => day.date),
    ['2024-02-29', '2024-02-28'],
  );
  // Two values 165, 220: p50 = 192.5, p90 = 165 + 0.9 × 55 = 214.5.
  assert.ok(close(region.percentiles.p50, 192.5));
  assert.ok(close(region.percentiles.p90, 214.5));
  assert.ok(close(region.peakToResidents, 2.2));
  const area2 = presence.areas['2']!;
  assert.equal(
    area2.top.map((day) => day.date),
    ['2024-02-28', '2024-03-01'],
  );
  // 0, 33, 55: p50 = 33; p95: h = 1.9 → 33 + 0.9 × 22 = 52.8.
  assert.ok(close(area2.percentiles.p50, 33));
  assert.ok(close(area2.percentiles.p95, 52.8));
  assert.ok(close(presence.areas['1']!.peakToResidents, 220 / 60));
});

PeakPresence('counts the days above a capacity, for the region and per area', async () => {
  const presence = peakPresence(await estimate(tinyCounts(), tinyModel, { daily: true }), { capacities: { region: 200, byArea: { '2': 40 } } });
  assert.equal(presence.region.capacity, { value: 200, daysAbove: 1, dates: ['2024-02-29'] });
  assert.equal(presence.areas['2']!.capacity, { value: 40, daysAbove: 1, dates: ['2024-02-28'] });
  assert.is(presence.areas['1']!.capacity, null);
});

PeakPresence('breaks presence down by month, with its maximum and p95', async () => {
  const { region } = peakPresence(await estimate(tinyCounts(), tinyModel, { daily: true }));
  // February: 165 and 220; p95 = 165 + 0.95 × 55 = 217.25. March has no complete day.
  assert.equal(
    region.months.map((month) => [month.month, month.days]),
    [
      ['2024-02', 2],
      ['2024-03', 0],
    ],
  );
  assert.ok(close(region.months[0]!.max, 220));
  assert.ok(close(region.months[0]!.p95, 217.25));
  assert.is(region.months[1]!.max, null);
});

PeakPresence("breaks presence down by the model's seasons and by day type", async () => {
  // One season of a single day, 29 February; week 8 as the winter break, so 28 Feb – 1 Mar 2024
  // (Wednesday to Friday of week 9, no holiday) are all weekdays.
  const calendar = { seasons: [{ name: 'leap', ranges: [{ from: '02-29', to: '02-29' }] }], default: 'rest', winterBreakWeeks: [8] };
  const presence = peakPresence(await estimate(tinyCounts(), { ...tinyModel, calendar }, { daily: true }));
  assert.equal(presence.calendar, calendar);
  // Region 165 (28 Feb), 220 (29 Feb), none on 1 March.
  const [leap, other] = presence.region.seasons;
  assert.equal([leap!.season, leap!.days, other!.season, other!.days], ['leap', 1, 'rest', 1]);
  assert.ok(close(leap!.max, 220) && close(leap!.p95, 220) && close(other!.max, 165) && close(other!.p95, 165));
  // Area 2: 55, 0, 33; `rest` holds 55 and 33: p95 = 33 + 0.95 × 22 = 53.9.
  const rest = presence.areas['2']!.seasons[1]!;
  assert.is(rest.days, 2);
  assert.ok(close(rest.max, 55) && close(rest.p95, 53.9));
  const { dayTypes } = presence.region;
  assert.equal(
    dayTypes.map((group) => [group.dayType, group.days]),
    [
      ['holiday', 0],
      ['weekend', 0],
      ['winterBreak', 0],
      ['weekday', 2],
    ],
  );
  assert.ok(close(dayTypes[3]!.max, 220));
  assert.ok(close(dayTypes[3]!.p95, 217.25));
  assert.is(dayTypes[0]!.max, null);
});

/** One area, uplift 0 (persons = devices), on days of every type around Easter 2024 and week 8; disclosure control off for its small counts. */
async function easterPresence() {
  const builder = new CountColumnsBuilder('easter.csv', 'line');
  const rows: Array<[string, number]> = [
    ['2024-02-19', 40],
    ['2024-02-24', 70],
    ['2024-03-27', 10],
    ['2024-03-28', 90],
    ['2024-03-29', 80],
    ['2024-03-30', 60],
    ['2024-03-31', 100],
  ];
  rows.forEach(([date, devices], index) => builder.push(parseDay(date)!, 'a', 'Alpha', devices, index + 2));
  return peakPresence(await estimate(builder.finish(), { name: 'Easter', uplift: 0, deductions: {} }, { daily: true, minCount: 0 }));
}

PeakPresence("uses the default calendar: holidays, weekends, the winter break and Hemsedal's seasons", async () => {
  const presence = await easterPresence();
  assert.equal(presence.calendar, DEFAULT_CALENDAR);
  // By hand: Monday 19 Feb (week 8) winter break; Saturday 24 Feb (week 8) and Saturday 30 March
  // weekend; Wednesday 27 March weekday; 28, 29 and 31 March holidays. All in the high season.
  // Holidays 80, 90, 100: p95 h = 1.9 → 90 + 0.9 × 10 = 99. Weekend 60, 70: 60 + 0.95 × 10 = 69.5.
  // High: 10 40 60 70 80 90 100: h = 5.7 → 90 + 0.7 × 10 = 97.
  assert.equal(presence.region.dayTypes, [
    { dayType: 'holiday', days: 3, max: 100, p95: 99 },
    { dayType: 'weekend', days: 2, max: 70, p95: 69.5 },
    { dayType: 'winterBreak', days: 1, max: 40, p95: 40 },
    { dayType: 'weekday', days: 1, max: 10, p95: 10 },
  ]);
  assert.equal(presence.region.seasons, [
    { season: 'low', days: 0, max: null, p95: null },
    { season: 'high', days: 7, max: 100, p95: 97 },
  ]);
  assert.equal(presence.areas.a!.dayTypes, presence.region.dayTypes);
});

PeakPresence('prints the breakdown as a column per season and day type', async () => {
  const lines = formatPeak(await easterPresence()).split('\n');
  const cells = (title: string, row: number) => lines[lines.indexOf(title) + row]!.trim().split(/ {2,}/);
  assert.equal(cells('Maximum by season and day type', 1), ['area', 'name', 'low', 'high', 'holiday', 'weekend', 'winterBreak', 'weekday']);
  assert.equal(cells('Maximum by season and day type', 2), ['region', 'Easter', 'n/a', '100', '100', '70', '40', '10']);
  assert.equal(cells('Maximum by season and day type', 3), ['a', 'Alpha', 'n/a', '100', '100', '70', '40', '10']);
  // 69.5 rounds half away from zero.
  assert.equal(cells('p95 by season and day type', 2), ['region', 'Easter', 'n/a', '97', '99', '70', '40', '10']);
});

PeakPresence('names the earliest of equally busy days as the peak', async () => {
  const builder = new CountColumnsBuilder('ties.csv', 'line');
  ['2024-05-03', '2024-05-01', '2024-05-02'].forEach((date, index) => builder.push(parseDay(date)!, 'a', '', [9, 5, 9][index]!, index + 2));
  const presence = peakPresence(await estimate(builder.finish(), { name: 'Ties', uplift: 0, deductions: {} }, { daily: true, minCount: 0 }));
  assert.equal(presence.region.peak, { date: '2024-05-02', persons: 9 });
  assert.equal(
    presence.region.top.map((day) => day.date),
    ['2024-05-02', '2024-05-03', '2024-05-01'],
  );
  assert.is(presence.region.peakToResidents, null);
});

PeakPresence('notes capacity areas the counts do not have, and finds no capacity for an area called constructor', async () => {
  const result = await estimate(tinyCounts(), tinyModel, { daily: true });
  const byArea = Object.assign(Object.create(null) as Record<string, number>, { '2': 40, '9999': 10, '33\u200b20': 5 });
  const presence = peakPresence(result, { capacities: { byArea } });
  assert.equal(presence.capacityAreasNotCounted, ['9999', '33\u200b20']);
  assert.ok(formatPeak(presence).endsWith('Note: the capacities list areas the counts do not have, left unused: 9999, 33\\u200B20\n'));
  // Without such areas the summary has no such field.
  assert.is('capacityAreasNotCounted' in peakPresence(result, { capacities: { byArea: { '2': 40 } } }), false);
});

PeakPresence.run();
