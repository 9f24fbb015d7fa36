import { KIND_CABIN, KIND_NIGHT_OUTSIDE, KIND_NIGHT_RESIDENT, KIND_RESIDENT, KIND_SEASONAL, KIND_STUDENT, type PersistentUnits } from './population.js';
import type { Random } from './random.js';
import { OUTSIDE } from './road-network.js';
import type { Scenario } from './scenario.js';
import { drawStayNights } from './stay-nights.js';

/** What the night plan needs per day of the simulated span (index: day − the span's first day). */
export interface NightRates {
  /** Chance that a resident at home starts a trip away that evening. */
  trip: Float64Array;
  /** Chance that a student away comes home that evening. */
  studentHome: Float64Array;
  /** Chance that a cabin household not at its cabin arrives that evening. */
  cabinStay: Float64Array;
  /** `stayKinds` of each day: sets how long stays starting then last. */
  stayKind: Uint8Array;
  weekendNight: Uint8Array;
  dayOfYear: Int16Array;
}

/** A hand-placed absence: units `[firstUnit, firstUnit + units)` away for nights `[fromDay, toDay)` (span indices). */
export interface ScriptedAbsence {
  firstUnit: number;
  units: number;
  fromDay: number;
  toDay: number;
}

/**
 * Where each persistent unit is at night (03:00 the next morning) on each night of a month:
 * `nightLoc[unit × (days + 1) + 1 + k]` for the month's night k (dated by its evening), and
 * column 0 holding the night before the month (`lastNight`, which is then moved on). A
 * municipality index, or OUTSIDE. Stays in progress carry over from month to month in `stayLeft`.
 *
 * @example
 * planNights(units, scenario, rates, 31, 0, random, state, nightLoc, []); // January of a span starting 1 January
 */
export function planNights(
  units: PersistentUnits,
  scenario: Scenario,
  rates: NightRates,
  days: number,
  firstDay: number,
  random: Random,
  state: { stayLeft: Int16Array; lastNight: Int16Array },
  nightLoc: Int16Array,
  absences: readonly ScriptedAbsence[],
): void {
  const { kind, base, work, seasonFrom, seasonTo } = units;
  const { trip, studentHome, cabinStay, stayKind, weekendNight, dayOfYear } = rates;
  const { stayLeft, lastNight } = state;
  const { residents, cabins, seasonalWorkers, nightShifts } = scenario;
  const width = days + 1;
  for (let unit = 0; unit < units.count; unit++) {
    const row = unit * width;
    nightLoc[row] = lastNight[unit]!;
    const unitKind = kind[unit]!;
    const home = base[unit]!;
    for (let k = 0; k < days; k++) {
      const day = firstDay + k;
      let at = home;
      switch (unitKind) {
        case KIND_RESIDENT:
        case KIND_NIGHT_RESIDENT:
          // Away on a trip, or at home (and, for a night-shift worker, at work on a shift night).
          if (stayLeft[unit]! > 0) {
            stayLeft[unit]!--;
            at = OUTSIDE;
          } else if (random.uniform() < trip[day]!) {
            stayLeft[unit] = drawStayNights(random, residents.tripNights, stayKind[day]!) - 1;
            at = OUTSIDE;
          } else if (unitKind === KIND_NIGHT_RESIDENT && random.uniform() < nightShifts.shiftShare) {
            at = work[unit]!;
          }
          break;
        case KIND_STUDENT:
          // A student is away but for stays at home.
          if (stayLeft[unit]! > 0) stayLeft[unit]!--;
          else if (random.uniform() < studentHome[day]!) stayLeft[unit] = drawStayNights(random, residents.studentStayNights, stayKind[day]!) - 1;
          else at = OUTSIDE;
          break;
        case KIND_CABIN:
          if (stayLeft[unit]! > 0) stayLeft[unit]!--;
          else if (random.uniform() < cabinStay[day]!) stayLeft[unit] = drawStayNights(random, cabins.stayNights, stayKind[day]!) - 1;
          else at = OUTSIDE;
          break;
        case KIND_SEASONAL: {
          const from = seasonFrom[unit]!;
          const to = seasonTo[unit]!;
          const doy = dayOfYear[day]!;
          const inSeason = from <= to ? doy >= from && doy <= to : doy >= from || doy <= to;
          if (!inSeason || (weekendNight[day] === 1 && random.uniform() < seasonalWorkers.weekendAwayShare)) at = OUTSIDE;
          break;
        }
        case KIND_NIGHT_OUTSIDE:
          if (random.uniform() >= nightShifts.shiftShare) at = OUTSIDE;
          break;
      }
      nightLoc[row + 1 + k] = at;
    }
    lastNight[unit] = nightLoc[row + days]!;
  }
  for (const absence of absences) {
    for (let k = Math.max(0, absence.fromDay - firstDay); k < Math.min(days, absence.toDay - firstDay); k++) {
      for (let unit = absence.firstUnit; unit < absence.firstUnit + absence.units; unit++) nightLoc[unit * width + 1 + k] = OUTSIDE;
    }
    if (absence.fromDay < firstDay + days && absence.toDay >= firstDay + days) {
      for (let unit = absence.firstUnit; unit < absence.firstUnit + absence.units; unit++) lastNight[unit] = OUTSIDE;
    }
  }
}

/**
 * The home the operator infers for each unit this month: the municipality where its devices
 * spend more than `share` of the month's nights (its base, or a night-shift worker's workplace), else −1.
 *
 * @example
 * inferHomes(units, nightLoc, 30, 0.5, home); // a cabin household there 16 of 30 nights: home is its cabin's municipality
 */
export function inferHomes(units: PersistentUnits, nightLoc: Int16Array, days: number, share: number, home: Int16Array): void {
  const width = days + 1;
  const needed = share * days;
  for (let unit = 0; unit < units.count; unit++) {
    const base = units.base[unit]!;
    const work = units.work[unit]!;
    let atBase = 0;
    let atWork = 0;
    for (let at = unit * width + 1, end = at + days; at < end; at++) {
      const where = nightLoc[at]!;
      atBase += +(where === base);
      atWork += +(where === work && where !== base);
    }
    home[unit] = atBase > needed ? base : atWork > needed ? work : -1;
  }
}
