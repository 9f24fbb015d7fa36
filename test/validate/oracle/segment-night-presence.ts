import { nightPresence, type NightPresenceOptions } from './night-presence.js';

/**
 * Night presence of one segment of hourly counts split by the operator's inferred home (the
 * simulator's layout, `[((segment × areas + area) × days + day) × 24 + hour]`; segment 0 `home`,
 * 1 `visitor`), as persons per municipality and for the region.
 *
 * @example
 * segmentNightPresence(result.counts.hourlySegments, 1, areaCount, dayCount, firstDay, { hours: [2, 3, 4], uplift: 0.06, dateBy: 'evening' });
 */
export function segmentNightPresence(
  hourlySegments: Float64Array,
  segment: 0 | 1,
  areaCount: number,
  dayCount: number,
  firstDay: number,
  options: NightPresenceOptions,
): Float64Array {
  const size = areaCount * dayCount * 24;
  return nightPresence(hourlySegments.subarray(segment * size, (segment + 1) * size), areaCount, dayCount, firstDay, options);
}

/**
 * Guest-nights from counts split by home, with the residents away estimated from the counts: the
 * residents present are the home segment's persons at night, but never more than the registered
 * residents (an overcount there is guests the operator took for residents, such as a household a
 * whole month at its cabin). Guest-nights = all persons at night − min(registered, home persons).
 * Per municipality; the region sums them.
 *
 * @example
 * // One night: home 900 persons, visitors 300, registered 1 000 → 1 200 − 900 = 300 (100 residents away).
 * // home 1 100 → 1 400 − 1 000 = 400: the 100 over the register count as guests.
 * guestsLessHomePresent(home, visitor, [1_000], dayCount);
 */
export function guestsLessHomePresent(homePersons: Float64Array, visitorPersons: Float64Array, residents: readonly number[], dayCount: number): Float64Array {
  const areaCount = residents.length;
  const nights = new Float64Array((areaCount + 1) * dayCount);
  for (let night = 0; night < dayCount; night++) {
    let region = 0;
    for (let area = 0; area < areaCount; area++) {
      const at = area * dayCount + night;
      const guests = homePersons[at]! + visitorPersons[at]! - Math.min(residents[area]!, homePersons[at]!);
      nights[at] = guests;
      region += guests;
    }
    nights[areaCount * dayCount + night] = region;
  }
  return nights;
}
