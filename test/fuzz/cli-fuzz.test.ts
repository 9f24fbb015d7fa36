import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { countsTable } from '../../src/write/counts-table.js';
import { chooser, FUZZ_SEED, fuzzModel, mutateBytes, mutateText, validCountsCsv } from '../helpers/fuzz-inputs.js';
import { mapBounded, teleguestBounded, type BoundedRun } from '../helpers/run-cli-bounded.js';
import { tempDir } from '../helpers/temp-dir.js';

const CliFuzz = suite(`teleguest estimate on hostile files (seed ${FUZZ_SEED})`);

/** Cases at a time: the machine this runs on may have two cores. */
const CONCURRENCY = 2;

/** What every run must show: a clean exit (0, or 2 for bad input), no stack trace, every stderr line one of teleguest's. */
function checkRun(run: BoundedRun, what: string): void {
  assert.not.ok(run.timedOut, `${what}: killed after its time limit`);
  assert.ok(run.code === 0 || run.code === 2, `${what}: exit ${run.code} (${run.signal ?? ''}): ${run.stderr.slice(0, 2000)}`);
  assert.not.match(run.stderr, /^\s+at /m, `${what}: a stack trace on stderr`);
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  for (const line of lines)
    assert.ok(
      line.startsWith('teleguest: ') || line === 'Run teleguest --help for usage.',
      `${what}: a stray stderr line: ${JSON.stringify(line.slice(0, 200))}`,
    );
  // One line per error: the message is the last teleguest line, whole.
  if (run.code === 2) assert.ok(lines.length >= 1, `${what}: exit 2 without a message`);
}

CliFuzz('exits 0 or 2, without a stack trace, on mutated CSVs, damaged Arrow files and hostile models', async () => {
  const { tableToIPC } = await import('apache-arrow');
  const choose = chooser(FUZZ_SEED, 10);
  const cases = Array.from({ length: 45 }, (_, index) => {
    const { dir, write } = tempDir();
    const kind = index % 3;
    // Three areas, as the models name them (3320, 3322, 3324).
    const csv = validCountsCsv(choose, choose.int(1, 12), 3);
    let counts: string;
    if (kind === 1) {
      const length = choose.int(1, 20);
      const table = countsTable({
        source: 'x',
        lineKind: 'row',
        length,
        day: Int32Array.from({ length }, (_, row) => 19_723 + row),
        area: new Int32Array(length),
        devices: Float64Array.from({ length }, () => choose.int(0, 900)),
        line: new Int32Array(length),
        areaCodes: ['3320'],
        areaNames: [''],
        rejectedRows: 0,
        blankRows: 0,
      });
      counts = write('counts.arrow', mutateBytes(choose, tableToIPC(table, 'file')));
    } else counts = write('counts.csv', kind === 0 && choose.chance(0.8) ? mutateText(choose, csv) : csv);
    const model = write('model.json', kind === 2 ? fuzzModel(choose) : '{"uplift":0.06,"deductions":{"residents":{"byArea":{"3320":1,"3322":2,"3324":3}}}}');
    const args = [
      'estimate',
      counts,
      '--model',
      model,
      ...(choose.chance(0.3) ? ['--out', join(dir, 'out')] : []),
      ...(choose.chance(0.2) ? ['--workers', choose.pick(['100000', '0', '2'])] : []),
    ];
    return { args, dir };
  });
  const seen = { 0: 0, 2: 0 } as Record<number, number>;
  await mapBounded(cases, CONCURRENCY, async ({ args, dir }, index) => {
    const run = await teleguestBounded(args, { limitMs: 20_000, heapMb: 256 });
    checkRun(run, `case ${index}: teleguest ${args.join(' ')}`);
    seen[run.code!] = (seen[run.code!] ?? 0) + 1;
    // An --out folder holds complete outputs or nothing, never a temporary.
    const out = join(dir, 'out');
    mkdirSync(out, { recursive: true });
    assert.equal(
      readdirSync(out).filter((name) => name.startsWith('.teleguest-tmp-')),
      [],
      `case ${index}: no temporary left`,
    );
  });
  assert.ok(seen[0]! > 3 && seen[2]! > 10, JSON.stringify(seen));
});

CliFuzz('refuses special files as inputs and /proc as an output folder with exit 2, at once', async () => {
  const { write } = tempDir();
  const counts = write('counts.csv', validCountsCsv(chooser(FUZZ_SEED, 11), 3, 1));
  const model = write('model.json', '{"uplift":0,"deductions":{}}');
  const runs: Array<[string, string[]]> = [
    ['a model from /dev/zero', ['estimate', counts, '--model', '/dev/zero']],
    ['a model that is a folder', ['estimate', counts, '--model', tempDir().dir]],
    ['--out under /proc', ['estimate', counts, '--model', model, '--out', '/proc/teleguest-x']],
    ['a code history from /dev/zero', ['estimate', counts, '--model', write('m2.json', '{"uplift":0,"deductions":{},"codeHistory":"/dev/zero"}')]],
  ];
  await mapBounded(runs, CONCURRENCY, async ([what, args]) => {
    const run = await teleguestBounded(args, { limitMs: 10_000, heapMb: 128 });
    checkRun(run, what);
    assert.is(run.code, 2, `${what}: ${run.stderr}`);
  });
});

CliFuzz.run();
