import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatWhole, roundWhole } from '../../../src/write/table/format-whole.js';

const FormatWhole = suite('formatWhole');

FormatWhole('groups thousands with spaces as the plan’s table does', () => {
  assert.is(formatWhole(9682355), '9 682 355');
  assert.is(formatWhole(46724), '46 724');
  assert.is(formatWhole(-20000), '-20 000');
  assert.is(formatWhole(999), '999');
  assert.is(formatWhole(0), '0');
});

FormatWhole('rounds half away from zero and never prints -0', () => {
  assert.is(formatWhole(2803.44), '2 803');
  assert.is(formatWhole(26527.5), '26 528');
  assert.is(roundWhole(-2.5), -3);
  assert.is(formatWhole(-0.4), '0');
  assert.is(formatWhole(null), 'n/a');
});

FormatWhole.run();
