/**
 * Benchmark of the simulator on the SYNTHETIC Hallingdal scenario at two sizes: one month
 * (small, what the tests' size costs) and two years (large, the size the estimation experiments
 * use). The simulator is single-threaded; there is no pool path to compare.
 * `--json` prints machine-readable results.
 * Run: npm run build && node dist/bench/simulate.bench.js [--json]
 */
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { parseScenario } from '../src/simulate/read-scenario.js';
import { simulateRegion } from '../src/simulate/simulate-region.js';

const json = process.argv.includes('--json');
const scenario = parseScenario(readFileSync(new URL('../../fixtures/simulate/hallingdal.scenario.json', import.meta.url), 'utf8'));
const SIZES = {
  small: { from: '2024-02-01', to: '2024-02-29' },
  large: { from: '2023-01-01', to: '2024-12-31' },
} as const;
// Two years take seconds a round: a few rounds say enough.
const bench = new Bench({ time: 0, iterations: 3, warmup: false });
const daysOf = new Map<string, number>();
for (const [size, span] of Object.entries(SIZES)) {
  const name = `simulate Hallingdal (SYNTHETIC), ${size}: ${span.from} to ${span.to}`;
  bench.add(name, () => {
    daysOf.set(name, simulateRegion(scenario, { seed: 1, ...span }).dayCount);
  });
}
await bench.run();

const results = bench.tasks.map((task) => {
  const result = task.result;
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
  return { name: task.name, days: daysOf.get(task.name)!, meanMs: result.latency.mean, minMs: result.latency.min, rmePercent: result.latency.rme };
});
if (json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
} else {
  console.log(`Node ${process.version}`);
  console.table(
    results.map((result) => ({
      task: result.name,
      days: result.days,
      'mean s': (result.meanMs / 1000).toFixed(2),
      'min s': (result.minMs / 1000).toFixed(2),
      '± %': result.rmePercent.toFixed(1),
    })),
  );
}
