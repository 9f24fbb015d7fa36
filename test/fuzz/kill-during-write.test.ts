import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chooser, FUZZ_SEED } from '../helpers/fuzz-inputs.js';
import { cli } from '../helpers/run-cli.js';
import { teleguestBounded } from '../helpers/run-cli-bounded.js';
import { tempDir } from '../helpers/temp-dir.js';

const KillDuringWrite = suite(`SIGKILL at random moments of a run writing --out (seed ${FUZZ_SEED})`);

const OUTPUTS = ['daily.arrow', 'daily.csv', 'daily.parquet', 'summary.csv', 'summary.json'];

/** 100 areas over a year: outputs of some megabytes, so that a kill can land while they are written. */
function bigCounts(): string {
  const lines = ['date,area,devices'];
  for (let day = 0; day < 366; day++) {
    const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
    for (let area = 0; area < 100; area++) lines.push(`${date},${9000 + area},${(day * 7 + area * 13) % 4000}`);
  }
  return `${lines.join('\n')}\n`;
}

KillDuringWrite('leaves each output either as it was or complete, and no temporary after the next run', async () => {
  const { dir, write } = tempDir();
  const counts = write('counts.csv', bigCounts());
  const modelA = write('a.json', '{"name":"A","uplift":0.06,"deductions":{"residents":100}}');
  const modelB = write('b.json', '{"name":"B","uplift":0.1,"deductions":{"residents":200}}');
  const [out, reference] = [join(dir, 'out'), join(dir, 'reference')];
  const complete = async (model: string, folder: string) => {
    const started = Date.now();
    const run = await teleguestBounded(['estimate', counts, '--model', model, '--out', folder, '--quiet'], { limitMs: 60_000, heapMb: 512 });
    assert.is(run.code, 0, run.stderr);
    return Date.now() - started;
  };
  await complete(modelA, out);
  const took = await complete(modelB, reference);
  const earlier = OUTPUTS.map((name) => readFileSync(join(out, name)));
  const later = OUTPUTS.map((name) => readFileSync(join(reference, name)));
  assert.ok(
    earlier.some((bytes, index) => !bytes.equals(later[index]!)),
    'the two models give different files',
  );

  const choose = chooser(FUZZ_SEED, 20);
  let killedWhileWriting = 0;
  for (let kill = 0; kill < 6; kill++) {
    const child = spawn(process.execPath, [cli, 'estimate', counts, '--model', modelB, '--out', out, '--quiet'], { stdio: 'ignore' });
    const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
    // Anywhere from the start to a little past the time a whole run took.
    await sleep(choose.int(0, Math.round(took * 1.2)));
    child.kill('SIGKILL');
    await closed;
    for (const [index, name] of OUTPUTS.entries()) {
      const bytes = readFileSync(join(out, name));
      assert.ok(bytes.equals(earlier[index]!) || bytes.equals(later[index]!), `kill ${kill}: ${name} is neither the earlier file nor a complete new one`);
    }
    if (readdirSync(out).some((name) => name.startsWith('.teleguest-tmp-'))) killedWhileWriting++;
  }
  // The next complete run replaces everything and clears what killed runs left.
  await complete(modelB, out);
  OUTPUTS.forEach((name, index) => assert.ok(readFileSync(join(out, name)).equals(later[index]!), name));
  assert.equal(readdirSync(out).sort(), OUTPUTS);
  assert.ok(existsSync(join(out, 'summary.json')));
  // Said, not asserted: where a kill lands depends on the machine's speed.
  if (killedWhileWriting === 0) console.log('  (no kill landed while temporaries were being written on this machine)');
});

KillDuringWrite.run();
