/**
 * End to end, teleguest beside DuckDB on the same SYNTHETIC files in one run: the national daily
 * file (357 areas × 10 years, 1.3 M rows; DuckDB does the sums per area, month and complete day)
 * and a national hourly one (357 areas × every hour of 2024, 3.1 M rows, `date,hour,area,devices`;
 * DuckDB does the night-presence guest-nights, `duckdb-hourly-job.ts`). For each: the whole
 * process (start-up and imports included), the job in process after imports, rows/s and peak
 * RSS; the totals of both tools are checked to agree. In process, teleguest takes the CLI's path:
 * the CLI's one pipeline (`estimateFile`: a plain CSV straight into a grid, hourly counts into an
 * hour grid).
 *
 * On the national daily file, teleguest also runs `estimate --draws 10000` (a range on the uplift,
 * on every area's residents and on twelve month factors: `nationalRangesModelFile`) and
 * `report --html`, whole process, each against the DuckDB job on that file (DuckDB draws nothing
 * and writes no page: the ratio says what the user waits for beside a plain aggregate).
 *
 * With `--hourly-decade` (or TELEGUEST_E2E_HOURLY_DECADE=1) it also writes an hourly decade
 * (357 areas × every hour of 2015–2024, 31 M rows, ~760 MB, in the temporary folder, removed
 * after) and times both tools on it once each, whole process only.
 * Run: npm run bench:e2e [-- --json] [-- --hourly-decade]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { estimateFile } from '../src/pipeline/estimate-file.js';
import type { Figures, Summary } from '../src/summary/summary.js';
import { hoursOfLocalDays, nationalRangesModelFile, syntheticCounts, syntheticHourlyCounts, syntheticModel, writeCsv, writeHourlyCsv } from './data-gen.js';
import { nightModelOf, runDuckDbHourlyJob, type HourlyJobTotals } from './duckdb-hourly-job.js';
import { connectDuckDb, runDuckDbJob, type JobTotals } from './duckdb-job.js';

const json = process.argv.includes('--json');
const hourlyDecade = process.argv.includes('--hourly-decade') || process.env.TELEGUEST_E2E_HOURLY_DECADE === '1';
const RUNS = 5;
/** Runs of the slower whole-process commands (draws, report). */
const SLOW_RUNS = 3;
const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const duckJob = fileURLToPath(new URL('./duckdb-job.js', import.meta.url));
const duckHourlyJob = fileURLToPath(new URL('./duckdb-hourly-job.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'teleguest-e2e-'));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Time a command `runs` times (the median); peak RSS from GNU time when the machine has it. */
function timeProcess(args: string[], runs = RUNS): { ms: number; peakRssMb: number | null; stdout: string } {
  const times: number[] = [];
  let stdout = '';
  let peak: number | null = null;
  for (let run = 0; run < runs; run++) {
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

/** The night-presence totals of teleguest's summary of hourly counts. */
function hourlyTotalsOf(summary: Summary): HourlyJobTotals {
  const areas = Object.values(summary.areas);
  const guestNights = (figures: Figures) => figures.years.reduce((sum, year) => sum + year.guestNights!, 0);
  return {
    regionDays: summary.region.days,
    regionDevicesPerDay: summary.region.devicesPerDay!,
    sumOfAreaMeans: areas.reduce((sum, figures) => sum + figures.devicesPerDay!, 0),
    regionGuestNights: guestNights(summary.region),
    sumOfAreaGuestNights: areas.reduce((sum, figures) => sum + guestNights(figures), 0),
  };
}

/** Counts agree exactly, sums to a relative 1e-9 (the two tools add in different orders). */
function agree<T extends object>(a: T, b: T): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  return Object.keys(a).every((key) => close(a[key as keyof T] as number, b[key as keyof T] as number));
}

/** The cases: what each tool runs on a file, and how its output becomes totals. */
const CASES = [
  {
    name: 'national daily',
    runs: RUNS,
    write: (file: string) => writeCsv(file, syntheticCounts(357, 3653)),
    duckJob,
    duckArgs: (file: string) => [file],
    totalsOf,
    // As `teleguest estimate` does: the one pipeline.
    inProcess: async (file: string, model: ReturnType<typeof syntheticModel>) => {
      return (await estimateFile(file, model)).result;
    },
    duckInProcess: (connection: Awaited<ReturnType<typeof connectDuckDb>>, file: string) => runDuckDbJob(connection, file),
  },
  {
    name: 'national hourly',
    runs: RUNS,
    write: (file: string) => writeCsv(file, syntheticHourlyCounts(357, 366, 1, hoursOfLocalDays(366))),
    duckJob: duckHourlyJob,
    duckArgs: (file: string, modelFile: string) => [file, modelFile],
    totalsOf: hourlyTotalsOf,
    inProcess: async (file: string, model: ReturnType<typeof syntheticModel>) => {
      return (await estimateFile(file, model, { method: 'night-presence' })).result;
    },
    duckInProcess: (connection: Awaited<ReturnType<typeof connectDuckDb>>, file: string, modelFile: string) =>
      runDuckDbHourlyJob(connection, file, nightModelOf(modelFile)),
  },
  {
    // Once each, whole process only: the file is large and the machine shared.
    name: 'national hourly decade',
    runs: 1,
    write: (file: string) => writeHourlyCsv(file, 357, 16_436, 3653), // from 2015-01-01
    duckJob: duckHourlyJob,
    duckArgs: (file: string, modelFile: string) => [file, modelFile],
    totalsOf: hourlyTotalsOf,
    inProcess: undefined,
    duckInProcess: undefined,
  },
] as const;

/** A teleguest command beside the DuckDB job on the same file: whole process, median of `SLOW_RUNS`. */
interface ExtraRun {
  name: string;
  file: string;
  teleguestMs: number;
  duckdbMs: number;
  peakRssMb: number | null;
  /** What the run produced: the intervals' count, the page's size. */
  note: string;
}
const extras: ExtraRun[] = [];

const results = [];
const connection = await connectDuckDb();
try {
  const model = syntheticModel(357);
  const modelFile = join(dir, 'model.json');
  writeFileSync(modelFile, JSON.stringify(model));
  const rangesFile = join(dir, 'model-ranges.json');
  writeFileSync(rangesFile, JSON.stringify(nationalRangesModelFile(357)));
  for (const job of CASES) {
    if (job.name === 'national hourly decade' && !hourlyDecade) continue;
    const file = join(dir, `${job.name.replace(/\W+/g, '-')}.csv`);
    const rows = job.write(file);
    // The hourly cases run night presence, as the DuckDB job does (a year takes the baseline by default).
    const method = job.name === 'national daily' ? [] : ['--method', 'night-presence'];
    const ours = timeProcess([cli, 'estimate', file, '--model', modelFile, '--json', ...method], job.runs);
    const theirs = timeProcess([job.duckJob, ...job.duckArgs(file, modelFile)], job.runs);
    const ourTotals = job.totalsOf(JSON.parse(ours.stdout) as Summary);
    const theirTotals = JSON.parse(theirs.stdout) as typeof ourTotals;
    const same = agree(ourTotals, theirTotals);
    const oursInProcess = job.inProcess === undefined ? NaN : await timeInProcess(() => job.inProcess(file, model));
    const theirsInProcess = job.duckInProcess === undefined ? NaN : await timeInProcess(() => job.duckInProcess(connection, file, modelFile));
    if (job.name === 'national daily') {
      const draws = timeProcess([cli, 'estimate', file, '--model', rangesFile, '--json', '--draws', '10000', '-q'], SLOW_RUNS);
      const intervals = (JSON.parse(draws.stdout) as Summary).uncertainty;
      if (intervals === undefined) throw new Error('estimate --draws gave no intervals');
      extras.push({
        name: 'estimate --draws 10000',
        file: job.name,
        teleguestMs: draws.ms,
        duckdbMs: theirs.ms,
        peakRssMb: draws.peakRssMb,
        note: `${intervals.parameters.length} ranges, ${Object.keys(intervals.areas).length} areas`,
      });
      const page = join(dir, 'report.html');
      const report = timeProcess([cli, 'report', file, '--model', modelFile, '--html', page, '-q'], SLOW_RUNS);
      extras.push({
        name: 'report --html',
        file: job.name,
        teleguestMs: report.ms,
        duckdbMs: theirs.ms,
        peakRssMb: report.peakRssMb,
        note: `page ${(statSync(page).size / 1e6).toFixed(2)} MB`,
      });
    }
    rmSync(file, { force: true });
    results.push({
      file: job.name,
      rows,
      sameTotals: same,
      totals: { teleguest: ourTotals, duckdb: theirTotals },
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
  process.stdout.write(`${JSON.stringify({ node: process.version, runs: RUNS, results, extras }, null, 2)}\n`);
} else {
  console.log(`Node ${process.version}; median of ${RUNS} runs (the hourly decade: one, whole process only); DuckDB with 2 threads`);
  // The hourly decade has no in-process times: a dash.
  const fixed = (value: number, digits = 0) => (Number.isNaN(value) ? '—' : value.toFixed(digits));
  console.table(
    results.map((r) => ({
      file: r.file,
      rows: r.rows,
      'same totals': r.sameTotals,
      'process: teleguest ms': r.wholeProcess.teleguestMs.toFixed(0),
      'DuckDB ms': r.wholeProcess.duckdbMs.toFixed(0),
      ratio: r.wholeProcess.ratio.toFixed(2),
      'in process: teleguest ms': fixed(r.inProcess.teleguestMs),
      'DuckDB ms ': fixed(r.inProcess.duckdbMs),
      'ratio ': fixed(r.inProcess.ratio, 2),
      'rows/s (t / d)': `${fixed(r.rowsPerSecond.teleguest / 1e6, 1)} M / ${fixed(r.rowsPerSecond.duckdb / 1e6, 1)} M`,
      'peak RSS MB (t / d)': `${r.peakRssMb.teleguest?.toFixed(0)} / ${r.peakRssMb.duckdb?.toFixed(0)}`,
    })),
  );
  console.log(`teleguest commands on the national daily file, whole process, median of ${SLOW_RUNS} runs, against the DuckDB job on it`);
  console.table(
    extras.map((extra) => ({
      command: extra.name,
      'teleguest ms': extra.teleguestMs.toFixed(0),
      'DuckDB ms': extra.duckdbMs.toFixed(0),
      ratio: (extra.teleguestMs / extra.duckdbMs).toFixed(2),
      'peak RSS MB': extra.peakRssMb?.toFixed(0),
      result: extra.note,
    })),
  );
  for (const r of results.filter((result) => !result.sameTotals)) console.log(`${r.file}: totals differ`, r.totals);
}
if (results.some((r) => !r.sameTotals)) process.exitCode = 1;
