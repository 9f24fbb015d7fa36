import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo-root.js';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const scenario = join(repoRoot, 'fixtures/simulate/hallingdal.scenario.json');
const FILES = ['daily.csv', 'hourly.csv', 'daily-segments.csv', 'hourly-segments.csv', 'region-daily.csv', 'truth.csv', 'truth.json'];

const Simulate = suite('teleguest simulate and validate');

Simulate('simulate writes the same files for the same seed, and estimate reads them', () => {
  const { dir } = tempDir();
  const run = (out: string, seed: string) =>
    teleguest('simulate', '--scenario', scenario, '--out', join(dir, out), '--seed', seed, '--from', '2024-03-01', '--to', '2024-03-07');
  for (const [out, seed] of [
    ['a', '5'],
    ['b', '5'],
    ['c', '6'],
  ] as const)
    assert.is(run(out, seed).code, 0);
  for (const name of FILES) assert.is(readFileSync(join(dir, 'a', name), 'utf8'), readFileSync(join(dir, 'b', name), 'utf8'), name);
  assert.is.not(readFileSync(join(dir, 'a', 'hourly.csv'), 'utf8'), readFileSync(join(dir, 'c', 'hourly.csv'), 'utf8'));
  // 7 days × 6 municipalities, and a header.
  assert.is(
    readFileSync(join(dir, 'a', 'daily.csv'), 'utf8')
      .trimEnd()
      .split('\n').length,
    43,
  );
  // Counts split by home take the visitor night presence by default.
  const model = join(dir, 'model.json');
  writeFileSync(model, '{ "uplift": 0.06, "deductions": { "residents": 20700 } }');
  const estimated = teleguest('estimate', join(dir, 'a', 'hourly-segments.csv'), '--model', model, '--json');
  assert.is(estimated.code, 0, estimated.stderr);
  assert.is(JSON.parse(estimated.stdout).hourly.method, 'visitor-night-presence');
});

Simulate('validate prints every method with its interval, says why a method refuses the counts, and refuses a run without a scenario', () => {
  const { code, stdout } = teleguest('validate', '--scenario', scenario, '--from', '2024-03-01', '--to', '2024-03-14', '--draws', '200', '--json');
  assert.is(code, 0);
  const validation = JSON.parse(stdout);
  const [given] = validation.scenarios;
  assert.equal(
    given.methods.map((method: { method: string }) => method.method),
    [
      "plan's formula, daily counts per municipality",
      "plan's formula, region's unique daily count",
      'busiest hour − registered residents',
      'night presence − registered residents',
      'night presence − quiet-weeknight baseline',
      'night presence − home devices',
      'visitor night presence',
    ],
  );
  assert.is(given.trueGuestNights.length, 1);
  assert.is(validation.scenarios.length, 1, 'no variations unless asked for');
  assert.equal(validation.uplift, { value: 0.06, min: 0.06 - 0.11, max: 0.06 + 0.11 });
  // Two weeks of March hold 7 weeknights (4–7 and 11–13 March; the 14th's evening has no morning): too few for a baseline.
  const baseline = given.methods[4];
  assert.match(baseline.refused, 'needs, for every area, a month with 8 weeknights');
  assert.equal(baseline.coverage, { covered: 0, runs: 0 });
  const visitor = given.methods[6];
  assert.is(visitor.coverage.runs, 1);
  assert.ok(visitor.intervalHalfWidthPercent.mean > 0);
  const missing = teleguest('validate');
  assert.is(missing.code, 2);
  assert.match(missing.stderr, '--scenario <scenario.json> is required');
});

Simulate.run();
