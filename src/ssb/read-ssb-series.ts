import { readSsbTable } from './read-ssb-table.js';
import { sumSsbTable, type SsbSeries } from './sum-ssb-table.js';

/**
 * Read an SSB table (JSON-stat 2.0 or CSV) and sum it to one figure per area and period:
 * guest-nights per month, holiday homes per year. Missing cells stay missing and are listed.
 *
 * @example
 * const ssb = await readSsbSeries('fixtures/ssb/guest-nights-monthly.json');
 * ssb.periodKind; // 'month'
 * ssb.missing;    // the suppressed months, with SSB's symbol and where they are
 */
export async function readSsbSeries(file: string): Promise<SsbSeries> {
  return sumSsbTable(await readSsbTable(file));
}
