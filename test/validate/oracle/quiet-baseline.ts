import { nightPresence } from './night-presence.js';
import { holidaysBetween } from '../../helpers/norwegian-holidays.js';

/** Norway's public holidays in 2024, by hand (Easter Sunday is 31 March): the days that are no ordinary weekday. */
const HOLIDAYS_2024 = new Set(holidaysBetween('2024-01-01', '2024-12-31'));
/** The winter break of 2024: ISO weeks 8 and 9, Monday 19 February to Sunday 3 March. */
const WINTER_BREAK_2024 = { from: '2024-02-19', to: '2024-03-03' };

/** A day (days since 1970-01-01) as `YYYY-MM-DD`, and whether it is an ordinary weekday of 2024: Monday to Friday, no holiday, not in the winter break. */
function ordinaryWeekday(day: number): boolean {
  const date = new Date(day * 86_400_000);
  const text = date.toISOString().slice(0, 10);
  if (!text.startsWith('2024-')) throw new RangeError(`the oracle knows 2024's holidays only, got ${text}`);
  const weekday = date.getUTCDay();
  return weekday >= 1 && weekday <= 5 && !HOLIDAYS_2024.has(text) && !(text >= WINTER_BREAK_2024.from && text <= WINTER_BREAK_2024.to);
}

/**
 * Guest-nights by night presence less a residents' baseline, per municipality and for the region
 * (the simulator's layout): the baseline is `share` of the mean devices at night (02:00 and 03:00
 * of the next morning, nights dated by the evening) over the weeknights of the municipality's
 * quietest calendar month, a weeknight's evening and morning both ordinary weekdays, a month
 * counting with 8 such nights or more. Guest-nights = (devices at night − baseline) × (1 + uplift).
 * Nights of 2024 (and its last morning) only.
 *
 * @example
 * quietBaseline(result.counts.hourly, 6, dayCount, firstDay, { share: 0.9, uplift: 0.06 });
 */
export function quietBaseline(
  hourly: Float64Array,
  areaCount: number,
  dayCount: number,
  firstDay: number,
  options: { share: number; uplift: number },
): Float64Array {
  const devices = nightPresence(hourly, areaCount, dayCount, firstDay, { hours: [2, 3], uplift: 0, dateBy: 'evening' });
  const guests = new Float64Array((areaCount + 1) * dayCount);
  for (let area = 0; area < areaCount; area++) {
    const months = new Map<string, number[]>();
    for (let night = 0; night + 1 < dayCount; night++) {
      if (!ordinaryWeekday(firstDay + night) || !ordinaryWeekday(firstDay + night + 1)) continue;
      const month = new Date((firstDay + night) * 86_400_000).toISOString().slice(0, 7);
      months.set(month, [...(months.get(month) ?? []), devices[area * dayCount + night]!]);
    }
    const means = [...months.values()].filter((nights) => nights.length >= 8).map((nights) => nights.reduce((sum, value) => sum + value, 0) / nights.length);
    const baseline = options.share * Math.min(...means);
    for (let night = 0; night < dayCount; night++) {
      const persons = (devices[area * dayCount + night]! - baseline) * (1 + options.uplift);
      guests[area * dayCount + night] = persons;
      guests[areaCount * dayCount + night]! += persons;
    }
  }
  return guests;
}
