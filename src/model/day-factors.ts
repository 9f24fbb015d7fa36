import { parseDay, weekdayOfDay, yearMonthOfDay } from '../clock/day-number.js';
import type { DayProfile } from './model.js';

/**
 * The factor a deduction's profile gives each day of a span: weekday factor × month factor ×
 * the factor of every period containing the day (overlapping periods multiply). 1 where the
 * profile says nothing.
 *
 * @example
 * // 2024-03-29 (Friday) to 2024-04-01 (Monday); weekends at 0.5, Easter Monday doubled
 * dayFactors({ weekday: [1, 1, 1, 1, 1, 0.5, 0.5], periods: [{ from: '2024-04-01', to: '2024-04-01', factor: 2 }] }, 19811, 4);
 * // [1, 0.5, 0.5, 2]
 */
export function dayFactors(profile: DayProfile, firstDay: number, dayCount: number): Float64Array {
  const factors = new Float64Array(dayCount).fill(1);
  for (let offset = 0; offset < dayCount; offset++) {
    const day = firstDay + offset;
    if (profile.weekday !== undefined) factors[offset]! *= profile.weekday[weekdayOfDay(day)]!;
    if (profile.month !== undefined) factors[offset]! *= profile.month[yearMonthOfDay(day).month - 1]!;
  }
  for (const { from, to, factor } of profile.periods ?? []) {
    const start = Math.max(parseDay(from)! - firstDay, 0);
    const end = Math.min(parseDay(to)! - firstDay + 1, dayCount);
    for (let offset = start; offset < end; offset++) factors[offset]! *= factor;
  }
  return factors;
}
