import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { vegaLocale } from '../../src/report/vega-locale.js';

const VegaLocale = suite('vegaLocale');

VegaLocale('gives Vega the Norwegian decimal comma, space grouping and month names', () => {
  const { number, time } = vegaLocale('nb-NO');
  assert.is(number.decimal, ',');
  assert.match(number.thousands, /^[\u00a0\u202f ]$/);
  assert.is(number.minus, '\u2212');
  assert.equal(number.grouping, [3]);
  assert.is(time.months[2], 'mars');
  assert.is(time.months.length, 12);
});

VegaLocale('lists weekdays from Sunday, as d3-time-format expects', () => {
  const { time } = vegaLocale('en-GB');
  assert.is(time.days[0], 'Sunday');
  assert.is(time.days[6], 'Saturday');
  assert.is(vegaLocale('nn-NO').time.days[6], 'laurdag');
});

VegaLocale.run();
