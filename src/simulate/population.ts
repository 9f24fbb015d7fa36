import { dayOfDate } from '../clock/day-number.js';
import { drawPhones } from './draw-phones.js';
import { cumulativeWeights, type Random } from './random.js';
import type { PhoneGroup, PhoneShares, Scenario } from './scenario.js';

/** Kinds of persistent unit: those whose devices the operator may take for residents. */
export const KIND_RESIDENT = 0;
export const KIND_STUDENT = 1;
export const KIND_NIGHT_RESIDENT = 2;
export const KIND_CABIN = 3;
export const KIND_SEASONAL = 4;
export const KIND_NIGHT_OUTSIDE = 5;
/** `work` of a resident who works outside the region. */
export const WORK_OUTSIDE = -2;
/** `work` of a resident who does not go to work. */
export const NO_WORK = -1;

/**
 * The units that keep their identity (and devices) from month to month, so the operator can
 * infer a home for them: residents (one unit per person), cabin households (one per cabin),
 * seasonal workers and night-shift workers from outside. Structure of arrays, one entry per unit.
 */
export interface PersistentUnits {
  count: number;
  kind: Uint8Array;
  /** Home, cabin or workplace: where the unit sleeps when in the region. */
  base: Int16Array;
  /** A resident's workplace (`NO_WORK`, `WORK_OUTSIDE`, or a municipality); a night-shift worker's. */
  work: Int16Array;
  persons: Uint8Array;
  devices: Uint8Array;
  counted: Uint8Array;
  /** Where the unit enters and leaves the region. */
  entrance: Int16Array;
  /** Seasonal workers: first and last day of the season, as days after 1 January (may wrap). */
  seasonFrom: Int16Array;
  seasonTo: Int16Array;
  /** The first resident unit of each municipality (they are laid out municipality by municipality). */
  firstResident: Int32Array;
}

/**
 * Build the persistent units of a scenario, drawing their roles, workplaces, party sizes and phones.
 *
 * @example
 * const units = buildPopulation(scenario, new Random(1, 1));
 * units.count; // residents + cabins + seasonal workers + night-shift workers from outside
 */
