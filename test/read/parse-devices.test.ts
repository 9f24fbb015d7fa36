import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDevices } from '../../src/read/parse-devices.js';

const ParseDevices = suite('parseDevices');

ParseDevices('reads whole and decimal counts', () => {
  assert.is(parseDevices('46724', false), 46724);
  assert.is(parseDevices('1234.5', false), 1234.5);
  assert.is(parseDevices('1234,5', true), 1234.5);
  assert.is(parseDevices('0', false), 0);
});

ParseDevices('treats a blank cell as a missing observation, not zero', () => {
  assert.is(parseDevices('', false), 'blank');
});

ParseDevices('refuses negatives, exponents, separators and non-numbers', () => {
  assert.is(parseDevices('-3', false), 'negative');
  assert.is(parseDevices('99999999999999999999', false), 'huge');
  for (const text of ['1e3', '1,5', 'NaN', 'Infinity', 'abc', '12.', '.5', '0x10']) {
    assert.is(parseDevices(text, false), 'invalid', text);
  }
  assert.is(parseDevices('1.5', true), 'invalid', 'a dot in a decimal-comma file');
});

ParseDevices('recognises thousands separators, to say so', () => {
  for (const text of ['1 234', '12 345,5', '1,234', '1\u00a0234']) assert.is(parseDevices(text, false), 'thousands', text);
  assert.is(parseDevices('1.234', true), 'thousands');
  assert.is(parseDevices('1.234,5', true), 'thousands');
});

ParseDevices.run();
