import type { Itinerary } from './itinerary.js';
import { NO_WORK, WORK_OUTSIDE } from './population.js';
import type { Random } from './random.js';
import { OUTSIDE } from './road-network.js';

/** What a day's schedule draws on besides the unit itself. */
export interface DayContext {
  itinerary: Itinerary;
  random: Random;
  /** Cumulative `errandWeight`s: where errands and excursions go. */
  errandTargets: Float64Array;
  /** Whether the day is a working day, and whether its evening is a weekend night. */
  workday: boolean;
  weekendNight: boolean;
}

/**
 * A guest's day (or a student's at home, a seasonal worker's): the unit sleeps at `base` when in
 * the region; `morning` and `evening` are where it was last night and will be tonight (`base` or
 * OUTSIDE). Arrivals come in the afternoon (Friday evenings later), departures from late morning,
 * along the road through `entrance`; a full day may hold an excursion elsewhere in the region.
 *
 * @example
 * scheduleGuestDay(context, 3, OUTSIDE, 3, 0, 0); // arrives at area 3 from outside through area 0
 */
export function scheduleGuestDay(context: DayContext, base: number, morning: number, evening: number, entrance: number, excursionChance: number): void {
  const { itinerary, random } = context;
  itinerary.start(morning);
  if (morning === OUTSIDE) {
    itinerary.moveTo(base, context.weekendNight ? random.between(16 * 60, 21 * 60) : random.between(11 * 60, 19 * 60), entrance);
  } else if (evening === OUTSIDE) {
    itinerary.moveTo(OUTSIDE, random.between(10 * 60, 17 * 60), entrance);
  } else if (random.uniform() < excursionChance) {
    excursion(context, base, random.between(9 * 60 + 30, 13 * 60), random.between(120, 300));
  }
  itinerary.finish();
}

/**
 * A resident's day: wakes at `morning` (home, the workplace after a night shift, or OUTSIDE) and
 * sleeps at `evening`; on a working day a worker goes to `work` (`NO_WORK`, `WORK_OUTSIDE` or a
 * municipality) and back; otherwise a chance of an errand; a night-shift worker leaves for work at 21:30.
 *
 * @example
 * scheduleResidentDay(context, 2, 2, 2, 4, 0, 0.1); // lives in 2, works in 4: there and back on a working day
 */
export function scheduleResidentDay(
  context: DayContext,
  home: number,
  morning: number,
  evening: number,
  work: number,
  entrance: number,
  errandChance: number,
): void {
  const { itinerary, random } = context;
  itinerary.start(morning);
  let offShift = false;
  if (morning !== OUTSIDE && morning !== home) {
    itinerary.moveTo(home, random.between(6 * 60, 6 * 60 + 30), entrance);
    offShift = true;
  }
  if (morning === OUTSIDE) {
    itinerary.moveTo(home, random.between(12 * 60, 21 * 60), entrance);
  } else if (evening === OUTSIDE) {
    itinerary.moveTo(OUTSIDE, random.between(8 * 60, 17 * 60), entrance);
  } else if (context.workday && work !== NO_WORK && !offShift && evening === home) {
    if (work !== home) {
      const leave = random.between(7 * 60, 8 * 60);
      itinerary.moveTo(work === WORK_OUTSIDE ? OUTSIDE : work, leave, entrance);
      itinerary.moveTo(home, leave + random.between(8 * 60, 9 * 60 + 30), entrance);
    }
  } else if (random.uniform() < errandChance) {
    excursion(context, home, random.between(10 * 60, 18 * 60), random.between(60, 180));
  }
  if (evening !== OUTSIDE && evening !== home) itinerary.moveTo(evening, 21 * 60 + 30, entrance);
  itinerary.finish();
}

/**
 * The day of a night-shift worker from outside: in at 21:00–21:45 for a shift, out at 06:00–06:30
 * after one (and back in the evening when shifts follow each other).
 *
 * @example
 * scheduleCommutingNightWorkerDay(context, 1, OUTSIDE, 1, 0); // comes in for tonight's shift
 */
export function scheduleCommutingNightWorkerDay(context: DayContext, work: number, morning: number, evening: number, entrance: number): void {
  const { itinerary, random } = context;
  itinerary.start(morning);
  if (morning !== OUTSIDE) itinerary.moveTo(OUTSIDE, random.between(6 * 60, 6 * 60 + 30), entrance);
  if (evening !== OUTSIDE) itinerary.moveTo(work, random.between(21 * 60, 21 * 60 + 45), entrance);
  itinerary.finish();
}

/**
 * A day-trip from outside (a day-tripper, a commuter): into `area` at `arrive`, out `minutes` later.
 *
 * @example
 * scheduleDayTrip(context, 3, 10 * 60, 300, 0); // area 3 from 10:00 to 15:00, crossing the road both ways
 */
export function scheduleDayTrip(context: DayContext, area: number, arrive: number, minutes: number, entrance: number): void {
  const { itinerary } = context;
  itinerary.start(OUTSIDE);
  const arrived = itinerary.moveTo(area, arrive, entrance);
  itinerary.moveTo(OUTSIDE, arrived + minutes, entrance);
  itinerary.finish();
}

/** Out from `base` to a municipality drawn by errand weight (none if it is `base`) at `leave`, back after `minutes`. */
function excursion(context: DayContext, base: number, leave: number, minutes: number): void {
  const target = context.random.pick(context.errandTargets);
  if (target === base) return;
  const arrived = context.itinerary.moveTo(target, leave, base);
  context.itinerary.moveTo(base, arrived + minutes, base);
}
