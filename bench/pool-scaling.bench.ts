/**
 * How the worker pool scales with threads, for a machine with many cores: the kernels alone and
 * the whole estimate on 357 areas × 29 220 days (10.4 M cells, SYNTHETIC), and 2 000 draws of
 * 370 ranges on 357 areas × ten years, inline and with 1, 2, 4, … threads up to the machine's
 * cores (or `--threads 1,2,4`). One warm-up, then the median of 3. `--json` for machine-readable
 * output; `--jobs draws` runs only the jobs whose name starts so.
 * Run: npm run bench:scaling [-- --json] [-- --threads 1,2,4,8,16] [-- --jobs draws]
 */
import { availableParallelism } from 'node:os';
import { Bench } from 'tinybench';
import { calendarMonths } from '../src/calendar/calendar-months.js';
import { buildCountGrid } from '../src/grid/count-grid.js';
import { estimate } from '../src/pipeline/estimate.js';
import { GROUP_FIELDS, STAT_FIELDS } from '../src/kernels/stat-fields.js';
import { buildCalendar, dayGroups } from '../src/calendar/calendar.js';
import { sumRegionDays } from '../src/kernels/sum-region-days.js';
import { runModelTask, type SharedGrid } from '../src/kernels/tasks.js';
import { resolveDeductionsToGrid } from '../src/model/resolve-deductions.js';
import { runInPool } from '../src/pool/run-in-pool.js';
import { nationalRangesModel, syntheticCounts, syntheticModel } from './data-gen.js';

const json = process.argv.includes('--json');
const listed = process.argv.indexOf('--threads');
const powers = [1, 2, 4, 8, 16, 32, 64].filter((count) => count <= availableParallelism());
const threadCounts = listed > 0 ? process.argv[listed + 1]!.split(',').map(Number) : powers;
const areaCount = 357;
const only = process.argv.includes('--jobs') ? process.argv[process.argv.indexOf('--jobs') + 1]! : '';

const large = syntheticCounts(areaCount, 3653 * 8);
const largeModel = syntheticModel(areaCount);
const grid = buildCountGrid(large);
const { dayCount } = grid;
const months = calendarMonths(grid.firstDay, dayCount);
const calendar = buildCalendar(grid.firstDay, dayCount);
const numbers = { dayCount, personsPerDevice: 1.06, monthStart: months.monthStart, ...dayGroups(calendar) };
const cells = (areaCount + 1) * dayCount;
// The region's row is summed before the deductions, as `estimate` does; the kernel then reads it.
sumRegionDays(grid.devices, areaCount, dayCount);
const shared: SharedGrid = {
  devices: grid.devices.buffer as SharedArrayBuffer,
  deductions: resolveDeductionsToGrid(largeModel, grid, { modelFile: 'synthetic' }).total.buffer as SharedArrayBuffer,
  stats: new SharedArrayBuffer((areaCount + 1) * months.labels.length * STAT_FIELDS * 8),
  groups: new SharedArrayBuffer((areaCount + 1) * (numbers.seasonCount + numbers.dayTypeCount) * GROUP_FIELDS * 8),
  daily: { persons: new SharedArrayBuffer(cells * 8), guestNights: new SharedArrayBuffer(cells * 8) },
};
const national = syntheticCounts(areaCount, 3653);
const rangesModel = nationalRangesModel(areaCount);
const draws = 2000;

const jobs = [
  {
    name: `kernels, ${cells} cells`,
    run: async (threads: number) => {
      if (threads > 0) return runInPool(shared, numbers, { rows: areaCount + 1, threads });
      runModelTask({ grid: shared, numbers, rowFrom: 0, rowTo: areaCount + 1 });
    },
  },
  { name: `estimate, ${cells} cells`, run: async (threads: number) => void (await estimate(large, largeModel, { workers: threads })) },
  {
    name: `${draws} draws of ${rangesModel.ranges!.length} ranges, ${(areaCount + 1) * 3653} cells`,
    run: async (threads: number) => void (await estimate(national, rangesModel, { workers: threads, draws })),
  },
];
const results = [];
for (const job of jobs.filter(({ name }) => name.startsWith(only) || name.includes(` ${only}`))) {
  const bench = new Bench({ iterations: 3, time: 0, warmup: true, warmupIterations: 1, warmupTime: 0 });
  for (const threads of [0, ...threadCounts]) bench.add(String(threads), () => job.run(threads));
  await bench.run();
  const inline = bench.tasks[0]!.result.state === 'completed' ? bench.tasks[0]!.result.latency.p50 : NaN;
  for (const task of bench.tasks) {
    if (task.result.state !== 'completed')
      throw new Error(`${job.name}, ${task.name} threads: ${task.result.state}`, { cause: (task.result as { error?: unknown }).error });
    results.push({ job: job.name, threads: Number(task.name), p50Ms: task.result.latency.p50, speedup: inline / task.result.latency.p50 });
  }
}
if (json) process.stdout.write(`${JSON.stringify({ node: process.version, cores: availableParallelism(), results }, null, 2)}\n`);
else {
  console.log(`Node ${process.version}, ${availableParallelism()} cores; threads 0 = inline`);
  console.table(
    results.map((result) => ({ job: result.job, threads: result.threads, 'p50 ms': result.p50Ms.toFixed(0), 'speed-up': result.speedup.toFixed(2) })),
  );
}
