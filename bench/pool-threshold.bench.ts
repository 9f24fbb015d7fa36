/**
 * Where the worker pool starts to pay: the whole estimate, inline and with one thread per core,
 * for 357 areas over growing spans (1 to 12 × ten years of days, up to hourly-sized inputs).
 * Sets `INLINE_BELOW_CELLS` in src/pool/choose-threads.ts. Run: npm run bench:threshold [-- --json]
 */
import { availableParallelism } from 'node:os';
import { Bench } from 'tinybench';
import { estimate } from '../src/pipeline/estimate.js';
import { syntheticCounts, syntheticModel } from './data-gen.js';

const json = process.argv.includes('--json');
const threads = availableParallelism();
const areaCount = 357;
const results = [];
for (const spans of [1, 3, 6, 12]) {
  const dayCount = 3653 * spans;
  const counts = syntheticCounts(areaCount, dayCount);
  const model = syntheticModel(areaCount);
  // Few, long iterations (one to warm up): each allocates hundreds of megabytes.
  const bench = new Bench({ iterations: 5, time: 0, warmup: true, warmupIterations: 1, warmupTime: 0 });
  for (const workers of [0, threads]) bench.add(workers === 0 ? 'inline' : `pool of ${workers}`, async () => void (await estimate(counts, model, { workers })));
  await bench.run();
  const [inline, pool] = bench.tasks.map((task) => (task.result.state === 'completed' ? task.result.latency.p50 : NaN));
  results.push({ cells: (areaCount + 1) * dayCount, inlineMs: inline!, poolMs: pool!, threads });
}
if (json) process.stdout.write(`${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
else
  console.table(
    results.map((r) => ({
      cells: r.cells,
      'inline p50 ms': r.inlineMs.toFixed(0),
      [`pool of ${threads} p50 ms`]: r.poolMs.toFixed(0),
      'pool / inline': (r.poolMs / r.inlineMs).toFixed(2),
    })),
  );
