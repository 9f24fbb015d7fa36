import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatDay } from '../../src/clock/day-number.js';
import { easterSunday } from '../../src/calendar/easter-sunday.js';

const EasterSunday = suite('easterSunday');

EasterSunday('gives Easter Sunday of 2023 and 2024', () => {
  assert.is(formatDay(easterSunday(2023)), '2023-04-09');
  assert.is(formatDay(easterSunday(2024)), '2024-03-31');
});

EasterSunday('agrees with a published table of Easter dates, earliest and latest possible included', () => {
  // Astronomical Society of South Australia, "Easter Dates" (www.assa.org.au/edm), and
  // python-dateutil's easter() as a second method: 22 March (1818, 2285) is the earliest
  // possible date and 25 April (1943, 2038) the latest.
  const table: Record<number, string> = {
    1818: '03-22',
    1943: '04-25',
    2000: '04-23',
    2008: '03-23',
    2011: '04-24',
    2016: '03-27',
    2019: '04-21',
    2022: '04-17',
    2025: '04-20',
    2038: '04-25',
    2285: '03-22',
  };
  for (const [year, date] of Object.entries(table)) assert.is(formatDay(easterSunday(Number(year))), `${year}-${date}`);
});

EasterSunday.run();
