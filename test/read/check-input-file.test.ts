import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { checkInputFile } from '../../src/read/check-input-file.js';
import { readInputFile } from '../../src/read/read-input-file.js';
import { readCodeHistory } from '../../src/areas/read-code-history.js';
import { readCapacities } from '../../src/peak/read-capacities.js';
import { readDailyValues } from '../../src/model/read-daily-values.js';
import { readPopulation } from '../../src/ssb/read-population.js';
import { tempDir } from '../helpers/temp-dir.js';

const CheckInputFile = suite('checkInputFile and readInputFile');

const messageOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => {
      assert.instance(error, InputError);
      return (error as Error).message;
    },
  );

CheckInputFile('refuses a named pipe, a device, a folder and a /proc file, and passes a plain file', async () => {
  const { dir, write } = tempDir();
  const fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  assert.is(await messageOf(checkInputFile(fifo, 'the code history')), `${fifo}: the code history must be a plain file; this is a named pipe (FIFO)`);
  assert.is(await messageOf(checkInputFile('/dev/zero', '--model')), '/dev/zero: --model must be a plain file; this is a character device');
  assert.is(await messageOf(checkInputFile(dir, '--ssb')), `${dir}: --ssb must be a plain file; this is a folder`);
  assert.match(
    await messageOf(checkInputFile('/proc/self/status', '--capacity')),
    /^\/proc\/self\/status: --capacity must be a plain file; \/proc\/\d+\/status is a system pseudo-file$/,
  );
  assert.is((await checkInputFile(write('a.csv', 'abc'), 'x')).size, 3);
});

CheckInputFile('refuses a missing file as a read error', async () => {
  const missing = join(tempDir().dir, 'missing.csv');
  assert.is(await messageOf(checkInputFile(missing, 'x')), `${missing}: cannot read: no such file or folder`);
});

CheckInputFile('reads a file up to the limit and refuses one byte more', async () => {
  const { write } = tempDir();
  assert.is((await readInputFile(write('ten.txt', '0123456789'), 'x', 10)).toString(), '0123456789');
  const eleven = write('eleven.txt', '0123456789A');
  assert.is(
    await messageOf(readInputFile(eleven, 'the file', 10)),
    `${eleven}: the file is larger than ${10 / 1024 / 1024} MiB, more than such a file can sensibly hold`,
  );
});

CheckInputFile('every side-file reader refuses /dev/zero and a named pipe at once', async () => {
  const fifo = join(tempDir().dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  const readers: Array<[string, (file: string) => Promise<unknown>]> = [
    ['the code history', readCodeHistory],
    ['--capacity', readCapacities],
    ['a deduction file', readDailyValues],
    ['the SSB table', readPopulation],
  ];
  for (const [role, read] of readers) {
    assert.is(await messageOf(read('/dev/zero')), `/dev/zero: ${role} must be a plain file; this is a character device`);
    // A FIFO nobody writes to would block a read forever.
    assert.is(await messageOf(read(fifo)), `${fifo}: ${role} must be a plain file; this is a named pipe (FIFO)`);
  }
});

CheckInputFile.run();
