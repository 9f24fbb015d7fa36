import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError, MAX_MESSAGE_CHARACTERS, ModelError, oneLine, showValue, UsageError } from '../src/errors.js';

const Messages = suite('messages on one line');

Messages('showValue escapes control and invisible characters', () => {
  assert.is(showValue('33\u200b20'), '33\\u200B20');
  assert.is(showValue('a\nb\r\tc\u0000'), 'a\\nb\\r\\tc\\u0000');
  assert.is(showValue('Ål'), 'Ål');
});

MessagesCut();
function MessagesCut() {
  Messages('showValue cuts a long value and says how long it was', () => {
    const shown = showValue('x'.repeat(100_000_000));
    assert.is(shown, `${'x'.repeat(80)}… (100000000 characters)`);
    // Never half a surrogate pair: 79 x's and an emoji straddle the cut.
    assert.is(showValue(`${'x'.repeat(79)}😀yy`), `${'x'.repeat(79)}… (83 characters)`);
  });
}

Messages('every error class keeps its message on one line and bounded', () => {
  const long = 'y'.repeat(10_000);
  for (const error of [
    new InputError('E_X', `got "a\nb" ${long}`, { file: 'c.csv', line: 2 }),
    new ModelError('m.json', [{ path: 'x', message: `x\r\n${long}` }]),
    new UsageError(`bad\u2028${long}`),
  ]) {
    assert.not.match(error.message, /[\n\r\u2028]/);
    assert.ok(error.message.length <= MAX_MESSAGE_CHARACTERS + 1, String(error.message.length));
  }
  assert.is(oneLine('a\nb'), 'a\\nb');
});

Messages.run();
