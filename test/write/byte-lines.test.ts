import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ByteLines } from '../../src/write/byte-lines.js';

const decoder = new TextDecoder();

const Lines = suite('ByteLines');

Lines('builds lines from pieces and numbers, grows past its capacity, and hands out copies', () => {
  const lines = new ByteLines(8);
  const encoder = new TextEncoder();
  lines.text(encoder.encode('2024-01-01,3320,'));
  lines.number(1308.04, 46);
  lines.byte(44);
  lines.number(NaN, 46);
  lines.byte(10);
  const first = lines.take();
  lines.text(encoder.encode('next\n'));
  assert.is(decoder.decode(first), '2024-01-01,3320,1308.04,\n');
  assert.is(decoder.decode(lines.take()), 'next\n');
  assert.is(lines.length, 0);
});

Lines.run();
