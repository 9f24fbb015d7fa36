import { join } from 'node:path';
import type { Comparison } from '../ssb/compare-with-ssb.js';
import { formatComparisonCsv } from './format-comparison-csv.js';
import type { FileToWrite } from './write-files-atomically.js';

/**
 * The files `teleguest compare --out` writes: `comparison.arrow` and `comparison.csv` (one row
 * per unit and month) and `comparison.json` (everything: years, correlations, seasons, notes),
 * for `writeFilesAtomically`. apache-arrow is loaded here, only when files are written.
 *
 * @example
 * await writeFilesAtomically(await comparisonFiles('out', compareWithSsb(summary, ssb)));
 */
export async function comparisonFiles(dir: string, comparison: Comparison): Promise<FileToWrite[]> {
  const { tableToIPC } = await import('apache-arrow');
  const { comparisonTable } = await import('./comparison-table.js');
  return [
    { target: join(dir, 'comparison.json'), content: () => [`${JSON.stringify(comparison, null, 2)}\n`] },
    { target: join(dir, 'comparison.csv'), content: () => [formatComparisonCsv(comparison)] },
    { target: join(dir, 'comparison.arrow'), content: () => [tableToIPC(comparisonTable(comparison), 'file')] },
  ];
}
