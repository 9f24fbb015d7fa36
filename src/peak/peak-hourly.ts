import { osloLocalHour } from '../clock/oslo-local-hour.js';
import { formatDay } from '../clock/day-number.js';
import type { DailyColumns } from '../pipeline/estimate.js';
import type { HourlyEstimate } from '../hourly/estimate-hourly.js';
import { peakPresence, type Capacities, type HourValue, type PeakSummary } from './peak.js';

/**
 * `peakPresence` for hourly counts: a day's persons are those at its busiest hour (daily presence
 * = the max over its hours), the region's the busiest hour of the region's sum (people present
 * at the same time, not the sum of the areas' maxima), and each row gets its `peakHour`: the
 * busiest hour of the whole span (the earliest of equals), in local time with its UTC offset,
 * so the repeated 02:00 of the last Sunday of October is told apart.
 *
 * @example
 * const result = await estimateHourly(counts, model, { daily: true });
 * peakPresenceHourly(result).region.peakHour; // { date: '2024-04-06', hour: '14:00', utcOffset: '+02:00', … }
 */
export function peakPresenceHourly(result: HourlyEstimate & { daily: DailyColumns }, options: { top?: number; capacities?: Capacities } = {}): PeakSummary {
  const { reduction } = result;
  const { presence, peakSlot, grid } = reduction;
  const { dayCount, firstHour } = grid;
  const persons = Float64Array.from(presence);
  const summary = peakPresence({ ...result, daily: { ...result.daily, persons } }, options);
  const peakHourOf = (row: number): HourValue | null => {
    let best = -1;
    for (let day = 0; day < dayCount; day++) {
      const value = presence[row * dayCount + day]!;
      if (!Number.isNaN(value) && (best === -1 || value > presence[row * dayCount + best]!)) best = day;
    }
    if (best === -1) return null;
    const utcHour = firstHour + peakSlot[row * dayCount + best]!;
    const local = osloLocalHour(utcHour);
    const offset = `+0${local - utcHour}:00`;
    const date = formatDay(Math.floor(local / 24));
    const hour = `${String(local % 24).padStart(2, '0')}:00`;
    return { date, hour, utcOffset: offset, time: `${date}T${hour}${offset}`, persons: presence[row * dayCount + best]! };
  };
  summary.region.peakHour = peakHourOf(grid.areaCodes.length);
  grid.areaCodes.forEach((code, row) => (summary.areas[code]!.peakHour = peakHourOf(row)));
  return summary;
}
