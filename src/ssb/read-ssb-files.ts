import type { CompareOptions } from './compare-with-ssb.js';
import { readRegionMapping } from './read-region-mapping.js';
import { readSsbSeries } from './read-ssb-series.js';
import type { SsbSeries } from './sum-ssb-table.js';

/** The SSB options `compare` and `report` share: `--ssb`, and optionally `--cabins` and `--regions`. */
export interface SsbFiles {
  /** SSB's monthly guest-nights (JSON-stat 2.0 or StatBank CSV). */
  ssb: string;
  /** SSB's holiday homes per municipality and year. */
  cabins?: string;
  /** `{ "<SSB region>": ["<area>", …] }`. */
  regions?: string;
}

/**
 * Read the SSB files of `compare` and `report` together: the guest-nights, and the holiday
 * homes and region mapping when given, as `compareWithSsb` takes them.
 *
 * @example
 * const { ssb, options } = await readSsbFiles({ ssb: 'fixtures/ssb/guest-nights-monthly.json', regions: 'fixtures/ssb/regions.json' });
 * const comparison = compareWithSsb(result.summary, ssb, options);
 */
export async function readSsbFiles(files: SsbFiles): Promise<{ ssb: SsbSeries; options: CompareOptions }> {
  const [ssb, holidayHomes, regions] = await Promise.all([
    readSsbSeries(files.ssb),
    files.cabins === undefined ? undefined : readSsbSeries(files.cabins),
    files.regions === undefined ? undefined : readRegionMapping(files.regions),
  ]);
  return { ssb, options: { regions, holidayHomes } };
}

/**
 * The SSB files as inputs a run's outputs may not overwrite (`refuseAliases`).
 *
 * @example
 * ssbInputs({ ssb: 'ssb.json', regions: 'regions.json' }); // [{ path: 'ssb.json', role: '--ssb' }, { path: 'regions.json', role: '--regions' }]
 */
export function ssbInputs(files: SsbFiles): { path: string; role: string }[] {
  return [
    { path: files.ssb, role: '--ssb' },
    ...(files.cabins === undefined ? [] : [{ path: files.cabins, role: '--cabins' }]),
    ...(files.regions === undefined ? [] : [{ path: files.regions, role: '--regions' }]),
  ];
}
