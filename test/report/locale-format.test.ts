import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { en } from '../../src/report/labels/en.js';
import { nb } from '../../src/report/labels/nb.js';
import { nn } from '../../src/report/labels/nn.js';
import { localeFormat } from '../../src/report/locale-format.js';

// Norwegian groups thousands with a no-break space (U+00A0; some ICU versions use the narrow
// one, U+202F), writes a decimal comma and a minus sign (U+2212).
const SPACE = '[\u00a0\u202f]';

const LocaleFormat = suite('localeFormat');

LocaleFormat('writes the plan’s year 9 682 355 with Norwegian and English grouping', () => {
  assert.match(localeFormat(nb).whole(9682355), new RegExp(`^9${SPACE}682${SPACE}355$`));
  assert.match(localeFormat(nn).whole(9682355), new RegExp(`^9${SPACE}682${SPACE}355$`));
  assert.is(localeFormat(en).whole(9682355), '9,682,355');
});

LocaleFormat('rounds half away from zero and never prints minus zero', () => {
  const format = localeFormat(en);
  assert.is(format.whole(2.5), '3');
  assert.is(format.whole(-2.5), '-3');
  assert.is(format.whole(-0.2), '0');
  assert.is(localeFormat(nb).whole(-20000).replace(/\s/g, ' '), '\u221220 000');
});

LocaleFormat('writes a decimal comma in Norwegian and a point in English', () => {
  assert.match(localeFormat(nb).decimal(26527.44, 2), new RegExp(`^26${SPACE}527,44$`));
  assert.is(localeFormat(en).decimal(3.4285, 2), '3.43');
});

LocaleFormat('writes shares as percentages without binary noise', () => {
  assert.is(localeFormat(nb).percent(0.06), '6');
  assert.is(localeFormat(nb).percent(0.075), '7,5');
  assert.is(localeFormat(en).percent(0.07), '7');
});

LocaleFormat('names dates and months in the language, on their calendar day', () => {
  assert.is(localeFormat(nb).date('2024-03-31'), '31. mars 2024');
  assert.is(localeFormat(en).date('2024-03-31'), '31 March 2024');
  // 31 March 2024 was a Sunday.
  assert.is(localeFormat(nb).weekdayDate('2024-03-31'), 'søndag 31. mars 2024');
  assert.is(localeFormat(nn).month('2023-02'), 'februar 2023');
  assert.is(localeFormat(en).month('2023-12'), 'December 2023');
});

LocaleFormat("prints null as the language's n/a", () => {
  assert.is(localeFormat(en).whole(null), 'n/a');
  assert.is(localeFormat(nb).decimal(null, 1), '–');
});

LocaleFormat.run();
