/**
 * Benchmarks of the hot loop and the whole estimate, inline and in the worker pool, at three
 * sizes (see data-gen.ts), of reading the large size as a CSV with the byte scanner, and of the
 * whole estimate from its Arrow cache.
 * All data is SYNTHETIC. `--json` prints machine-readable results.
 * Run: npm run bench [-- --json]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableToIPC } from 'apache-arrow';
import { Bench } from 'tinybench';
import { buildCountGrid } from '../src/grid/count-grid.js';
import { calendarMonths } from '../src/calendar/calendar-months.js';
import { estimate } from '../src/pipeline/estimate.js';
import { countsTable } from '../src/write/counts-table.js';
import { readCounts } from '../src/read/read-counts.js';
import { scanCountsCsv } from '../src/read/scan-counts-csv.js';
import { GROUP_FIELDS, STAT_FIELDS } from '../src/kernels/stat-fields.js';
import { buildCalendar, dayGroups } from '../src/calendar/calendar.js';
import { sumRegionDays } from '../src/kernels/sum-region-days.js';
import { runModelTask } from '../src/kernels/tasks.js';
import { upliftOf } from '../src/model/model.js';
import { resolveDeductionsToGrid } from '../src/model/resolve-deductions.js';
import { SIZES, syntheticCounts, syntheticModel, writeCsv } from './data-gen.js';

const json = process.argv.includes('--json');
const threads = availableParallelism();
const bench = new Bench({ time: 1500, warmup: true });
const cellsOf = new Map<string, number>();

for (const [size, { areaCount, dayCount }] of Object.entries(SIZES)) {
  const counts = syntheticCounts(areaCount, dayCount);
  const model = syntheticModel(areaCount);
  const cells = (areaCount + 1) * dayCount;

  // The kernels alone, over a grid built once: what the hot loop costs per row.
  const grid = buildCountGrid(counts);
  // The region's row is summed before the deductions, as `estimate` does (and again in each round).
  sumRegionDays(grid.devices, areaCount, dayCount);
  const months = calendarMonths(grid.firstDay, dayCount);
  const calendar = buildCalendar(grid.firstDay, dayCount);
  const numbers = { dayCount, personsPerDevice: 1 + upliftOf(model.uplift), monthStart: months.monthStart, ...dayGroups(calendar) };
  const summaryOnly = {
    devices: grid.devices.buffer as SharedArrayBuffer,
    deductions: resolveDeductionsToGrid(model, grid, { modelFile: 'synthetic' }).total.buffer as SharedArrayBuffer,
    stats: new SharedArrayBuffer((areaCount + 1) * months.labels.length * STAT_FIELDS * 8),
    groups: new SharedArrayBuffer((areaCount + 1) * (numbers.seasonCount + numbers.dayTypeCount) * GROUP_FIELDS * 8),
  };
  const withDaily = { ...summaryOnly, daily: { persons: new SharedArrayBuffer(cells * 8), guestNights: new SharedArrayBuffer(cells * 8) } };
  for (const [what, shared] of [
    ['sums', summaryOnly],
    ['sums + daily columns', withDaily],
  ] as const) {
    const kernel = `kernels inline, ${what}, ${size}`;
    cellsOf.set(kernel, cells);
    bench.add(kernel, () => {
      sumRegionDays(new Float64Array(shared.devices), areaCount, dayCount);
      runModelTask({ grid: shared, numbers, rowFrom: 0, rowTo: areaCount + 1 });
    });
  }

  // The whole estimate from read columns: grid, kernels, summary; the pool is started and closed each time.
  for (const workers of [0, threads]) {
    const name = `estimate, ${workers === 0 ? 'inline' : `pool of ${workers}`}, ${size}`;
    cellsOf.set(name, cells);
    bench.add(name, async () => {
      await estimate(counts, model, { workers });
    });
  }
}

// Reading: the byte scanner on the large size's SYNTHETIC counts as a national daily CSV
// (357 areas × 3 653 days, 1.3 M rows, 28 MB), written once to a temp file; tinybench's warm-up
// runs leave the JIT warm, so this is the warm time.
const dir = mkdtempSync(join(tmpdir(), 'teleguest-bench-'));
const csvFile = join(dir, 'daily.csv');
const readTask = 'read national CSV (byte scan), SYNTHETIC, large';
const national = syntheticCounts(SIZES.large.areaCount, SIZES.large.dayCount);
cellsOf.set(readTask, writeCsv(csvFile, national));
bench.add(readTask, async () => {
  if ((await scanCountsCsv(csvFile)) === undefined) throw new Error('the byte scanner handed the synthetic CSV over to csv-parse');
});

// The same counts as the Arrow cache `teleguest convert` writes, read and estimated as `teleguest
// estimate counts.arrow` does (the file is in the page cache after the first round).
const arrowFile = join(dir, 'daily.arrow');
writeFileSync(arrowFile, tableToIPC(countsTable(national), 'file'));
const cacheTask = 'estimate from the Arrow cache (read + estimate), SYNTHETIC, large';
cellsOf.set(cacheTask, national.length);
const nationalModel = syntheticModel(SIZES.large.areaCount);
bench.add(cacheTask, async () => {
  await estimate((await readCounts(arrowFile)).counts, nationalModel);
});

try {
  await bench.run();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const results = bench.tasks.map((task) => {
  const result = task.result;
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
  const cells = cellsOf.get(task.name)!;
  return {
    name: task.name,
    cells,
    meanMs: result.latency.mean,
    p50Ms: result.latency.p50,
    rmePercent: result.latency.rme,
    rowsPerSecond: cells / (result.latency.mean / 1000),
  };
});
if (json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, threads, results }, null, 2)}\n`);
} else {
  console.log(`Node ${process.version}, ${threads} threads available`);
  console.table(
    results.map((result) => ({
      task: result.name,
      cells: result.cells,
      'mean ms': result.meanMs.toFixed(3),
      'p50 ms': result.p50Ms.toFixed(3),
      '± %': result.rmePercent.toFixed(1),
      'M rows/s': (result.rowsPerSecond / 1e6).toFixed(1),
    })),
  );
}
