import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Writable } from 'node:stream';
import { print } from '../../src/cli/print.js';

/** A writable with a 4-byte buffer that takes each chunk a tick later (a slow pipe's reader), and goes away on chunk `destroyAfter`. */
function slowWritable(received: string[], destroyAfter = Infinity): Writable {
  const out: Writable = new Writable({
    highWaterMark: 4,
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk.toString());
      if (received.length < destroyAfter) setImmediate(callback);
      else out.destroy();
    },
  });
  return out;
}

const Print = suite('print');

Print('writes every chunk in order through a slow reader, and leaves no listeners behind', async () => {
  const received: string[] = [];
  const out = slowWritable(received);
  const warnings: Error[] = [];
  const warned = (warning: Error) => warnings.push(warning);
  process.on('warning', warned);
  const chunks = Array.from({ length: 200 }, (_, index) => `chunk ${index}\n`);
  await print(chunks, out);
  await new Promise((resolve) => setImmediate(resolve));
  process.off('warning', warned);
  assert.is(received.join(''), chunks.join(''));
  // Each of the 200 chunks filled the buffer and was waited for; none left a listener.
  assert.is(out.listenerCount('drain'), 0);
  assert.is(out.listenerCount('close'), 0);
  assert.equal(warnings, []);
});

Print('stops when the reader goes away', async () => {
  const received: string[] = [];
  const out = slowWritable(received, 3);
  await print(
    Array.from({ length: 50 }, (_, index) => `${index};`),
    out,
  );
  assert.equal(received, ['0;', '1;', '2;']);
});

Print.run();
