import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { constants, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { estimate } from '../../src/pipeline/estimate.js';
import { outputFiles } from '../../src/write/output-files.js';
import {
  interruptWrites,
  NODE_WRITE_SYSTEM,
  removeStaleTemporaries,
  TEMPORARY_PREFIX,
  writeFilesAtomically,
  type WriteSystem,
} from '../../src/write/write-files-atomically.js';
import type { DailyColumns, Estimate } from '../../src/pipeline/estimate.js';
import { tempDir } from '../helpers/temp-dir.js';
import { tinyCounts, tinyModel } from '../helpers/tiny-counts.js';

const WriteFilesAtomically = suite('writeFilesAtomically with the --out files');

const writeOutputs = async (dir: string, result: Estimate & { daily: DailyColumns }, system?: WriteSystem) =>
  writeFilesAtomically(await outputFiles(dir, result), { system });
const outputs = ['daily.arrow', 'daily.csv', 'daily.parquet', 'summary.csv', 'summary.json'];

async function writeTwice(prepare: (out: string) => void, system?: WriteSystem) {
  const out = join(tempDir().dir, 'out');
  const first = await estimate(tinyCounts(), tinyModel, { daily: true });
  await writeOutputs(out, first);
  const before = outputs.map((name) => readFileSync(join(out, name)));
  prepare(out);
  // A different model, so a successful second write would change every file.
  const second = await estimate(tinyCounts(), { ...tinyModel, uplift: 0.2 }, { daily: true });
  const error = await writeOutputs(out, second, system).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return { out, before, error };
}

WriteFilesAtomically('writes the five files and nothing else', async () => {
  const out = join(tempDir().dir, 'out');
  await writeOutputs(out, await estimate(tinyCounts(), tinyModel, { daily: true }));
  assert.equal(readdirSync(out).sort(), outputs);
});

WriteFilesAtomically('renames nothing when a folder stands where an output goes', async () => {
  const { out, before, error } = await writeTwice((dir) => {
    const arrow = join(dir, 'daily.arrow');
    // Replace the earlier daily.arrow by a folder: the third rename would fail.
    rmSync(arrow);
    mkdirSync(arrow);
  });
  assert.instance(error, InputError);
  assert.is((error as Error).message, `${join(out, 'daily.arrow')}: cannot write: it is a folder`);
  assert.ok(readFileSync(join(out, 'summary.json')).equals(before[outputs.indexOf('summary.json')]!), 'summary.json unchanged');
  assert.ok(readFileSync(join(out, 'daily.csv')).equals(before[outputs.indexOf('daily.csv')]!), 'daily.csv unchanged');
  assert.equal(readdirSync(out).sort(), outputs);
});

WriteFilesAtomically('refuses an output folder that is a file', async () => {
  const file = tempDir().write('taken', '');
  const error = await writeOutputs(file, await estimate(tinyCounts(), tinyModel, { daily: true })).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.instance(error, InputError);
  assert.is((error as Error).message, `${file}: cannot write: a file of that name is in the way`);
});

WriteFilesAtomically('refuses two files for the same target before writing anything', async () => {
  const { dir } = tempDir();
  const target = join(dir, 'a.csv');
  const error = await writeFilesAtomically([
    { target, content: () => ['one'] },
    { target: join(dir, '.', 'a.csv'), content: () => ['two'] },
  ]).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.is((error as Error).message, `two outputs would both be written to ${target}`);
  assert.equal(readdirSync(dir), []);
});

/**
 * Node's file system with faults: `write` writes at most `shortBy` bytes a call, and fails with
 * `failWith` once the file whose name ends in `failIn` has had `failAfter` bytes (or at its open
 * when `failAfter` is -1).
 */
function faultySystem(fault: {
  shortTo?: number;
  failIn?: string;
  failAfter?: number;
  failWith?: string;
}): WriteSystem & { opened: Array<{ path: string; flags: number }> } {
  const opened: Array<{ path: string; flags: number }> = [];
  const failure = () => Object.assign(new Error('injected'), { code: fault.failWith });
  return {
    opened,
    rename: NODE_WRITE_SYSTEM.rename,
    syncFolder: NODE_WRITE_SYSTEM.syncFolder,
    async open(path, flags, mode) {
      opened.push({ path, flags });
      const failing = fault.failIn !== undefined && path.endsWith(fault.failIn);
      if (failing && fault.failAfter === -1) throw failure();
      const handle = await NODE_WRITE_SYSTEM.open(path, flags, mode);
      let written = 0;
      return {
        sync: () => handle.sync(),
        close: () => handle.close(),
        async write(buffer, offset, length) {
          const allowed = failing ? Math.min(length, fault.failAfter! - written) : length;
          if (failing && allowed <= 0) throw failure();
          const result = await handle.write(buffer, offset, Math.min(allowed, fault.shortTo ?? length));
          written += result.bytesWritten;
          return result;
        },
      };
    },
  };
}

const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.startsWith(TEMPORARY_PREFIX));

