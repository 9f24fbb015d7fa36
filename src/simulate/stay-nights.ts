import { PERIOD_NONE, PERIOD_SUMMER, type DayCalendar } from './day-calendar.js';
import type { Random } from './random.js';
import type { StayNights } from './scenario.js';

/** Kinds of the day a stay starts on, as `stayKinds` gives them. */
export const STAY_WEEKEND = 0;
export const STAY_HOLIDAY = 1;
export const STAY_SUMMER = 2;
export const STAY_OTHER = 3;
const KIND_NAMES = ['weekend', 'holiday', 'summer', 'other'] as const;

/**
 * The kind of stay that starts on each day: summer in the summer holiday, holiday in the other
 * holiday periods, weekend on a weekend night, other otherwise.
 *
 * @example
 * stayKinds(buildDayCalendar(dayOfCivil(2024, 1, 12), 1)); // [0]: a Friday in January starts a weekend stay
 */
export function stayKinds(calendar: DayCalendar): Uint8Array {
  const kinds = new Uint8Array(calendar.dayCount);
  for (let index = 0; index < calendar.dayCount; index++) {
    const period = calendar.period[index]!;
    kinds[index] =
      period === PERIOD_SUMMER ? STAY_SUMMER : period !== PERIOD_NONE ? STAY_HOLIDAY : calendar.weekendNight[index] === 1 ? STAY_WEEKEND : STAY_OTHER;
  }
  return kinds;
}

/**
 * Draw the nights of a stay that starts on a day of the given kind: uniform between its fewest and most.
 *
 * @example
 * drawStayNights(random, { weekend: [2, 2], holiday: [5, 9], summer: [7, 14], other: [1, 3] }, STAY_WEEKEND); // 2
 */
export function drawStayNights(random: Random, nights: StayNights, kind: number): number {
  const [fewest, most] = nights[KIND_NAMES[kind]!];
  return random.between(fewest, most);
}

/**
 * For each kind, the chance that a stay starting on such a day lasts more than j nights
 * (j = 0, 1, …, the longest − 1): what the calibration needs.
 *
 * @example
 * survivalByKind({ weekend: [2, 3], … })[STAY_WEEKEND]; // [1, 1, 0.5]
 */
export function survivalByKind(nights: StayNights): Float64Array[] {
  return KIND_NAMES.map((name) => {
    const [fewest, most] = nights[name];
    const survival = new Float64Array(most);
    for (let j = 0; j < most; j++) survival[j] = j < fewest ? 1 : (most - j) / (most - fewest + 1);
    return survival;
  });
}
