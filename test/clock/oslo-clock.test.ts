import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isFirstOfRepeatedHour, osloLocalHour } from '../../src/clock/oslo-local-hour.js';
import { osloUtcHour } from '../../src/clock/oslo-utc-hour.js';
import { parseHour } from '../../src/clock/parse-hour.js';
import { parseTime } from '../../src/clock/parse-time.js';
import { summerTime } from '../../src/clock/summer-time.js';

const HOUR_MS = 3_600_000;
const utcHourOf = (iso: string) => Date.parse(iso) / HOUR_MS;

const OsloClock = suite('the Europe/Oslo clock');

OsloClock('puts summer time 2024 from 31 March 01:00 UTC to 27 October 01:00 UTC', () => {
  assert.equal(summerTime(2024), [utcHourOf('2024-03-31T01:00:00Z'), utcHourOf('2024-10-27T01:00:00Z')]);
  // 2023: the last Sundays were 26 March and 29 October.
  assert.equal(summerTime(2023), [utcHourOf('2023-03-26T01:00:00Z'), utcHourOf('2023-10-29T01:00:00Z')]);
});

OsloClock('agrees with Intl (the machine’s time-zone data) on every hour from 2019 to 2030', () => {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  });
  for (let hour = utcHourOf('2019-01-01T00:00:00Z'); hour < utcHourOf('2031-01-01T00:00:00Z'); hour++) {
    const parts = Object.fromEntries(format.formatToParts(new Date(hour * HOUR_MS)).map((part) => [part.type, part.value]));
    const expected = Date.parse(`${parts.year}-${parts.month}-${parts.day}T00:00:00Z`) / HOUR_MS + Number(parts.hour);
    if (osloLocalHour(hour) !== expected) assert.unreachable(`hour ${new Date(hour * HOUR_MS).toISOString()}: ${osloLocalHour(hour)} ≠ ${expected}`);
  }
});

OsloClock('has no 02:00 on the last Sunday of March and two on the last Sunday of October', () => {
  const march31 = Date.parse('2024-03-31T00:00:00Z') / 86_400_000;
  const october27 = Date.parse('2024-10-27T00:00:00Z') / 86_400_000;
  assert.ok(Number.isNaN(osloUtcHour(march31, 2)));
  assert.is(osloUtcHour(march31, 1), utcHourOf('2024-03-31T00:00:00Z'));
  assert.is(osloUtcHour(march31, 3), utcHourOf('2024-03-31T01:00:00Z'));
  // The first 02:00 is summer time (00:00Z); the second, an hour later, maps to the same clock hour.
  assert.is(osloUtcHour(october27, 2), utcHourOf('2024-10-27T00:00:00Z'));
  assert.is(osloLocalHour(utcHourOf('2024-10-27T01:00:00Z')), october27 * 24 + 2);
  assert.is(osloUtcHour(october27, 3), utcHourOf('2024-10-27T02:00:00Z'));
});

OsloClock('parses local times, UTC and offsets on the hour', () => {
  assert.equal(parseTime('2024-10-27T02:00'), { utcHour: utcHourOf('2024-10-27T00:00:00Z'), local: true });
  assert.equal(parseTime('2024-10-27 02:00:00'), { utcHour: utcHourOf('2024-10-27T00:00:00Z'), local: true });
  assert.equal(parseTime('2024-10-27T01:00Z'), { utcHour: utcHourOf('2024-10-27T01:00:00Z'), local: false });
  assert.equal(parseTime('2024-10-27T02:00+01:00'), { utcHour: utcHourOf('2024-10-27T01:00:00Z'), local: false });
  assert.equal(parseTime('2024-01-15T13:00+0100'), { utcHour: utcHourOf('2024-01-15T12:00:00Z'), local: false });
});

OsloClock('refuses times off the hour, skipped by the clock, or not ISO', () => {
  assert.is(parseTime('2024-03-31T02:00'), '2024-03-31 02:00 does not exist in Norway: the clocks went from 02:00 to 03:00 that night');
  assert.is(parseTime('2024-01-15T13:30'), 'expected a time on the hour (hourly counts), got "2024-01-15T13:30"');
  assert.is(parseTime('2024-01-15T13:00+05:30'), 'expected a time on a whole UTC hour, got "2024-01-15T13:00+05:30" (offset +05:30)');
  // UTC offsets on Earth run from -12:00 to +14:00.
  assert.is(parseTime('2024-01-15T13:00+99:00'), 'expected a UTC offset from -12:00 to +14:00, got "2024-01-15T13:00+99:00" (offset +99:00)');
  assert.is(parseTime('2024-01-15T13:00-13:00'), 'expected a UTC offset from -12:00 to +14:00, got "2024-01-15T13:00-13:00" (offset -13:00)');
  assert.is(parseTime('2024-01-15T13:00+01:99'), 'expected a UTC offset from -12:00 to +14:00, got "2024-01-15T13:00+01:99" (offset +01:99)');
  assert.equal(parseTime('2024-01-15T13:00+14:00'), {
    utcHour: parseTime('2024-01-14T23:00Z')!.valueOf() && (parseTime('2024-01-14T23:00Z') as { utcHour: number }).utcHour,
    local: false,
  });
  assert.ok((parseTime('15.01.2024 13:00') as string).startsWith('expected an ISO time on the hour'));
  assert.ok((parseTime('2023-02-29T13:00') as string).startsWith('expected an ISO time on the hour'));
  assert.ok((parseTime('2024-01-15T24:00') as string).startsWith('expected an ISO time on the hour'));
});

OsloClock('reads hours 0 to 23 and nothing else', () => {
  assert.is(parseHour('0'), 0);
  assert.is(parseHour('02'), 2);
  assert.is(parseHour('23'), 23);
  for (const bad of ['24', '-1', '2.0', '', '02:00', '123']) assert.type(parseHour(bad), 'string');
});

OsloClock('knows the first of the two 02:00 hours of the last Sunday of October, and only that hour', () => {
  // 2024-10-27T00:00Z (480 552) is 02:00 summer time; 01:00Z is 02:00 again, winter time.
  const hours = Array.from({ length: 8784 }, (_, index) => 473_352 + index).filter(isFirstOfRepeatedHour); // every hour of 2024
  assert.equal(hours, [480_552]);
  assert.is(new Date(hours[0]! * 3_600_000).toISOString(), '2024-10-27T00:00:00.000Z');
});

OsloClock.run();
