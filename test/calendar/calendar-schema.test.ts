import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ModelError } from '../../src/errors.js';
import { readModel } from '../../src/model/read-model.js';
import { tempDir } from '../helpers/temp-dir.js';

const CalendarSchema = suite('calendarSchema');

/** Read a model with this calendar; the message of its ModelError, or 'accepted'. */
async function readCalendar(calendar: unknown): Promise<string> {
  const file = tempDir().write('model.json', JSON.stringify({ uplift: 0.06, deductions: {}, calendar }));
  try {
    await readModel(file);
    return 'accepted';
  } catch (error) {
    assert.instance(error, ModelError);
    return (error as Error).message.replace(file, 'model.json');
  }
}

const seasons = (...ranges: Array<[string, string]>) => [{ name: 'low', ranges: ranges.map(([from, to]) => ({ from, to })) }];

CalendarSchema('accepts the calendar of the model format, and none', async () => {
  assert.is(await readCalendar({ seasons: seasons(['04-15', '06-15'], ['10-15', '12-15']), default: 'high', winterBreakWeeks: [8, 9] }), 'accepted');
  assert.is(await readCalendar({ seasons: seasons(['12-01', '02-29']), default: 'rest' }), 'accepted');
  assert.is(await readCalendar({ winterBreakWeeks: [] }), 'accepted');
  assert.is(await readCalendar(undefined), 'accepted');
});

CalendarSchema('refuses a day that no year has, naming its path', async () => {
  assert.is(
    await readCalendar({ seasons: seasons(['04-15', '06-15'], ['12-01', '02-30']), default: 'high' }),
    'model.json: calendar.seasons[0].ranges[1].to: must be a day of the year as MM-DD, got "02-30"',
  );
  assert.is(
    await readCalendar({ seasons: seasons(['4-15', '06-15']), default: 'high' }),
    'model.json: calendar.seasons[0].ranges[0].from: must be a day of the year as MM-DD, got "4-15"',
  );
});

CalendarSchema('refuses overlapping ranges, also across seasons and over the new year', async () => {
  assert.is(
    await readCalendar({ seasons: [...seasons(['04-15', '06-15']), { name: 'summer', ranges: [{ from: '06-15', to: '08-31' }] }], default: 'high' }),
    'model.json: calendar.seasons[1].ranges[0]: 06-15 to 08-31 overlaps calendar.seasons[0].ranges[0] (04-15 to 06-15) on 06-15; ranges may not overlap',
  );
  assert.is(
    await readCalendar({ seasons: seasons(['12-01', '01-31'], ['01-10', '01-20']), default: 'high' }),
    'model.json: calendar.seasons[0].ranges[1]: 01-10 to 01-20 overlaps calendar.seasons[0].ranges[0] (12-01 to 01-31) on 01-10; ranges may not overlap',
  );
});

CalendarSchema('refuses seasons without a default, a name given twice, bad weeks and unknown keys', async () => {
  assert.is(
    await readCalendar({ seasons: seasons(['04-15', '06-15']) }),
    'model.json: calendar.default: is required with seasons: it names the season of the days no range covers',
  );
  assert.is(
    await readCalendar({ seasons: [...seasons(['04-15', '06-15']), ...seasons(['10-15', '12-15'])], default: 'high' }),
    'model.json: calendar.seasons[1].name: "low" is already the name of calendar.seasons[0]',
  );
  assert.is(await readCalendar({ winterBreakWeeks: [8, 54] }), 'model.json: calendar.winterBreakWeeks[1]: must be an ISO week number 1–53, got 54');
  assert.is(await readCalendar({ winterBreakWeeks: [8, 8] }), 'model.json: calendar.winterBreakWeeks: must not list a week twice');
  assert.is(await readCalendar({ seasons: [{ name: 'low', ranges: [] }], default: 'high' }), 'model.json: calendar.seasons[0].ranges: must list at least 1');
  assert.is(await readCalendar({ winterBreak: [8] }), 'model.json: calendar has unknown key "winterBreak" (allowed: seasons, default, winterBreakWeeks)');
});

CalendarSchema.run();
