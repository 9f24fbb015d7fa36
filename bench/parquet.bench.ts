/**
 * Writing the daily table as Parquet: hyparquet-writer (pure JavaScript, what `daily.parquet` uses)
 * against parquet-wasm (Rust's parquet crate as WebAssembly, from the Arrow table), both with
 * Snappy pages, at the fixture's size and the national one (357 areas × 3 653 days), with the
 * files' sizes and, for scale, the Arrow IPC file's. parquet-wasm is not a dependency: the bench
 * measures it only where it is installed (`npm install --no-save parquet-wasm@0.8.0`).
 * All data is SYNTHETIC. `--json` prints machine-readable results.
 * Run: npm run build && node dist/bench/parquet.bench.js [--json]
 */
import { tableToIPC } from 'apache-arrow';
import { Bench } from 'tinybench';
import { estimate } from '../src/pipeline/estimate.js';
import { dailyParquet } from '../src/write/daily-parquet.js';
import { dailyTable } from '../src/write/daily-table.js';
import { SIZES, syntheticCounts, syntheticModel } from './data-gen.js';

const json = process.argv.includes('--json');
const bench = new Bench({ time: 3000, iterations: 3, warmup: true });
const bytesOf = new Map<string, number>();
const wasm = await import('parquet-wasm' as string).catch(() => undefined);

for (const size of ['small', 'large'] as const) {
  const { areaCount, dayCount } = SIZES[size];
  const result = await estimate(syntheticCounts(areaCount, dayCount), syntheticModel(areaCount), { daily: true, workers: 0 });
  bytesOf.set(`arrow IPC ${size}`, tableToIPC(dailyTable(result), 'file').byteLength);
  bench.add(`hyparquet-writer ${size}`, async () => {
    let bytes = 0;
    for (const chunk of await dailyParquet(result)) bytes += chunk.byteLength;
    bytesOf.set(`hyparquet-writer ${size}`, bytes);
  });
  if (wasm !== undefined) {
    const { Table, writeParquet, WriterPropertiesBuilder, Compression } = wasm;
    bench.add(`parquet-wasm ${size}`, () => {
      const properties = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).build();
      const table = Table.fromIPCStream(tableToIPC(dailyTable(result), 'stream'));
      bytesOf.set(`parquet-wasm ${size}`, writeParquet(table, properties).byteLength);
    });
  }
}

await bench.run();
const rows = bench.tasks.map((task) => {
  const result = task.result;
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
  return { task: task.name, meanMs: Number(result.latency.mean.toFixed(1)), bytes: bytesOf.get(task.name) };
});
const sizes = [...bytesOf].filter(([name]) => name.startsWith('arrow')).map(([task, bytes]) => ({ task, bytes }));
if (json) console.log(JSON.stringify({ rows, sizes, heapMB: Math.round(process.memoryUsage().rss / 2 ** 20) }));
else console.table([...rows, ...sizes]);
