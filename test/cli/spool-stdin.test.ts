import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { spoolStdin } from '../../src/cli/spool-stdin.js';
import { InputError } from '../../src/errors.js';

const failure = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

/** What `spoolStdin` threw, and the path it tried to write. */
async function spoolFailure(options: { input: Readable; write?: (callback: (error?: Error) => void) => void }) {
  let path = '';
  const error = await spoolStdin({
    input: options.input,
    open(at) {
      path = at;
      return new Writable({ write: (_chunk, _encoding, callback) => (options.write ?? ((done) => done()))(callback) });
    },
  }).then(
    () => undefined,
    (error: unknown) => error,
  );
  return { error: error as InputError, path };
}

const SpoolStdin = suite('spoolStdin');

SpoolStdin('copies standard input to a file of its own, shown as stdin', async () => {
  const spooled = await spoolStdin({ input: Readable.from(['date,area,devices\n', '2024-01-01,3320,5\n']) });
  assert.is(readFileSync(spooled.path, 'utf8'), 'date,area,devices\n2024-01-01,3320,5\n');
  assert.is(spooled.show(`${spooled.path}:2:3 (devices): bad`), 'stdin:2:3 (devices): bad');
  spooled.remove();
  assert.not.ok(existsSync(dirname(spooled.path)));
});

SpoolStdin('names the copy when it cannot be written (a full disk), and removes its folder', async () => {
  const { error, path } = await spoolFailure({ input: Readable.from(['a\n', 'b\n']), write: (callback) => callback(failure('ENOSPC')) });
  assert.instance(error, InputError);
  assert.is(error.message, `${path}: cannot write: no space left on the device`);
  assert.not.ok(existsSync(dirname(path)));
});

SpoolStdin('names stdin when standard input cannot be read', async () => {
  const input = new Readable({ read: () => input.destroy(failure('EIO')) });
  const { error, path } = await spoolFailure({ input });
  assert.instance(error, InputError);
  assert.is(error.message, 'stdin: cannot read: the device reported an input/output error');
  assert.not.ok(existsSync(dirname(path)));
});

SpoolStdin.run();
