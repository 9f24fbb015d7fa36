import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticCounts, syntheticModel } from '../../bench/data-gen.js';
import { formatDay } from '../../src/clock/day-number.js';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const outputs = ['daily.arrow', 'daily.csv', 'daily.parquet', 'summary.csv', 'summary.json'];

/** Run the CLI, send SIGINT after `delay` ms, and resolve with its exit code and stderr. */
function interruptAfter(delay: number, args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGINT'), delay);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

const Interrupt = suite('an interrupted run');

Interrupt('leaves earlier outputs intact and no temporary file, at any moment', async () => {
  const { dir, write } = tempDir();
  // SYNTHETIC, large enough (60 areas × 2 000 days) that reading and writing take a while.
  const counts = syntheticCounts(60, 2000);
  let csv = 'date,area,devices\n';
  for (let i = 0; i < counts.length; i++) {
    const devices = counts.devices[i]!;
    csv += `${formatDay(counts.day[i]!)},${counts.areaCodes[counts.area[i]!]},${Number.isNaN(devices) ? '' : devices}\n`;
  }
  const countsFile = write('counts.csv', csv);
  const modelFile = join(dir, 'model.json');
  writeFileSync(modelFile, JSON.stringify(syntheticModel(60)));
  const out = join(dir, 'out');
  const first = spawnSync(process.execPath, [cli, 'estimate', countsFile, '--model', modelFile, '--out', out, '--json']);
  assert.is(first.status, 0);
  const before = outputs.map((name) => readFileSync(join(out, name)));

  const otherModel = join(dir, 'other.json');
  writeFileSync(otherModel, JSON.stringify({ ...syntheticModel(60), uplift: 0.5 }));
  for (const delay of [50, 150, 250, 350, 450, 550, 700, 900]) {
    const { code, signal, stderr } = await interruptAfter(delay, ['estimate', countsFile, '--model', otherModel, '--out', out, '--workers', '2']);
    if (code === 0) continue; // finished before the signal: nothing to check for this moment
    assert.equal(readdirSync(out).sort(), outputs, `files after ${delay} ms`);
    const unchanged = outputs.map((name, index) => readFileSync(join(out, name)).equals(before[index]!));
    if (signal !== null) {
      // Stopped while Node was still loading the program, before its handler was in place, or
      // while it was tearing down after the renames (the handler is gone then too): either way
      // every file is the old run's or every one the new run's, never a mix.
      assert.is(signal, 'SIGINT');
      assert.ok(unchanged.every(Boolean) || !unchanged.some(Boolean), `a mix of old and new files after ${delay} ms: ${unchanged}`);
    } else if (stderr === 'teleguest: stopped by SIGINT; the outputs had all been written\n') {
      // Stopped after the renames: every file is the new run's, none the old.
      assert.equal(
        unchanged,
        outputs.map(() => false),
        `after ${delay} ms`,
      );
    } else {
      assert.is(code, 130, `exit code after ${delay} ms`);
      assert.ok(
        ['teleguest: stopped by SIGINT; earlier outputs are as they were\n', 'teleguest: stopped by SIGINT; no output was written\n'].includes(stderr),
        stderr,
      );
      assert.equal(
        unchanged,
        outputs.map(() => true),
        `after ${delay} ms`,
      );
    }
  }
});

Interrupt.run();
