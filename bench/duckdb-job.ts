/**
 * The same job in DuckDB, for `npm run bench:e2e`: read the counts CSV, sum devices per area and
 * month and per complete day for the region, and return the totals teleguest's JSON must match.
 * Run as a script (`node dist/bench/duckdb-job.js <counts.csv>`) it prints them as JSON, so the
 * benchmark can time DuckDB as a whole process too, start-up and imports included.
 */
import { fileURLToPath } from 'node:url';

/**
 * The part of @duckdb/node-api used here: a devDependency pinned in package-lock.json (the
 * Parquet tests read files back with it), imported by a non-literal name so the benchmark's
 * build does not depend on its types.
 */
export interface DuckDbConnection {
  runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }>;
  closeSync(): void;
}
interface DuckDbApi {
  DuckDBInstance: { create(path: string, options: Record<string, string>): Promise<{ connect(): Promise<DuckDbConnection> }> };
}

/** Open an in-memory DuckDB with 2 threads (the machine's cores) and connect to it. */
export async function connectDuckDb(): Promise<DuckDbConnection> {
  const name: string = '@duckdb/node-api';
  const { DuckDBInstance } = (await import(name)) as DuckDbApi;
  return (await DuckDBInstance.create(':memory:', { threads: '2' })).connect();
}

/** Totals both tools must agree on. */
export interface JobTotals {
  regionDays: number;
  regionDevicesPerDay: number;
  /** Σ over areas of each area's mean devices per observed day. */
  sumOfAreaMeans: number;
  areaMonths: number;
}

/** The SQL: per area and month (what teleguest's kernel sums), and per complete day for the region. */
export function jobSql(file: string): string {
  const source = `read_csv('${file.replaceAll("'", "''")}', header = true, columns = {'date': 'DATE', 'area': 'VARCHAR', 'devices': 'DOUBLE'})`;
  return `
    WITH counts AS (SELECT * FROM ${source}),
    area_months AS (SELECT area, date_trunc('month', date) AS month, count(devices) AS days, sum(devices) AS devices
                    FROM counts GROUP BY ALL),
    areas AS (SELECT area, sum(devices) / sum(days) AS per_day FROM area_months GROUP BY area),
    region AS (SELECT date, sum(devices) AS devices FROM counts GROUP BY date
               HAVING count(devices) = (SELECT count(DISTINCT area) FROM counts))
    SELECT (SELECT count(*) FROM region) AS region_days,
           (SELECT avg(devices) FROM region) AS region_devices_per_day,
           (SELECT sum(per_day) FROM areas) AS sum_of_area_means,
           (SELECT count(*) FROM area_months) AS area_months`;
}

/** Run the job on an open DuckDB connection and read the totals back. */
export async function runDuckDbJob(connection: DuckDbConnection, file: string): Promise<JobTotals> {
  const [row] = (await connection.runAndReadAll(jobSql(file))).getRows();
  const [regionDays, regionDevicesPerDay, sumOfAreaMeans, areaMonths] = row!.map(Number);
  return { regionDays: regionDays!, regionDevicesPerDay: regionDevicesPerDay!, sumOfAreaMeans: sumOfAreaMeans!, areaMonths: areaMonths! };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const connection = await connectDuckDb();
  process.stdout.write(`${JSON.stringify(await runDuckDbJob(connection, process.argv[2]!))}\n`);
}
