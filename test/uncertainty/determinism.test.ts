import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { estimate } from '../../src/pipeline/estimate.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readModel } from '../../src/model/read-model.js';
import type { Summary } from '../../src/summary/summary.js';
import { repoRoot } from '../helpers/repo-root.js';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

// The draws are seeded per draw, so the intervals must not depend on how many threads evaluate
// them; and a seed changes the draws and nothing else.

const hallingdalCounts = join(repoRoot, 'fixtures/hallingdal/counts.csv');
const rangedModel = {
  name: 'Hallingdal with ranges',
  uplift: { value: 0.06, min: 0.04, max: 0.09 },
  deductions: {
    residents: { value: 20000, sd: 1500 },
    externalWorkers: {
      byArea: { '3320': 100, '3322': { value: 200, min: 100, max: 400, dist: 'uniform' }, '3324': 250, '3326': 50, '3328': 200, '3330': 200 },
    },
    throughTraffic: { value: 1000, min: 600, max: 1500, weekday: [1, 1, 1, 1, { value: 1.2, min: 1, max: 1.6 }, 1.3, 1] },
    dayTrippers: 1000,
  },
};
const modelFile = tempDir().write('model.json', JSON.stringify(rangedModel));

async function summaryOf(workers: number, seed: number): Promise<Summary> {
  const { model } = await readModel(modelFile);
  const { counts } = await readCounts(hallingdalCounts);
  return (await estimate(counts, model, { draws: 2000, seed, workers, modelFile })).summary;
}

const Determinism = suite('the draws are deterministic');

Determinism('give the same summary to the byte inline and with 1, 2 or 4 workers', async () => {
  const inline = JSON.stringify(await summaryOf(0, 7));
  assert.ok(inline.includes('"uncertainty"'), 'the summary has intervals');
  for (const workers of [1, 2, 4]) assert.ok(JSON.stringify(await summaryOf(workers, 7)) === inline, `workers ${workers} differs from inline`);
});

Determinism('change only the quantiles when the seed changes', async () => {
  const [seven, eight] = [await summaryOf(0, 7), await summaryOf(0, 8)];
  const { uncertainty: a, ...restOfSeven } = seven;
  const { uncertainty: b, ...restOfEight } = eight;
  assert.equal(restOfEight, restOfSeven);
  assert.equal(b!.parameters, a!.parameters);
  assert.equal(b!.tornado, a!.tornado);
  assert.is(a!.seed, 7);
  assert.is(b!.seed, 8);
  assert.is.not(b!.region.guestNightsPerYear!.p5, a!.region.guestNightsPerYear!.p5);
  assert.is.not(b!.region.guestNightsPerYear!.p50, a!.region.guestNightsPerYear!.p50);
  assert.is.not(b!.areas['3322']!.deductionsPerDay.externalWorkers!.p95, a!.areas['3322']!.deductionsPerDay.externalWorkers!.p95);
});

Determinism.run();

const Command = suite('estimate --draws on the command line');

Command('prints the same JSON with --workers 0 and --workers 2', () => {
  const run = (workers: string) =>
    teleguest('estimate', hallingdalCounts, '--model', modelFile, '--json', '--draws', '2000', '--seed', '7', '--workers', workers);
  const [inline, pooled] = [run('0'), run('2')];
  assert.is(inline.code, 0, inline.stderr);
  assert.is(pooled.code, 0, pooled.stderr);
  assert.ok(inline.stdout.includes('"uncertainty"'), 'the JSON has intervals');
  assert.ok(pooled.stdout === inline.stdout, 'stdout differs between --workers 0 and --workers 2');
});

Command('refuses --seed without --draws, and bad draws, seeds and quantiles, with exit 2', () => {
  const usage = (...args: string[]) => teleguest('estimate', hallingdalCounts, '--model', modelFile, ...args);
  const alone = usage('--seed', '7');
  assert.is(alone.code, 2);
  assert.match(alone.stderr, '--seed needs --draws <n>');
  for (const args of [
    ['--draws', '0'],
    ['--draws', '1.5'],
    ['--draws', '2000', '--seed', '-1'],
    ['--draws', '2000', '--quantiles', '0.5,0.05'],
    ['--draws', '2000', '--quantiles', '1.5'],
  ]) {
    const run = usage(...args);
    assert.is(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
  }
});

Command.run();
