import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { NUMBER_BYTES, writeNumber } from '../../src/write/number-bytes.js';

const decoder = new TextDecoder();
const buffer = new Uint8Array(NUMBER_BYTES);
const written = (value: number, mark = 46) => decoder.decode(buffer.subarray(0, writeNumber(buffer, 0, value, mark)));

const NumberBytes = suite('writeNumber');

NumberBytes('writes numbers as String() does, worked by hand', () => {
  // Whole, two decimals (one written when the second is 0), negative, below 1, −0, and the rest.
  assert.is(written(8654), '8654');
  assert.is(written(9173.24), '9173.24');
  assert.is(written(135.1), '135.1');
  assert.is(written(-3864.85), '-3864.85');
  assert.is(written(0.05), '0.05');
  assert.is(written(-0), '0');
  assert.is(written(0), '0');
  assert.is(written(0.1 + 0.2), '0.30000000000000004');
  assert.is(written(1e21), '1e+21');
  assert.is(written(1.5e-7), '1.5e-7');
  assert.is(written(Infinity), 'Infinity');
  assert.is(written(9173.24, 44), '9173,24');
  assert.is(written(0.30000000000000004, 44), '0,30000000000000004');
});

NumberBytes('agrees with String() on every kind of number (fast-check)', () => {
  // Hundredths up to and past 2⁴⁵ (where the digit-by-digit path stops), whole numbers, devices × 1.06, any double.
  let digitByDigit = 0;
  const hundredths = fc.integer({ min: -(2 ** 47) * 100, max: 2 ** 47 * 100 }).map((cents) => cents / 100);
  const persons = fc.integer({ min: 0, max: 5_000_000 }).map((devices) => devices * 1.06);
  const nearBound = fc.integer({ min: -(2 ** 20), max: 2 ** 20 }).map((cents) => (2 ** 45 * 100 + cents) / 100);
  const any = fc.double({ noNaN: true });
  fc.assert(
    fc.property(fc.oneof(hundredths, nearBound, persons, fc.maxSafeInteger(), any), fc.constantFrom(46, 44), (value, mark) => {
      const expected = String(value);
      if (/^-?\d+(\.\d\d?)?$/.test(expected) && Math.abs(value) < 2 ** 45) digitByDigit++;
      assert.is(written(value, mark), mark === 44 ? expected.replace('.', ',') : expected);
    }),
    { numRuns: 20_000 },
  );
  // The property ran through the digit-by-digit path, not only through String().
  assert.ok(digitByDigit > 5_000, `${digitByDigit} values written digit by digit`);
});

NumberBytes.run();
