import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Writable } from 'node:stream';
import { print } from '../../src/cli/print.js';
import { InputError } from '../../src/errors.js';

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

/** A writable whose writes fail with `code`, by its callback or, with `throws`, by throwing from `write` itself; `tried` counts them. */
function failingWritable(code: string, throws = false): Writable & { tried: number } {
  const fail = () => {
    out.tried += 1;
    return Object.assign(new Error(`${code}: failed`), { code });
  };
  const out = Object.assign(new Writable({ write: (_chunk, _encoding, callback) => callback(fail()) }), { tried: 0 });
  if (throws)
    out.write = () => {
      throw fail();
    };
  // The failure is also reported as an event, which print does not need.
  out.on('error', () => {});
  return out;
}

Print('fails with one line naming standard output when a write fails, whether reported or thrown', async () => {
  for (const throws of [false, true]) {
    const out = failingWritable('ENOSPC', throws);
    const error = await print(['a', 'b'], out).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.instance(error, InputError, `throws: ${throws}`);
    assert.is((error as InputError).message, 'standard output: cannot write: no space left on the device');
    assert.is(out.tried, 1);
  }
});

Print('stops quietly when the reader has closed the pipe (EPIPE)', async () => {
  const out = failingWritable('EPIPE');
  await print(['a', 'b', 'c'], out);
  assert.is(out.tried, 1);
});

Print.run();
