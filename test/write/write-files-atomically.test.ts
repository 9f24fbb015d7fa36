import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { estimate } from '../../src/pipeline/estimate.js';
import { outputFiles } from '../../src/write/output-files.js';
import { writeFilesAtomically } from '../../src/write/write-files-atomically.js';
import type { DailyColumns, Estimate } from '../../src/pipeline/estimate.js';
import { tempDir } from '../helpers/temp-dir.js';
import { tinyCounts, tinyModel } from '../helpers/tiny-counts.js';

const WriteFilesAtomically = suite('writeFilesAtomically with the --out files');

const writeOutputs = async (dir: string, result: Estimate & { daily: DailyColumns }) => writeFilesAtomically(await outputFiles(dir, result));
const outputs = ['daily.arrow', 'daily.csv', 'daily.parquet', 'summary.csv', 'summary.json'];

async function writeTwice(prepare: (out: string) => void) {
  const out = join(tempDir().dir, 'out');
  const first = await estimate(tinyCounts(), tinyModel, { daily: true });
  await writeOutputs(out, first);
  const before = outputs.map((name) => readFileSync(join(out, name)));
  prepare(out);
  // A different model, so a successful second write would change every file.
  const second = await estimate(tinyCounts(), { ...tinyModel, uplift: 0.2 }, { daily: true });
  const error = await writeOutputs(out, second).then(() => undefined, (caught: unknown) => caught);
  return { out, before, error };
}

WriteFilesAtomically('writes the five files and nothing else', async () => {
  const out = join(tempDir().dir, 'out');
  await writeOutputs(out, await estimate(tinyCounts(), tinyModel, { daily: true }));
  assert.equal(readdirSync(out).sort(), outputs);
});

WriteFilesAtomically('leaves earlier outputs and no temporary file when the disk is full', async () => {
  // The daily.csv temporary name points at /dev/full, where every write fails with ENOSPC.
  const { out, before, error } = await writeTwice((dir) => symlinkSync('/dev/full', join(dir, `.daily.csv.${process.pid}.tmp`)));
  assert.instance(error, InputError);
  assert.is((error as Error).message, `${join(out, 'daily.csv')}: cannot write: no space left on the device`);
  assert.equal(readdirSync(out).sort(), outputs);
  outputs.forEach((name, index) => assert.ok(readFileSync(join(out, name)).equals(before[index]!), name));
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
  const error = await writeOutputs(file, await estimate(tinyCounts(), tinyModel, { daily: true })).then(() => undefined, (caught: unknown) => caught);
  assert.instance(error, InputError);
  assert.is((error as Error).message, `${file}: cannot write: a file of that name is in the way`);
});

WriteFilesAtomically('refuses two files for the same target before writing anything', async () => {
  const { dir } = tempDir();
  const target = join(dir, 'a.csv');
  const error = await writeFilesAtomically([
    { target, content: () => ['one'] },
    { target: join(dir, '.', 'a.csv'), content: () => ['two'] },
  ]).then(() => undefined, (caught: unknown) => caught);
  assert.is((error as Error).message, `two outputs would both be written to ${target}`);
  assert.equal(readdirSync(dir), []);
});

WriteFilesAtomically.run();
