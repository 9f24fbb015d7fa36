import { parseDay } from '../clock/day-number.js';

/*
 * How large a run of the simulator may be. No real use comes near these bounds; they are there so
 * that a typo (`--from 1800-01-01`, `"residents": 1e9`) is refused at once instead of running for
 * minutes and dying out of memory. The simulator holds every simulated day, and `simulate` and
 * `validate` hold every row of the files they write as text until the run ends, so memory grows
 * with the days times the municipalities; and with the persons kept from month to month.
 *
 * Measured with `/usr/bin/time -v` (peak RSS), Node 20 on x86-64 Linux, the Hallingdal scenario
 * (6 municipalities, about 40 000 persons kept from month to month), 1 to 6 months: `simulate`
 * grows by about 5 MB a month (about 60 MB a year, 10 MB a municipality-year) from about 70 MB,
 * `validate` by about 11 MB a month (about 130 MB a year, 21 MB a municipality-year) from about
 * 100 MB. A person kept from month to month takes 84 bytes (14 in the population's arrays, 4 of
 * night state, 2 for the inferred home, 64 for the month's nights). RSS moves with the garbage
 * collector, so these are rough (±20 %). At every bound at once a run stays under about 3.5 GB:
 * 2.5 GB for 120 municipality-years of `validate`, 0.4 GB for 5 000 000 persons, 0.1 GB to start.
 */

/** The longest span from `from` to `to` a run simulates: 20 years (7305 days, 20 × 365.25). */
export const MAX_SIMULATED_YEARS = 20;
export const MAX_SIMULATED_DAYS = Math.round(MAX_SIMULATED_YEARS * 365.25);
/**
 * The most municipalities × years (of 365.25 days) a run simulates: 120, such as 20 years of
 * Hallingdal's 6 municipalities or 2 years of 50; about 2.5 GB for `validate`, 1.2 GB for `simulate`.
 */
export const MAX_MUNICIPALITY_YEARS = 120;
/**
 * The most municipalities a scenario has: Norway has 357. The shortest roads between every two
 * are kept (municipalities² paths: about 70 MB for 400 on one road), and a municipality's index
 * is 16-bit in the simulator.
 */
export const MAX_MUNICIPALITIES = 400;
/** The most persons kept from month to month (residents, cabin households, seasonal and outside night-shift workers): 5 000 000 take about 420 MB. */
export const MAX_PERSISTENT_UNITS = 5_000_000;

/**
 * Why a run from `from` to `to` (`YYYY-MM-DD`, both included) of `municipalities` municipalities is
 * too large to simulate, naming the two options as `names` gives them; undefined where it is not
 * (or where a date is not a date: that is another check's message).
 *
 * @example
 * simulationSpanProblem('1800-01-01', '2024-01-01', undefined, ['--from', '--to']);
 * // '--from 1800-01-01 to --to 2024-01-01 is 81817 days, more than the 20 years (7305 days) a run may simulate'
 * simulationSpanProblem('2015-01-01', '2024-12-31', 13); // '… 10 years of 13 municipalities, 130 municipality-years, more than the 120 …'
 */
export function simulationSpanProblem(
  from: string,
  to: string,
  municipalities?: number,
  names: readonly [string, string] = ['options.from', 'options.to'],
): string | undefined {
  const first = parseDay(from);
  const last = parseDay(to);
  if (first === undefined || last === undefined || last < first) return undefined;
  const days = last - first + 1;
  const span = `${names[0]} ${from} to ${names[1]} ${to}`;
  if (days > MAX_SIMULATED_DAYS) return `${span} is ${days} days, more than the ${MAX_SIMULATED_YEARS} years (${MAX_SIMULATED_DAYS} days) a run may simulate`;
  if (municipalities !== undefined && municipalities * days > MAX_MUNICIPALITY_YEARS * 365.25) {
    const years = days / 365.25;
    return (
      `${span} is ${Number(years.toFixed(1))} years of ${municipalities} municipalities, ${Number((years * municipalities).toFixed(1))} municipality-years, ` +
      `more than the ${MAX_MUNICIPALITY_YEARS} a run may simulate (20 years of 6 municipalities, 2 years of 50)`
    );
  }
  return undefined;
}

/**
 * The most of each count of a municipality, far above any real one (Oslo has about 720 000
 * residents): persons kept from month to month cost memory (84 bytes each), day groups the time
 * of every day (`ScenarioMunicipality` says which).
 */
export const MOST_IN_MUNICIPALITY = {
  residents: 1_000_000,
  cabins: 100_000,
  seasonalWorkers: 100_000,
  nightShiftPosts: 10_000,
  dayTrippers: 1_000_000,
  commutersIn: 1_000_000,
} as const;
/** The most commercial guest-nights a year in a region (Norway has under 40 million): guests in their stay are kept, 16 bytes a party. */
export const MOST_COMMERCIAL_GUEST_NIGHTS = 100_000_000;
/** The most persons driving through the region on an average day: each is simulated every day, and a typo of 1e9 would run for hours. */
export const MOST_THROUGH_TRAFFIC = 1_000_000;
/** The largest party: party sizes are kept in bytes, so a list of weights stops at size 255. */
export const MOST_PARTY_SIZE = 255;