WriteFilesAtomically('writes every byte when the system writes only 7 bytes a call', async () => {
  const { dir } = tempDir();
  const target = join(dir, 'a.txt');
  // 26 letters in chunks of 10 and 16 bytes: each chunk takes two or three calls.
  await writeFilesAtomically([{ target, content: () => ['abcdefghij', Buffer.from('klmnopqrstuvwxyz')] }], { system: faultySystem({ shortTo: 7 }) });
  assert.is(readFileSync(target, 'utf8'), 'abcdefghijklmnopqrstuvwxyz');
  assert.equal(temporaries(dir), []);
});

WriteFilesAtomically('fails, instead of looping, when the system writes nothing at all', async () => {
  const { out, before, error } = await writeTwice(() => undefined, faultySystem({ shortTo: 0 }));
  assert.instance(error, InputError);
  assert.is((error as Error).message, `${join(out, 'summary.json')}: cannot write: the device reported an input/output error`);
  assert.equal(readdirSync(out).sort(), outputs);
  outputs.forEach((name, index) => assert.ok(readFileSync(join(out, name)).equals(before[index]!), name));
});

WriteFilesAtomically('leaves earlier outputs byte for byte and no temporary file when the disk fills half-way', async () => {
  // daily.csv gets 100 bytes, then every write fails as on a full disk.
  const { out, before, error } = await writeTwice(() => undefined, faultySystem({ failIn: 'daily.csv', failAfter: 100, failWith: 'ENOSPC' }));
  assert.instance(error, InputError);
  assert.is((error as Error).message, `${join(out, 'daily.csv')}: cannot write: no space left on the device`);
  assert.equal(readdirSync(out).sort(), outputs);
  outputs.forEach((name, index) => assert.ok(readFileSync(join(out, name)).equals(before[index]!), name));
});

WriteFilesAtomically('leaves earlier outputs when permission is lost before the last file', async () => {
  const { out, before, error } = await writeTwice(() => undefined, faultySystem({ failIn: 'daily.arrow', failAfter: -1, failWith: 'EACCES' }));
  assert.instance(error, InputError);
  assert.is((error as Error).message, `${join(out, 'daily.arrow')}: cannot write: permission denied`);
  assert.equal(readdirSync(out).sort(), outputs);
  outputs.forEach((name, index) => assert.ok(readFileSync(join(out, name)).equals(before[index]!), name));
});

WriteFilesAtomically('opens each temporary file exclusively, without following links, beside its target', async () => {
  const { dir } = tempDir();
  const system = faultySystem({});
  await writeFilesAtomically(
    [
      { target: join(dir, 'sub', 'a.csv'), content: () => ['x'] },
      { target: join(dir, 'b.csv'), content: () => ['y'] },
    ],
    { system },
  );
  const [first, second] = system.opened;
  for (const { flags } of system.opened) {
    assert.is(flags & constants.O_EXCL, constants.O_EXCL);
    assert.is(flags & constants.O_NOFOLLOW, constants.O_NOFOLLOW);
  }
  assert.match(first!.path, new RegExp(`^${join(dir, 'sub')}/\\.teleguest-tmp-${process.pid}-[0-9a-f]{12}-a\\.csv$`));
  assert.match(second!.path, new RegExp(`^${dir}/\\.teleguest-tmp-${process.pid}-[0-9a-f]{12}-b\\.csv$`));
  // Two runs never share a temporary name.
  const again = faultySystem({});
  await writeFilesAtomically([{ target: join(dir, 'b.csv'), content: () => ['z'] }], { system: again });
  assert.is.not(again.opened[0]!.path, second!.path);
});

WriteFilesAtomically('removes the temporaries of a killed run, and not those of a running one', async () => {
  const { dir, write } = tempDir();
  // The id of a process that has ended: its run was killed before it could clean up.
  const dead = spawnSync(process.execPath, ['-e', '']).pid!;
  const outside = write('precious.txt', 'keep me');
  mkdirSync(join(dir, 'out'));
  const stale = [`${TEMPORARY_PREFIX}${dead}-0a1b2c3d4e5f-daily.csv`, `${TEMPORARY_PREFIX}${dead}-ffffffffffff-summary.json`];
  stale.forEach((name) => writeFileSync(join(dir, 'out', name), 'half a file'));
  // A link planted under a stale name: the link goes, what it points at stays.
  symlinkSync(outside, join(dir, 'out', `${TEMPORARY_PREFIX}${dead}-123456789abc-daily.arrow`));
  const running = `${TEMPORARY_PREFIX}${process.pid}-abcdefabcdef-daily.csv`;
  writeFileSync(join(dir, 'out', running), 'being written');
  writeFileSync(join(dir, 'out', '.teleguest-tmp-notes.txt'), 'not ours: no pid');
  await writeOutputs(join(dir, 'out'), await estimate(tinyCounts(), tinyModel, { daily: true }));
  assert.equal(readdirSync(join(dir, 'out')).sort(), ['.teleguest-tmp-notes.txt', running, ...outputs].sort());
  assert.is(readFileSync(outside, 'utf8'), 'keep me');
  assert.equal(await removeStaleTemporaries(join(dir, 'out')), []);
});

