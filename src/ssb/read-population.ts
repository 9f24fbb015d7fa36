import { InputError } from '../errors.js';
import { readSsbSeries } from './read-ssb-series.js';
import type { SsbMissing } from './sum-ssb-table.js';

/** Options for `readPopulation`. */
export interface ReadPopulationOptions {
  /** Called for each area and year without a figure (a suppressed or empty cell), which the map leaves out. */
  onMissing?: (missing: SsbMissing) => void;
}

/**
 * Residents per area and year from SSB table 07459 (Region × Kjonn × Alder × ContentsCode
 * `Personer1` × Tid; persons registered as resident on 1 January), JSON-stat 2.0 or CSV, summed
 * over sex and age: `area code → year → persons`. An area and year with a missing cell is left
 * out, never zero, and reported through `onMissing`. The table must have yearly periods.
 *
 * @example
 * const population = await readPopulation('fixtures/ssb/population-07459.json');
 * population.get('3320')?.get(2024); // Flå, 1 January 2024 (the fixture's example figure)
 */
export async function readPopulation(file: string, options: ReadPopulationOptions = {}): Promise<Map<string, Map<number, number>>> {
  const series = await readSsbSeries(file);
  if (series.periodKind !== 'year') throw new InputError('E_SSB_TABLE', `expected yearly periods (2024) for population, got ${series.periodKind}s`, { file });
  const population = new Map<string, Map<number, number>>();
  for (const [area, byYear] of series.values) {
    const years = new Map<number, number>();
    for (const [year, persons] of byYear) if (persons !== null) years.set(Number(year), persons);
    population.set(area, years);
  }
  series.missing.forEach((missing) => options.onMissing?.(missing));
  return population;
}
