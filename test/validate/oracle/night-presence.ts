import { clockHours } from '../../../src/simulate/clock-hours.js';

/** Which night hours to average, and how to date the night. */
export interface NightPresenceOptions {
  /** Clock hours of the morning to average (02, 03, 04…); an hour the clock skips that day is left out. */
  hours: readonly number[];
  uplift: number;
  /** `'evening'`: the morning of day d + 1 is the night of d (SSB's convention); `'morning'`: it is the night of day d. */
  dateBy: 'evening' | 'morning';
}

/**
 * Devices present at night, per municipality: the mean over `hours` of the morning's hourly
 * counts, as persons (× (1 + uplift)). Rows: municipalities, then the region (their sum); a night
 * with no morning in the counts (the last evening) is NaN. Hourly counts in the simulator's
 * layout, `[(area × days + day) × 24 + clock hour]`, from `firstDay`.
 *
 * @example
 * // Two days, one area; 03:00 counts 100 and 200: the night of day 0 (by evening) is 200 × 1.06 = 212.
 * nightPresence(hourly, 1, 2, firstDay, { hours: [3], uplift: 0.06, dateBy: 'evening' }); // [212, NaN, 212, NaN]
 */
export function nightPresence(hourly: Float64Array, areaCount: number, dayCount: number, firstDay: number, options: NightPresenceOptions): Float64Array {
  const nights = new Float64Array((areaCount + 1) * dayCount).fill(NaN);
  const shift = options.dateBy === 'evening' ? 1 : 0;
  const factor = 1 + options.uplift;
  for (let night = 0; night < dayCount; night++) {
    const morning = night + shift;
    if (morning >= dayCount) continue;
    // The March day has no 02: average the hours that exist.
    const present = clockHours(firstDay + morning);
    const hours = options.hours.filter((hour) => present.includes(hour));
    let region = 0;
    for (let area = 0; area < areaCount; area++) {
      let sum = 0;
      for (const hour of hours) sum += hourly[(area * dayCount + morning) * 24 + hour]!;
      const persons = (sum / hours.length) * factor;
      nights[area * dayCount + night] = persons;
      region += persons;
    }
    nights[areaCount * dayCount + night] = region;
  }
  return nights;
}

/**
 * Guest-nights from night presence: persons present at night less the registered residents, per
 * municipality and for the region (`nightPresence`'s rows, changed in place and returned).
 *
 * @example
 * lessResidents(nightPresence(…), [1_000, 2_000], dayCount); // each row − its residents; the region − 3 000
 */
export function lessResidents(persons: Float64Array, residents: readonly number[], dayCount: number): Float64Array {
  const all = residents.reduce((sum, count) => sum + count, 0);
  for (let row = 0; row <= residents.length; row++) {
    const deduction = row === residents.length ? all : residents[row]!;
    for (let at = row * dayCount; at < (row + 1) * dayCount; at++) persons[at]! -= deduction;
  }
  return persons;
}
