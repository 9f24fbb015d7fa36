import { join } from 'node:path';
import type { Comparison } from '../ssb/compare-with-ssb.js';
import type { CsvExportDialect } from './csv-export-dialect.js';
import { formatComparisonCsv } from './format-comparison-csv.js';
import type { FileToWrite } from './write-files-atomically.js';

/**
 * The files `teleguest compare --out` writes: `comparison.arrow` and `comparison.csv` (one row
 * per unit and month) and `comparison.json` (everything: years, correlations, seasons, notes),
 * for `writeFilesAtomically`, `comparison.csv` in the given dialect (default: plain CSV).
 * apache-arrow is loaded here, only when files are written.
 *
 * @example
 * await writeFilesAtomically(await comparisonFiles('out', compareWithSsb(summary, ssb)));
 * await comparisonFiles('out', comparison, { csvDialect: CSV_DIALECTS['excel-nb'] }); // comparison.csv for Norwegian Excel
 */
export async function comparisonFiles(dir: string, comparison: Comparison, options: { csvDialect?: CsvExportDialect } = {}): Promise<FileToWrite[]> {
  const { tableToIPC } = await import('apache-arrow');
  const { comparisonTable } = await import('./comparison-table.js');
  return [
    { target: join(dir, 'comparison.json'), content: () => [`${JSON.stringify(comparison, null, 2)}\n`] },
    { target: join(dir, 'comparison.csv'), content: () => [formatComparisonCsv(comparison, { dialect: options.csvDialect })] },
    { target: join(dir, 'comparison.arrow'), content: () => [tableToIPC(comparisonTable(comparison), 'file')] },
  ];
}
