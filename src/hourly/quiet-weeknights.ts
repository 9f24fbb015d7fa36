import { DAY_TYPES, type Calendar } from '../calendar/calendar.js';
import { yearMonthOfDay } from '../clock/day-number.js';

/** An area's quietest month of weeknights: which month, how many of its weeknights were observed, and their mean devices at night. */
export interface QuietWeeknights {
  /** `YYYY-MM`, of the evenings. */
  month: string;
  nights: number;
  devices: number;
}

/** The fewest observed weeknights a month needs to be a candidate: two weeks' worth. */
export const QUIET_MONTH_MIN_NIGHTS = 8;

const WEEKDAY = DAY_TYPES.indexOf('weekday');

/**
 * Per area, the calendar month whose weeknights have the fewest devices present at night on
 * average: the month of the year when the fewest guests stay, and the nights of the week when the
 * fewest do. A weeknight is a night whose evening and morning are both ordinary weekdays of the
 * calendar (Monday to Thursday evenings, outside public holidays and the winter break); a month
 * is a candidate with at least `QUIET_MONTH_MIN_NIGHTS` of them observed. `night` holds one row
 * of `dayCount` nights per area (devices, dated by the evening, NaN where missing); `calendar`
 * covers those days and the morning after the last. Null for an area without a candidate month.
 *
 * @example
 * // One area, the nights of 2024: its least busy month's Monday–Thursday evenings.
 * quietWeeknights(night, 1, dayCount, buildCalendar(firstDay, dayCount + 1))[0]; // { month: '2024-11', nights: 17, devices: 22_472 }
 */
export function quietWeeknights(night: Float64Array, areaCount: number, dayCount: number, calendar: Calendar): (QuietWeeknights | null)[] {
  const { firstDay, dayType } = calendar;
  const weeknight = (day: number) => dayType[day] === WEEKDAY && dayType[day + 1] === WEEKDAY;
  return Array.from({ length: areaCount }, (_, area) => {
    const months = new Map<string, { nights: number; sum: number }>();
    for (let day = 0; day < dayCount; day++) {
      const devices = night[area * dayCount + day]!;
      if (Number.isNaN(devices) || !weeknight(day)) continue;
      const { year, month } = yearMonthOfDay(firstDay + day);
      const key = `${year}-${String(month).padStart(2, '0')}`;
      const entry = months.get(key) ?? { nights: 0, sum: 0 };
      entry.nights++;
      entry.sum += devices;
      months.set(key, entry);
    }
    let quietest: QuietWeeknights | null = null;
    for (const [month, { nights, sum }] of months) {
      if (nights < QUIET_MONTH_MIN_NIGHTS) continue;
      if (quietest === null || sum / nights < quietest.devices) quietest = { month, nights, devices: sum / nights };
    }
    return quietest;
  });
}
