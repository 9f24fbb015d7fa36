/**
 * teleguest's night-presence estimate from hourly counts, done in DuckDB, for `npm run bench:e2e`:
 * read a `date,hour,area,devices` CSV and a model (uplift, residents per area), and return the
 * totals teleguest's JSON must match. Run as a script
 * (`node dist/bench/duckdb-hourly-job.js <counts.csv> <model.json>`) it prints them as JSON.
 *
 * The definition mirrored (docs/method.md "Hourly counts", src/kernels/reduce-hours.ts):
 * - night presence of an area on a night = the mean of its devices over the rows whose clock
 *   hour is 02 or 03 the next morning; the night is dated by its evening, the day before the
 *   morning, and the first morning of the file (whose evening is before it) is left out. On the
 *   last Sunday of March the clock skips 02:00, so the night is hour 03 alone; on the last Sunday
 *   of October it shows 02:00 twice, so the mean is over three rows (both 02s and 03). A night
 *   with any of those hours missing (a blank cell or no row) has no night presence.
 * - guest-nights of an area that night = night devices × (1 + uplift) − residents; only the
 *   residents deduction applies at night (the model's others are daytime presence).
 * - the region: the sum over areas on nights every area has, as for daily counts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { connectDuckDb, type DuckDbConnection } from './duckdb-job.js';

/** Totals both tools must agree on. */
export interface HourlyJobTotals {
  /** Nights on which every area has its night presence. */
  regionDays: number;
  /** The region's night devices, mean per complete night. */
  regionDevicesPerDay: number;
  /** Σ over areas of each area's mean night devices per observed night. */
  sumOfAreaMeans: number;
  /** Σ of the region's guest-nights over its complete nights. */
  regionGuestNights: number;
  /** Σ over areas of each area's guest-nights over its observed nights. */
  sumOfAreaGuestNights: number;
}

/** The model's parts the night method uses. */
export interface NightModel {
  uplift: number;
  residents: Record<string, number>;
}

/** The SQL of the night-presence estimate on `file`. */
export function hourlyJobSql(file: string, model: NightModel): string {
  const source = `read_csv('${file.replaceAll("'", "''")}', header = true, columns = {'date': 'DATE', 'hour': 'INTEGER', 'area': 'VARCHAR', 'devices': 'DOUBLE'})`;
  const residents = Object.entries(model.residents)
    .map(([area, value]) => `('${area.replaceAll("'", "''")}', ${value})`)
    .join(', ');
  // The last Sunday of a month (DuckDB's dayofweek: Sunday 0): the EU clock-change days.
  const lastSunday = (month: number) =>
    `(last_day(make_date(year(date), ${month}, 1)) - CAST(dayofweek(last_day(make_date(year(date), ${month}, 1))) AS INTEGER))`;
  return `
    WITH counts AS (SELECT * FROM ${source}),
    residents (area, residents) AS (VALUES ${residents}),
    -- The rows the clock showed at 02 and 03: one on the March day, three on the October day; the
    -- night is the evening's, the day before, and the first morning's evening is not in the file.
    nights AS (SELECT area, date - 1 AS evening, avg(devices) AS devices FROM counts WHERE hour = 2 OR hour = 3 GROUP BY area, date
               HAVING count(devices) = CASE WHEN date = ${lastSunday(3)} THEN 1 WHEN date = ${lastSunday(10)} THEN 3 ELSE 2 END
                  AND date > (SELECT min(date) FROM counts)),
    area_nights AS (SELECT area, evening, devices, devices * (1 + ${model.uplift}) - residents AS guest_nights
                    FROM nights JOIN residents USING (area)),
    areas AS (SELECT area, avg(devices) AS devices, sum(guest_nights) AS guest_nights FROM area_nights GROUP BY area),
    region AS (SELECT evening, sum(devices) AS devices, sum(guest_nights) AS guest_nights FROM area_nights GROUP BY evening
               HAVING count(*) = (SELECT count(DISTINCT area) FROM counts))
    SELECT (SELECT count(*) FROM region),
           (SELECT avg(devices) FROM region),
           (SELECT sum(devices) FROM areas),
           (SELECT sum(guest_nights) FROM region),
           (SELECT sum(guest_nights) FROM areas)`;
}

/** Run the night-presence job on an open DuckDB connection and read the totals back. */
export async function runDuckDbHourlyJob(connection: DuckDbConnection, file: string, model: NightModel): Promise<HourlyJobTotals> {
  const [row] = (await connection.runAndReadAll(hourlyJobSql(file, model))).getRows();
  const [regionDays, regionDevicesPerDay, sumOfAreaMeans, regionGuestNights, sumOfAreaGuestNights] = row!.map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { regionDays, regionDevicesPerDay, sumOfAreaMeans, regionGuestNights, sumOfAreaGuestNights };
}

/** The uplift and per-area residents of a model file such as `syntheticModel`'s. */
export function nightModelOf(modelFile: string): NightModel {
  const model = JSON.parse(readFileSync(modelFile, 'utf8')) as { uplift: number; deductions: { residents: { byArea: Record<string, number> } } };
  return { uplift: model.uplift, residents: model.deductions.residents.byArea };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const connection = await connectDuckDb();
  process.stdout.write(`${JSON.stringify(await runDuckDbHourlyJob(connection, process.argv[2]!, nightModelOf(process.argv[3]!)))}\n`);
}
