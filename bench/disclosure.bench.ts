/**
 * Benchmarks of disclosure control beside the estimate it protects, at the small and large
 * sizes of data-gen.ts (the large one is all 357 municipalities × ten years): the estimate with
 * daily columns (what the national daily file needs) with disclosure control off (`minCount` 0,
 * the yardstick) and on (the default, what the commands run); the steps it adds (withholding the
 * small counts as the grid is laid out, the grid's status, the withheld days of the summary);
 * and the library's other ways: the grid's suppression, the blank way's copy, the strict way's
 * aggregate masks (months, years, seasons, day types, the span) and its summary redaction. The
 * steps are single passes over typed arrays on the main thread, so there is no pool path to
 * compare. One cell in a thousand is made small (3 devices), so every step has work to do.
 * All data is SYNTHETIC. `--json` prints machine-readable results.
 * Run: npm run build && node dist/bench/disclosure.bench.js [--json]
 */
import { Bench } from 'tinybench';
import { DAY_TYPES } from '../src/calendar/calendar.js';
import { calendarMonths } from '../src/calendar/calendar-months.js';
import { blankSuppressed } from '../src/disclosure/blank-suppressed.js';
import { redactSummary } from '../src/disclosure/redact-summary.js';
import { rangeOfPositions, suppressAggregates, yearOfDay } from '../src/disclosure/suppress-aggregates.js';
import { suppressGrid } from '../src/disclosure/suppress-grid.js';
import { estimate } from '../src/pipeline/estimate.js';
import { markSmallCounts } from '../src/disclosure/mark-small-counts.js';
import { countWithheldDays } from '../src/disclosure/withheld-days.js';
import { withheldStatus } from '../src/disclosure/withheld-status.js';
import { sumRegionDays } from '../src/kernels/sum-region-days.js';
import { SIZES, syntheticCounts, syntheticModel } from './data-gen.js';

const json = process.argv.includes('--json');
const bench = new Bench({ time: 1500, warmup: true });
const cellsOf = new Map<string, number>();

for (const size of ['small', 'large'] as const) {
  const { areaCount, dayCount } = SIZES[size];
  const counts = syntheticCounts(areaCount, dayCount);
  // Every thousandth row small: about 1 300 small cells in the large grid.
  for (let row = 0; row < counts.length; row += 1000) counts.devices[row] = 3;
  const model = syntheticModel(areaCount);
  const cells = (areaCount + 1) * dayCount;
  const { summary, grid, calendar, filled } = await estimate(counts, model, { workers: 0, minCount: 0 });
  const months = calendarMonths(grid.firstDay, dayCount);
  const { status } = suppressGrid(grid.devices, areaCount, dayCount);
  // In place on a grid of its own, as a run would blank the grid it owns.
  const scratch = Float64Array.from(grid.devices);

  const tasks: Array<[string, () => unknown]> = [
    ['estimate inline with daily columns, disclosure control off (the yardstick)', () => estimate(counts, model, { workers: 0, daily: true, minCount: 0 })],
    ['estimate inline with daily columns, disclosure control on (16)', () => estimate(counts, model, { workers: 0, daily: true })],
    [
      'the steps it adds: withhold, withheldStatus, countWithheldDays',
      () => {
        scratch.set(grid.devices);
        const withheld = new Uint8Array(scratch.length);
        markSmallCounts(scratch, 16, withheld, 0, areaCount * dayCount, true);
        sumRegionDays(scratch, areaCount, dayCount);
        const suppression = withheldStatus(withheld, scratch, filled, areaCount, dayCount, 16);
        return countWithheldDays(suppression.status, { dayCount, months, calendar });
      },
    ],
    ['suppressGrid', () => suppressGrid(grid.devices, areaCount, dayCount)],
    ['suppressGrid + blankSuppressed (the blank way, a copy)', () => blankSuppressed(grid.devices, suppressGrid(grid.devices, areaCount, dayCount).status)],
    [
      'suppressGrid + blankSuppressed (the blank way, in place)',
      () => blankSuppressed(scratch, suppressGrid(grid.devices, areaCount, dayCount).status, scratch),
    ],
    [
      'suppressAggregates, 5 groupings',
      () =>
        suppressAggregates(status, dayCount, [
          { groupOfDay: rangeOfPositions(months.monthStart), groupCount: months.labels.length },
          { groupOfDay: yearOfDay(months.monthStart, months.yearOfMonth), groupCount: months.years.length },
          { groupOfDay: calendar.season, groupCount: calendar.seasonNames.length },
          { groupOfDay: calendar.dayType, groupCount: DAY_TYPES.length },
          { groupOfDay: new Uint8Array(dayCount), groupCount: 1 },
        ]),
    ],
    [
      'suppressGrid + redactSummary (the strict way)',
      () => redactSummary(summary, { areaCodes: grid.areaCodes, dayCount, months, calendar, cells: suppressGrid(grid.devices, areaCount, dayCount).status }),
    ],
  ];
  for (const [task, run] of tasks) {
    const name = `${task}, ${size}`;
    cellsOf.set(name, cells);
    bench.add(name, async () => {
      await run();
    });
  }
}

await bench.run();

const results = bench.tasks.map((task) => {
  const result = task.result;
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
  return { name: task.name, cells: cellsOf.get(task.name)!, meanMs: result.latency.mean, p50Ms: result.latency.p50, rmePercent: result.latency.rme };
});
if (json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
} else {
  console.log(`Node ${process.version}`);
  console.table(
    results.map((result) => ({
      task: result.name,
      cells: result.cells,
      'mean ms': result.meanMs.toFixed(3),
      'p50 ms': result.p50Ms.toFixed(3),
      '± %': result.rmePercent.toFixed(1),
    })),
  );
}
