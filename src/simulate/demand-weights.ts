import { PERIOD_AUTUMN_HOLIDAY, PERIOD_CHRISTMAS, PERIOD_EASTER, PERIOD_NONE, PERIOD_SUMMER, PERIOD_WINTER_HOLIDAY, type DayCalendar } from './day-calendar.js';
import type { DemandPattern } from './scenario.js';

/**
 * A pattern's factor for each day of the calendar: the month's factor times the holiday period's,
 * or, outside holidays, the weekend factor on weekend nights (`'nights'`: Friday, Saturday and
 * the eve of a public holiday) or days off (`'days'`: Saturday, Sunday, public holidays). Scaled
 * so that the factors average 1 over the calendar: a group's level stays its mean level.
 *
 * @example
 * // Flat but for weekends × 2: over one week (Monday first) two nights have 2, five have 1; mean 9/7.
 * demandWeights(flatWithWeekend2, buildDayCalendar(dayOfCivil(2024, 1, 8), 7), 'nights');
 * // [7/9, 7/9, 7/9, 7/9, 14/9, 14/9, 7/9]
 */
export function demandWeights(pattern: DemandPattern, calendar: DayCalendar, by: 'nights' | 'days'): Float64Array {
  const { dayCount, month, period } = calendar;
  const weekend = by === 'nights' ? calendar.weekendNight : calendar.dayOff;
  const periodFactor = new Float64Array(6);
  periodFactor[PERIOD_NONE] = 1;
  periodFactor[PERIOD_WINTER_HOLIDAY] = pattern.winterHoliday;
  periodFactor[PERIOD_EASTER] = pattern.easter;
  periodFactor[PERIOD_SUMMER] = pattern.summerHoliday;
  periodFactor[PERIOD_AUTUMN_HOLIDAY] = pattern.autumnHoliday;
  periodFactor[PERIOD_CHRISTMAS] = pattern.christmas;
  const weights = new Float64Array(dayCount);
  let total = 0;
  for (let index = 0; index < dayCount; index++) {
    const inHoliday = period[index] !== PERIOD_NONE;
    const factor = inHoliday ? periodFactor[period[index]!]! : weekend[index] === 1 ? pattern.weekend : 1;
    total += weights[index] = pattern.months[month[index]!]! * factor;
  }
  if (total > 0) for (let index = 0; index < dayCount; index++) weights[index] = (weights[index]! * dayCount) / total;
  return weights;
}
