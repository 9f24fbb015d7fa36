import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DateDay, Float64, Table, tableToIPC, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import { repoRoot } from '../helpers/repo-root.js';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** One bad input: files relative to test/fixtures/bad (or GENERATED:<id>), and the exact stderr. */
interface BadInput {
  name: string;
  counts: string;
  model: string;
  args: string[];
  /** `{dir}` stands for test/fixtures/bad, or the temporary folder of a generated file. */
  stderr: string;
}

const fixtures = join(repoRoot, 'test/fixtures/bad');
const cases = JSON.parse(readFileSync(join(fixtures, 'cases.json'), 'utf8')) as BadInput[];

const dates = (...days: string[]) =>
  vectorFromArray(
    days.map((day) => new Date(`${day}T00:00:00Z`)),
    new DateDay(),
  );
const texts = (...values: string[]) => vectorFromArray(values, new Utf8());
const numbers = (...values: number[]) => vectorFromArray(values, new Float64());
const arrow = (columns: Record<string, Vector>, format: 'file' | 'stream' = 'file') => tableToIPC(new Table(columns), format);

/**
 * Header, 3000 rows of 26 bytes (`2010-01-01,3320,Flå,1000\n`, å is two bytes): 78 000 bytes of
 * UTF-8, past the 64 KiB the reader samples. Line 3002 then has Latin-1 Å (0xC5) in its name.
 */
function latin1AfterUtf8(): Buffer {
  const day = (i: number) => new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10);
  const rows = Array.from({ length: 3000 }, (_, i) => `${day(i)},3320,Flå,${1000 + i}\n`);
  return Buffer.concat([Buffer.from(`date,area,area_name,devices\n${rows.join('')}${day(3000)},3330,`), Buffer.from([0xc5]), Buffer.from('l,7732\n')]);
}

/** Inputs made at test time: file name and content. */
const generated: Record<string, () => [string, string | Uint8Array]> = {
  'latin1-after-64k': () => ['latin1-after-64k.csv', latin1AfterUtf8()],
  'arrow-negative-devices': () => [
    'arrow-negative-devices.arrow',
    arrow({ date: dates('2023-01-01', '2023-01-01', '2023-01-02'), area: texts('3320', '3322', '3320'), devices: numbers(1396, 4724, -5) }),
  ],
  'arrow-nan-devices': () => [
    'arrow-nan-devices.arrow',
    arrow({ date: dates('2023-01-01', '2023-01-01'), area: texts('3320', '3322'), devices: numbers(1396, NaN) }),
  ],
  'arrow-missing-column': () => ['arrow-missing-column.arrow', arrow({ date: texts('2023-01-01'), area: texts('3320'), antall: numbers(1396) }, 'stream')],
  'arrow-bad-date': () => [
    'arrow-bad-date.arrow',
    arrow({ date: texts('2023-01-01', '12/31/2023'), area: texts('3320', '3322'), devices: numbers(1396, 4724) }),
  ],
  'arrow-duplicate': () => [
    'arrow-duplicate.arrow',
    arrow({ date: texts('2023-01-01', '2023-01-01', '2023-01-01'), area: texts('3320', '3322', '3320'), devices: numbers(1396, 4724, 1) }),
  ],
  'arrow-truncated': () => {
    const whole = arrow({ date: texts('2023-01-01', '2023-01-01'), area: texts('3320', '3322'), devices: numbers(1396, 4724) });
    return ['arrow-truncated.arrow', whole.subarray(0, whole.length >> 1)];
  },
};

const BadInputs = suite('teleguest estimate on bad inputs');

BadInputs('has a corpus of at least 45 bad inputs', () => {
  assert.ok(cases.length >= 45, `${cases.length} cases`);
});

for (const badInput of cases) {
  BadInputs(badInput.name, () => {
    const { dir, write } = tempDir();
    const id = badInput.counts.startsWith('GENERATED:') ? badInput.counts.slice('GENERATED:'.length) : undefined;
    const counts = id === undefined ? join(fixtures, badInput.counts) : write(...generated[id]!());
    const out = join(dir, 'out');
    const run = spawnSync(process.execPath, [cli, 'estimate', counts, '--model', join(fixtures, badInput.model), '--out', out, ...badInput.args], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.is(run.stderr, badInput.stderr.replaceAll('{dir}', id === undefined ? fixtures : dir));
    assert.is(run.stdout, '');
    assert.is(run.status, 2);
    assert.not.ok(existsSync(out), 'no output folder');
    // Nothing else either (a --rejects file included): only the generated input, if any, is there.
    assert.equal(readdirSync(dir), id === undefined ? [] : [basename(counts)], 'no file written');
  });
}

BadInputs.run();
