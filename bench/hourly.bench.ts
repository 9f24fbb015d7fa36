/**
 * Benchmarks of hourly counts reduced to local days (hour grid, busiest hour, night window):
 * the kernels alone, and the whole reduction inline and in the worker pool, at two sizes (see
 * data-gen.ts). `--json` prints machine-readable results.
 * Run: npm run bench:hourly [-- --json]
 */
import { availableParallelism } from 'node:os';
import { Bench } from 'tinybench';
import { buildHourGrid } from '../src/hourly/hour-grid.js';
import { runHourTask, runRegionHourTask, type SharedHours } from '../src/kernels/hour-tasks.js';
import { reduceHourlyCounts } from '../src/hourly/reduce-hourly-counts.js';
import { HOURLY_SIZES, syntheticHourlyCounts } from './data-gen.js';

const json = process.argv.includes('--json');
const threads = availableParallelism();
const bench = new Bench({ time: 1500, warmup: true });
const rowsOf = new Map<string, number>();

for (const [size, { areaCount, dayCount }] of Object.entries(HOURLY_SIZES)) {
  const counts = syntheticHourlyCounts(areaCount, dayCount);
  // The kernels alone, over a grid built once.
  const grid = buildHourGrid(counts);
  const days = grid.dayCount;
  const hours: SharedHours = {
    values: grid.values.buffer as SharedArrayBuffer,
    weights: Float64Array.of(1.06),
    dayStart: grid.dayStart,
    localHour: grid.localHour,
    presence: new SharedArrayBuffer((areaCount + 1) * days * 8),
    peakSlot: new SharedArrayBuffer((areaCount + 1) * days * 4),
    atPeak: new SharedArrayBuffer(areaCount * days * 8),
    night: new SharedArrayBuffer(areaCount * days * 8),
  };
  const numbers = { slotCount: grid.slotCount, dayCount: days, segmentCount: 1, nightFrom: 2, nightTo: 4 };
  const kernel = `hour kernels inline, ${size}`;
  rowsOf.set(kernel, counts.length);
  bench.add(kernel, () => {
    runHourTask({ hours, numbers, areaFrom: 0, areaTo: areaCount });
    runRegionHourTask({ hours, numbers, areaCount, dayFrom: 0, dayTo: days });
  });
  // The whole reduction from read columns: grid, kernels; the pool is started and closed each time.
  for (const workers of [0, threads]) {
    const name = `reduce hours, ${workers === 0 ? 'inline' : `pool of ${workers}`}, ${size}`;
    rowsOf.set(name, counts.length);
    bench.add(name, async () => {
      await reduceHourlyCounts(counts, { uplift: 0.06, workers });
    });
  }
}

await bench.run();

const results = bench.tasks.map((task) => {
  const result = task.result;
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
  const rows = rowsOf.get(task.name)!;
  return {
    name: task.name,
    rows,
    meanMs: result.latency.mean,
    p50Ms: result.latency.p50,
    rmePercent: result.latency.rme,
    rowsPerSecond: rows / (result.latency.mean / 1000),
  };
});
if (json) process.stdout.write(`${JSON.stringify({ node: process.version, threads, results }, null, 2)}\n`);
else {
  console.log(`Node ${process.version}, ${threads} threads available`);
  console.table(
    results.map((result) => ({
      task: result.name,
      rows: result.rows,
      'mean ms': result.meanMs.toFixed(3),
      'rows/s': `${(result.rowsPerSecond / 1e6).toFixed(0)} M`,
    })),
  );
}
