/**
 * End to end, teleguest beside DuckDB on the same SYNTHETIC files in one run: the national daily
 * file (357 areas × 10 years, 1.3 M rows) and an hourly-sized one (357 × 8 760 rows; daily rows
 * over 24 years, since hourly input is not read yet). For each: the whole process (start-up and
 * imports included), the job in process after imports, rows/s and peak RSS; the totals of both
 * tools are checked to agree. Run: npm run bench:e2e [-- --json]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDay } from '../src/day-number.js';
import { estimate } from '../src/estimate.js';
import { readCounts } from '../src/io/read-counts.js';
import type { Summary } from '../src/summary.js';
import { syntheticCounts, syntheticModel } from './data-gen.js';
import { connectDuckDb, runDuckDbJob, type JobTotals } from './duckdb-job.js';

const json = process.argv.includes('--json');
const RUNS = 5;
const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const duckJob = fileURLToPath(new URL('./duckdb-job.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'teleguest-e2e-'));

/** The CSV text of synthetic counts, written in pieces (a 3 M-row string would be large). */
function writeCsv(file: string, areaCount: number, dayCount: number): number {
  const counts = syntheticCounts(areaCount, dayCount);
  const parts: string[] = ['date,area,devices\n'];
  for (let i = 0; i < counts.length; i++) {
    const devices = counts.devices[i]!;
    parts.push(`${formatDay(counts.day[i]!)},${counts.areaCodes[counts.area[i]!]},${Number.isNaN(devices) ? '' : devices}\n`);
  }
  writeFileSync(file, parts.join(''));
  return counts.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Time a command RUNS times; peak RSS from GNU time when the machine has it. */
function timeProcess(args: string[]): { ms: number; peakRssMb: number | null; stdout: string } {
  const times: number[] = [];
  let stdout = '';
  let peak: number | null = null;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(performance.now() - start);
    if (child.status !== 0) throw new Error(`${args.join(' ')}: ${child.stderr}`);
    stdout = child.stdout;
    const kb = Number(child.stderr.trim().split('\n').pop());
    if (Number.isFinite(kb)) peak = Math.max(peak ?? 0, kb / 1024);
  }
  return { ms: median(times), peakRssMb: peak, stdout };
}

async function timeInProcess(job: () => Promise<unknown>): Promise<number> {
  await job(); // warm-up
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await job();
    times.push(performance.now() - start);
  }
  return median(times);
}

function totalsOf(summary: Summary): JobTotals {
  const areas = Object.values(summary.areas);
  return {
    regionDays: summary.region.days,
    regionDevicesPerDay: summary.region.devicesPerDay!,
    sumOfAreaMeans: areas.reduce((sum, figures) => sum + figures.devicesPerDay!, 0),
    areaMonths: areas.reduce((sum, figures) => sum + figures.months.filter((month) => month.days > 0).length, 0),
  };
}

function agree(a: JobTotals, b: JobTotals): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  return a.regionDays === b.regionDays && a.areaMonths === b.areaMonths && close(a.regionDevicesPerDay, b.regionDevicesPerDay) && close(a.sumOfAreaMeans, b.sumOfAreaMeans);
}

const results = [];
const connection = await connectDuckDb();
try {
  for (const [name, areaCount, dayCount] of [['national daily', 357, 3653], ['hourly-sized', 357, 8760]] as const) {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.csv`);
    const rows = writeCsv(file, areaCount, dayCount);
    const modelFile = join(dir, 'model.json');
    writeFileSync(modelFile, JSON.stringify(syntheticModel(areaCount)));
    const model = syntheticModel(areaCount);

    const ours = timeProcess([cli, 'estimate', file, '--model', modelFile, '--json']);
    const theirs = timeProcess([duckJob, file]);
    const same = agree(totalsOf(JSON.parse(ours.stdout) as Summary), JSON.parse(theirs.stdout) as JobTotals);
    const oursInProcess = await timeInProcess(async () => estimate((await readCounts(file)).counts, model));
    const theirsInProcess = await timeInProcess(() => runDuckDbJob(connection, file));
    results.push({
      file: name,
      rows,
      sameTotals: same,
      wholeProcess: { teleguestMs: ours.ms, duckdbMs: theirs.ms, ratio: ours.ms / theirs.ms },
      inProcess: { teleguestMs: oursInProcess, duckdbMs: theirsInProcess, ratio: oursInProcess / theirsInProcess },
      rowsPerSecond: { teleguest: rows / (oursInProcess / 1000), duckdb: rows / (theirsInProcess / 1000) },
      peakRssMb: { teleguest: ours.peakRssMb, duckdb: theirs.peakRssMb },
    });
  }
} finally {
  connection.closeSync();
  rmSync(dir, { recursive: true, force: true });
}

if (json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, runs: RUNS, results }, null, 2)}\n`);
} else {
  console.log(`Node ${process.version}; median of ${RUNS} runs; DuckDB with 2 threads`);
  console.table(
    results.map((r) => ({
      file: r.file,
      rows: r.rows,
      'same totals': r.sameTotals,
      'process: teleguest ms': r.wholeProcess.teleguestMs.toFixed(0),
      'DuckDB ms': r.wholeProcess.duckdbMs.toFixed(0),
      ratio: r.wholeProcess.ratio.toFixed(2),
      'in process: teleguest ms': r.inProcess.teleguestMs.toFixed(0),
      'DuckDB ms ': r.inProcess.duckdbMs.toFixed(0),
      'ratio ': r.inProcess.ratio.toFixed(2),
      'peak RSS MB (t / d)': `${r.peakRssMb.teleguest?.toFixed(0)} / ${r.peakRssMb.duckdb?.toFixed(0)}`,
    })),
  );
}
if (results.some((r) => !r.sameTotals)) process.exitCode = 1;