WriteFilesAtomically('refuses an output folder under /proc at once', async () => {
  const error = await writeFilesAtomically([{ target: '/proc/teleguest-x/summary.json', content: () => ['{}'] }]).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.instance(error, InputError);
  assert.is((error as Error).message, '/proc/teleguest-x: cannot write: no such file or folder');
});

/** The error `writeFilesAtomically` rejects with, or undefined. */
const failureOf = (files: Parameters<typeof writeFilesAtomically>[0], system?: WriteSystem) =>
  writeFilesAtomically(files, { system }).then(
    () => undefined,
    (caught: unknown) => caught as Error,
  );

WriteFilesAtomically('refuses a symbolic link, a named pipe or a device where an output goes, saying which it is', async () => {
  const { dir, write } = tempDir();
  const file = write('file.html', 'keep me');
  const link = join(dir, 'link.html');
  symlinkSync(file, link);
  const fifo = join(dir, 'fifo.html');
  assert.is(spawnSync('mkfifo', [fifo]).status, 0);
  // Before, each was refused as "it is a folder".
  assert.is((await failureOf([{ target: link, content: () => ['x'] }]))?.message, `${link}: cannot write: it is a symbolic link`);
  assert.is((await failureOf([{ target: fifo, content: () => ['x'] }]))?.message, `${fifo}: cannot write: it is a named pipe (FIFO)`);
  if (existsSync('/dev/full'))
    assert.is((await failureOf([{ target: '/dev/full', content: () => ['x'] }]))?.message, '/dev/full: cannot write: it is a character device');
  // A folder is still a folder.
  assert.is((await failureOf([{ target: dir, content: () => ['x'] }]))?.message, `${dir}: cannot write: it is a folder`);
  assert.is(readFileSync(file, 'utf8'), 'keep me');
  assert.equal(readdirSync(dir).sort(), ['fifo.html', 'file.html', 'link.html']);
});

WriteFilesAtomically('removes the folders a failed write made, deepest first, and keeps those it did not make', async () => {
  const { dir } = tempDir();
  const fifo = join(dir, 'rejects.csv');
  assert.is(spawnSync('mkfifo', [fifo]).status, 0);
  mkdirSync(join(dir, 'old'));
  // new and new/x are made for the first file; the second target, a named pipe, fails the write.
  const error = await failureOf([
    { target: join(dir, 'new', 'x', 'summary.json'), content: () => ['{}'] },
    { target: join(dir, 'old', 'y', 'summary.json'), content: () => ['{}'] },
    { target: fifo, content: () => ['line'] },
  ]);
  assert.is(error?.message, `${fifo}: cannot write: it is a named pipe (FIFO)`);
  // new/x, new and old/y are gone; old was there before.
  assert.equal(readdirSync(dir).sort(), ['old', 'rejects.csv']);
  assert.equal(readdirSync(join(dir, 'old')), []);
});

WriteFilesAtomically('keeps a folder it made that holds files renamed into place before the write failed', async () => {
  const { dir } = tempDir();
  const target = join(dir, 'new', 'summary.json');
  const error = await failureOf([{ target, content: () => ['{}'] }], {
    ...NODE_WRITE_SYSTEM,
    syncFolder: () => Promise.reject(Object.assign(new Error('injected'), { code: 'EIO' })),
  });
  assert.is(error?.message, `${join(dir, 'new')}: cannot write: the device reported an input/output error`);
  // Not empty: the renamed file stays, and its folder with it.
  assert.is(readFileSync(target, 'utf8'), '{}');
});

WriteFilesAtomically('removes the folders a write under way made when it is interrupted', async () => {
  const { dir } = tempDir();
  const made = join(dir, 'new');
  let seen: { state: string; folder: boolean } | undefined;
  const error = await failureOf([{ target: join(made, 'deeper', 'summary.json'), content: () => ['{}'] }], {
    ...NODE_WRITE_SYSTEM,
    async open() {
      // A signal arrives as the temporary file is about to be opened: new/deeper is empty, so both go.
      seen = { state: interruptWrites(), folder: existsSync(made) };
      throw Object.assign(new Error('interrupted'), { code: 'EINTR' });
    },
  });
  assert.ok(error !== undefined);
  assert.equal(seen, { state: 'discarded', folder: false });
  assert.equal(readdirSync(dir), []);
});

WriteFilesAtomically.run();
