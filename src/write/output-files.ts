import { join } from 'node:path';
import type { DailyColumns, Estimate } from '../pipeline/estimate.js';
import type { CsvExportDialect } from './csv-export-dialect.js';
import { formatDailyCsv } from './format-daily-csv.js';
import { formatSummaryCsv } from './format-summary-csv.js';
import { jsonChunks } from './json-chunks.js';
import type { FileToWrite } from './write-files-atomically.js';

/**
 * The files `--out` writes: `summary.json`, `summary.csv` (the summary flat: area × year, month,
 * season and day type), `daily.csv`, `daily.arrow` and `daily.parquet` in `dir`, for
 * `writeFilesAtomically`, the CSV files in the given dialect (default: plain CSV).
 * apache-arrow and hyparquet-writer are loaded here, only for commands that write files.
 *
 * @example
 * await writeFilesAtomically(await outputFiles('out', await estimate(counts, model, { daily: true })));
 * await outputFiles('out', result, { csvDialect: CSV_DIALECTS['excel-nb'] }); // daily.csv for Norwegian Excel
 */
export async function outputFiles(
  dir: string,
  result: Estimate & { daily: DailyColumns },
  options: { csvDialect?: CsvExportDialect } = {},
): Promise<FileToWrite[]> {
  const { tableToIPC } = await import('apache-arrow');
  const { dailyTable } = await import('./daily-table.js');
  const { dailyParquet } = await import('./daily-parquet.js');
  const parquet = await dailyParquet(result);
  return [
    { target: join(dir, 'summary.json'), content: () => jsonChunks(result.summary) },
    { target: join(dir, 'summary.csv'), content: () => [formatSummaryCsv(result.summary, { dialect: options.csvDialect })] },
    { target: join(dir, 'daily.csv'), content: () => formatDailyCsv(result, { dialect: options.csvDialect }) },
    { target: join(dir, 'daily.arrow'), content: () => [tableToIPC(dailyTable(result), 'file')] },
    { target: join(dir, 'daily.parquet'), content: () => parquet },
  ];
}
