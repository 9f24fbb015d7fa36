import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { linkSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../src/errors.js';
import { modelInputFiles, refuseAliases, type RolePath } from '../../src/write/refuse-aliases.js';
import { tempDir } from '../helpers/temp-dir.js';

const RefuseAliases = suite('refuseAliases');

const outFiles = (out: string): RolePath[] => ['summary.json', 'daily.csv', 'daily.arrow'].map((name) => ({ path: join(out, name), role: `--out ${name}` }));

async function refusal(inputs: RolePath[], outputs: RolePath[]): Promise<string | undefined> {
  return refuseAliases(inputs, outputs).then(
    () => undefined,
    (error: unknown) => {
      assert.instance(error, UsageError);
      return (error as Error).message;
    },
  );
}

RefuseAliases('refuses counts that lie in --out under an output name', async () => {
  const { dir, write } = tempDir();
  mkdirSync(join(dir, 'out'));
  const counts = write('out/daily.csv', 'date,area,devices\n');
  const message = await refusal([{ path: counts, role: 'counts' }], outFiles(join(dir, 'out')));
  assert.is(
    message,
    `the output --out daily.csv (${join(dir, 'out', 'daily.csv')}) is the input counts (${counts}): writing it would destroy the input; choose another output path`,
  );
});

RefuseAliases('refuses convert x.csv x.csv, written as two different paths', async () => {
  const { dir, write } = tempDir();
  write('x.csv', 'date,area,devices\n');
  const message = await refusal([{ path: join(dir, 'x.csv'), role: 'counts' }], [{ path: join(dir, '.', 'sub', '..', 'x.csv'), role: 'convert output' }]);
  assert.match(message ?? '', /^the output convert output \(.*x\.csv\) is the input counts \(.*x\.csv\)/);
});

RefuseAliases('refuses --rejects aimed at a deduction file, a population table or an SSB file', async () => {
  const { write } = tempDir();
  const inputs = [
    { path: write('day-trippers.csv', 'date,value\n'), role: 'model deduction dayTrippers' },
    { path: write('population.json', '{}'), role: 'model deduction residents (population)' },
    { path: write('ssb.json', '{}'), role: '--ssb' },
  ];
  for (const input of inputs) {
    const message = await refusal(inputs, [{ path: input.path, role: '--rejects' }]);
    assert.is(
      message,
      `the output --rejects (${input.path}) is the input ${input.role} (${input.path}): writing it would destroy the input; choose another output path`,
    );
  }
});

RefuseAliases('sees an input through a symbolic link to its folder, and through a hard link', async () => {
  const { dir, write } = tempDir();
  const counts = write('counts.csv', 'date,area,devices\n');
  symlinkSync(dir, join(dir, 'linked'));
  linkSync(counts, join(dir, 'hard.csv'));
  assert.ok(await refusal([{ path: counts, role: 'counts' }], [{ path: join(dir, 'linked', 'counts.csv'), role: '--rejects' }]));
  assert.ok(await refusal([{ path: counts, role: 'counts' }], [{ path: join(dir, 'hard.csv'), role: '--html' }]));
});

RefuseAliases('refuses a model named summary.json in --out', async () => {
  const { dir, write } = tempDir();
  mkdirSync(join(dir, 'out'));
  const model = write('out/summary.json', '{}');
  const message = await refusal([{ path: model, role: '--model' }], outFiles(join(dir, 'out')));
  assert.match(message ?? '', /^the output --out summary\.json \(.*\) is the input --model \(.*summary\.json\)/);
});

RefuseAliases('refuses two outputs that do not exist yet but resolve to one path through a linked folder', async () => {
  const { dir } = tempDir();
  mkdirSync(join(dir, 'real'));
  symlinkSync(join(dir, 'real'), join(dir, 'link'));
  const message = await refusal(
    [],
    [
      { path: join(dir, 'real', 'r.csv'), role: '--rejects' },
      { path: join(dir, 'link', 'r.csv'), role: '--html' },
    ],
  );
  assert.is(message, `the outputs --rejects (${join(dir, 'real', 'r.csv')}) and --html (${join(dir, 'link', 'r.csv')}) are one file; choose different paths`);
});

RefuseAliases('lets distinct files pass, and leaves missing inputs to their readers', async () => {
  const { dir, write } = tempDir();
  const counts = write('counts.csv', 'date,area,devices\n');
  await refuseAliases(
    [
      { path: counts, role: 'counts' },
      { path: join(dir, 'missing.json'), role: '--model' },
    ],
    [...outFiles(join(dir, 'out', 'new')), { path: join(dir, 'rejects.csv'), role: '--rejects' }],
  );
});

RefuseAliases('lists the files a model names, relative to its folder', () => {
  const model = { deductions: { residents: { population: 'pop.json' }, dayTrippers: { file: '../d.csv' }, workers: 120 }, codeHistory: 'codes.csv' };
  assert.equal(modelInputFiles(model, '/m/models/model.json'), [
    { path: '/m/models/pop.json', role: 'model deduction residents (population)' },
    { path: '/m/d.csv', role: 'model deduction dayTrippers' },
    { path: '/m/models/codes.csv', role: 'model codeHistory' },
  ]);
});

RefuseAliases.run();
