import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo-root.js';
import { teleguest } from '../helpers/run-cli.js';
import { teleguestBounded } from '../helpers/run-cli-bounded.js';
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

// A refusal comes at once: a run that starts simulating instead is killed (heap 256 MB, 15 s) and fails the test.
const refused = (...args: string[]) => teleguestBounded(args, { limitMs: 15_000 });

Simulate('simulate and validate refuse more than 20 years at once, exit 2, before reading the scenario', async () => {
  const { dir } = tempDir();
  const message =
    'teleguest: --from 1800-01-01 to --to 2024-01-01 is 81815 days, more than the 20 years (7305 days) a run may simulate\nRun teleguest --help for usage.\n';
  const simulated = await refused('simulate', '--scenario', join(dir, 'missing.json'), '--out', join(dir, 'out'), '--from', '1800-01-01', '--to', '2024-01-01');
  assert.equal([simulated.code, simulated.stderr], [2, message]);
  assert.not.ok(existsSync(join(dir, 'out')));
  const validated = await refused('validate', '--scenario', scenario, '--from', '1800-01-01', '--to', '2024-01-01');
  assert.equal([validated.code, validated.stderr, validated.stdout], [2, message, '']);
});

Simulate('simulate and validate refuse more than 120 municipality-years of the scenario, exit 2', async () => {
  const { dir } = tempDir();
  const hallingdal = JSON.parse(readFileSync(scenario, 'utf8'));
  const seven = join(dir, 'seven.json');
  writeFileSync(seven, JSON.stringify({ ...hallingdal, municipalities: [...hallingdal.municipalities, { ...hallingdal.municipalities[0], code: '9999' }] }));
  const message =
    'teleguest: --from 2005-01-01 to --to 2024-12-31 is 20 years of 7 municipalities, 140 municipality-years, more than the 120 a run may simulate (20 years of 6 municipalities, 2 years of 50)\nRun teleguest --help for usage.\n';
  for (const args of [
    ['simulate', '--out', join(dir, 'out')],
    ['validate', '--json'],
  ]) {
    const { code, stderr, stdout } = await refused(...args, '--scenario', seven, '--from', '2005-01-01', '--to', '2024-12-31');
    assert.equal([code, stderr, stdout], [2, message, ''], args[0]);
  }
  assert.not.ok(existsSync(join(dir, 'out')));
});

Simulate('simulate refuses a scenario of a billion residents in one line naming the JSON path and the bound, exit 2', async () => {
  const { dir } = tempDir();
  const hallingdal = JSON.parse(readFileSync(scenario, 'utf8'));
  hallingdal.municipalities[0].residents = 1e9;
  const big = join(dir, 'big.json');
  writeFileSync(big, JSON.stringify(hallingdal));
  const { code, stderr } = await refused('simulate', '--scenario', big, '--out', join(dir, 'out'));
  assert.equal([code, stderr], [2, `teleguest: ${big}: municipalities[0].residents must be a whole number from 0 to 1000000, got 1000000000\n`]);
});

Simulate.run();
