/**
 * Benchmarks of the draws: 10 000 draws of the five example ranges on the Hallingdal fixture
 * (fixtures/hallingdal/model-ranges.json), and 10 000 draws on SYNTHETIC national-size data (357 areas × ten years)
 * with a range on the uplift, on every area's residents and on twelve month factors, inline and
 * in a pool of one thread per core. Each run includes the estimate itself (grid, kernels,
 * summary). `--json` prints machine-readable results.
 * Run: npm run bench:draws [-- --json]
 */
import { availableParallelism } from 'node:os';
import { Bench } from 'tinybench';
import { estimate } from '../src/pipeline/estimate.js';
import { readCounts } from '../src/read/read-counts.js';
import { readModel } from '../src/model/read-model.js';
import { SIZES, nationalRangesModel, syntheticCounts } from './data-gen.js';

const json = process.argv.includes('--json');
const threads = availableParallelism();
const draws = 10_000;

const { counts: hallingdal } = await readCounts('fixtures/hallingdal/counts.csv');
const { model: seedRanges } = await readModel('fixtures/hallingdal/model-ranges.json');

const { areaCount, dayCount } = SIZES.large;
const national = syntheticCounts(areaCount, dayCount);
const nationalModel = nationalRangesModel(areaCount);

const cases = [
  { name: 'Hallingdal fixture, 5 ranges', counts: hallingdal, model: seedRanges, bench: new Bench({ time: 3000, warmup: true }) },
  {
    name: `national ${areaCount} × ${dayCount}, ${nationalModel.ranges!.length} ranges`,
    counts: national,
    model: nationalModel,
    bench: new Bench({ time: 0, iterations: 2, warmup: false }),
  },
];
const results = [];
for (const { name, counts, model, bench } of cases) {
  for (const workers of [0, threads]) {
    bench.add(`${draws} draws, ${name}, ${workers === 0 ? 'inline' : `pool of ${workers}`}`, async () => {
      await estimate(counts, model, { workers, draws });
    });
  }
  bench.add(`no draws, ${name}, inline`, async () => {
    await estimate(counts, model, { workers: 0 });
  });
  await bench.run();
  for (const task of bench.tasks) {
    if (task.result.state !== 'completed') throw new Error(`${task.name}: ${task.result.state}`);
    results.push({ name: task.name, meanMs: task.result.latency.mean, p50Ms: task.result.latency.p50, samples: task.result.latency.samplesCount });
  }
}
if (json) process.stdout.write(`${JSON.stringify({ node: process.version, threads, results }, null, 2)}\n`);
else {
  console.log(`Node ${process.version}, ${threads} threads available`);
  console.table(results.map((result) => ({ task: result.name, 'mean ms': result.meanMs.toFixed(1), 'p50 ms': result.p50Ms.toFixed(1), runs: result.samples })));
}