export function buildPopulation(scenario: Scenario, random: Random): PersistentUnits {
  const areas = scenario.municipalities;
  const codes = areas.map((municipality) => municipality.code);
  const { seasonalWorkers } = scenario;
  const { nightPools, outsideNight } = nightShiftPools(scenario);
  const count = persistentUnitCount(scenario);
  const units: PersistentUnits = {
    count,
    kind: new Uint8Array(count),
    base: new Int16Array(count),
    work: new Int16Array(count).fill(NO_WORK),
    persons: new Uint8Array(count),
    devices: new Uint8Array(count),
    counted: new Uint8Array(count),
    entrance: new Int16Array(count),
    seasonFrom: new Int16Array(count),
    seasonTo: new Int16Array(count),
    firstResident: new Int32Array(areas.length + 1),
  };
  const entrances = cumulativeWeights(scenario.entrances.map((entrance) => entrance.share));
  const entranceAreas = scenario.entrances.map((entrance) => codes.indexOf(entrance.area));
  let unit = 0;
  const add = (kind: number, base: number, persons: number, group: PhoneGroup) => {
    const phones = drawPhones(random, phoneShares(scenario, group), persons);
    units.kind[unit] = kind;
    units.base[unit] = base;
    units.persons[unit] = persons;
    units.devices[unit] = phones.devices;
    units.counted[unit] = phones.counted;
    units.entrance[unit] = entranceAreas[random.pick(entrances)]!;
    return unit++;
  };

  // 1. Residents, municipality by municipality: students, workers and where they work.
  areas.forEach((municipality, area) => {
    units.firstResident[area] = unit;
    const flows = scenario.residents.commuting.filter((flow) => flow.from === municipality.code);
    const flowWeights = cumulativeWeights([...flows.map((flow) => flow.share), Math.max(0, 1 - flows.reduce((sum, flow) => sum + flow.share, 0))]);
    for (let person = 0; person < municipality.residents; person++) {
      const student = random.uniform() < scenario.residents.studentShare;
      const at = add(student ? KIND_STUDENT : KIND_RESIDENT, area, 1, 'residents');
      if (student || random.uniform() >= scenario.residents.workerShare) continue;
      const flow = random.pick(flowWeights);
      units.work[at] = flow === flows.length ? area : flows[flow]!.to === 'outside' ? WORK_OUTSIDE : codes.indexOf(flows[flow]!.to);
    }
  });
  units.firstResident[areas.length] = unit;

  // 2. Night-shift workers living in the region: residents (not students) turned night workers,
  // from the municipality of the post or, for 4 in 10, from anywhere in the region.
  areas.forEach((_, area) => {
    let wanted = nightPools[area]! - outsideNight[area]!;
    for (let tries = 0; wanted > 0 && tries < 100 * nightPools[area]! + 100; tries++) {
      const home = random.uniform() < 0.6 ? area : random.between(0, areas.length - 1);
      const from = units.firstResident[home]!;
      const size = units.firstResident[home + 1]! - from;
      if (size === 0) continue;
      const at = from + random.between(0, size - 1);
      if (units.kind[at] !== KIND_RESIDENT) continue;
      units.kind[at] = KIND_NIGHT_RESIDENT;
      units.work[at] = area;
      wanted--;
    }
  });

  // 3. Cabin households from outside: one unit per cabin, the same persons on every stay.
  const cabinSizes = cumulativeWeights(scenario.cabins.partySizes);
  areas.forEach((municipality, area) => {
    for (let cabin = 0; cabin < municipality.cabins; cabin++) add(KIND_CABIN, area, random.pick(cabinSizes) + 1, 'cabins');
  });

  // 4. Seasonal workers, each with a season of their own around the scenario's dates.
  const dayOfYear = (monthDay: string) => dayOfDate(2023, Number(monthDay.slice(0, 2)), Number(monthDay.slice(3))) - dayOfDate(2023, 1, 1);
  areas.forEach((municipality, area) => {
    for (const season of ['winter', 'summer'] as const) {
      const { from, to } = seasonalWorkers[season];
      for (let worker = 0; worker < municipality.seasonalWorkers[season]; worker++) {
        const at = add(KIND_SEASONAL, area, 1, 'seasonalWorkers');
        units.seasonFrom[at] = (dayOfYear(from) + random.between(-seasonalWorkers.jitterDays, seasonalWorkers.jitterDays) + 365) % 365;
        units.seasonTo[at] = (dayOfYear(to) + random.between(-seasonalWorkers.jitterDays, seasonalWorkers.jitterDays) + 365) % 365;
      }
    }
  });

  // 5. Night-shift workers from outside the region.
  areas.forEach((_, area) => {
    for (let worker = 0; worker < outsideNight[area]!; worker++) {
      const at = add(KIND_NIGHT_OUTSIDE, area, 1, 'nightShifts');
      units.work[at] = area;
    }
  });
  return units;
}

/**
 * How many persistent units `buildPopulation` makes: residents, cabins, seasonal workers (winter
 * and summer) and night-shift workers from outside.
 *
 * @example
 * persistentUnitCount(scenario); // 40 427 for Hallingdal (20 700 residents, 18 500 cabins, 1 180 seasonal, 47 night-shift)
 */
export function persistentUnitCount(scenario: Pick<Scenario, 'municipalities' | 'nightShifts'>): number {
  const areas = scenario.municipalities;
  const residentCount = areas.reduce((sum, municipality) => sum + municipality.residents, 0);
  const cabinCount = areas.reduce((sum, municipality) => sum + municipality.cabins, 0);
  const seasonalCount = areas.reduce((sum, municipality) => sum + municipality.seasonalWorkers.winter + municipality.seasonalWorkers.summer, 0);
  return residentCount + cabinCount + seasonalCount + nightShiftPools(scenario).outsideNight.reduce((sum, pool) => sum + pool, 0);
}

/** Night-shift workers per municipality: posts ÷ the share of nights each works; those from outside are units of their own. */
function nightShiftPools({ municipalities, nightShifts }: Pick<Scenario, 'municipalities' | 'nightShifts'>): { nightPools: number[]; outsideNight: number[] } {
  const nightPools = municipalities.map((municipality) => Math.round(municipality.nightShiftPosts / nightShifts.shiftShare));
  return { nightPools, outsideNight: nightPools.map((pool) => Math.round(pool * nightShifts.fromOutside)) };
}

/**
 * A group's phone shares: the scenario's defaults with the group's own values over them.
 *
 * @example
 * phoneShares(scenario, 'commercial').operatorShare; // 0.44 where phones.groups.commercial sets it
 */
export function phoneShares(scenario: Scenario, group: PhoneGroup): PhoneShares {
  const { noPhone, twoDevices, operatorShare } = scenario.phones;
  return { noPhone, twoDevices, operatorShare, ...scenario.phones.groups[group] };
}
