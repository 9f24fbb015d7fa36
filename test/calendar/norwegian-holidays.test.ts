import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatDay } from '../../src/clock/day-number.js';
import { norwegianHolidays } from '../../src/calendar/norwegian-holidays.js';

const NorwegianHolidays = suite('norwegianHolidays');

const listed = (year: number) => norwegianHolidays(year).map(({ day, name }) => `${formatDay(day)} ${name}`);

NorwegianHolidays('lists the twelve public holidays of 2023 (Easter on 9 April)', () => {
  // By hand: Easter 9 April; Maundy Thursday −3, Good Friday −2, Easter Monday +1,
  // Ascension +39 = 18 May, Whit Sunday +49 = 28 May, Whit Monday +50 = 29 May.
  assert.equal(listed(2023), [
    '2023-01-01 Første nyttårsdag',
    '2023-04-06 Skjærtorsdag',
    '2023-04-07 Langfredag',
    '2023-04-09 Første påskedag',
    '2023-04-10 Andre påskedag',
    '2023-05-01 Offentlig høytidsdag',
    '2023-05-17 Grunnlovsdag',
    '2023-05-18 Kristi himmelfartsdag',
    '2023-05-28 Første pinsedag',
    '2023-05-29 Andre pinsedag',
    '2023-12-25 Første juledag',
    '2023-12-26 Andre juledag',
  ]);
});

NorwegianHolidays('lists the twelve public holidays of 2024 (Easter on 31 March)', () => {
  // By hand: 31 March − 3 = 28 March; + 39 = 9 May (31 − 31 = 0 days left of March, 30 of April, 9 of May).
  assert.equal(listed(2024), [
    '2024-01-01 Første nyttårsdag',
    '2024-03-28 Skjærtorsdag',
    '2024-03-29 Langfredag',
    '2024-03-31 Første påskedag',
    '2024-04-01 Andre påskedag',
    '2024-05-01 Offentlig høytidsdag',
    '2024-05-09 Kristi himmelfartsdag',
    '2024-05-17 Grunnlovsdag',
    '2024-05-19 Første pinsedag',
    '2024-05-20 Andre pinsedag',
    '2024-12-25 Første juledag',
    '2024-12-26 Andre juledag',
  ]);
});

NorwegianHolidays('lists both holidays when Ascension falls on 1 May or 17 May', () => {
  // Easter 2008 was 23 March (+39 = 1 May); Easter 2012 was 8 April (+39 = 17 May).
  assert.equal(
    listed(2008).filter((text) => text.startsWith('2008-05-01')),
    ['2008-05-01 Offentlig høytidsdag', '2008-05-01 Kristi himmelfartsdag'],
  );
  assert.equal(
    listed(2012).filter((text) => text.startsWith('2012-05-17')),
    ['2012-05-17 Grunnlovsdag', '2012-05-17 Kristi himmelfartsdag'],
  );
});

NorwegianHolidays.run();
