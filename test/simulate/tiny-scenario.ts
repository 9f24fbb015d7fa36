import type { DemandPattern, Scenario, ScenarioMunicipality, StayNights } from '../../src/simulate/scenario.js';

const FLAT: DemandPattern = { months: Array(12).fill(1), weekend: 1, winterHoliday: 1, easter: 1, summerHoliday: 1, autumnHoliday: 1, christmas: 1 };
/** A fresh object each time: a test may change one group's stays. */
const oneNight = (): StayNights => ({ weekend: [1, 1], holiday: [1, 1], summer: [1, 1], other: [1, 1] });

/**
 * A municipality with nobody in it and no pull: tests set what they need. Crossing it takes 30 minutes.
 */
export function emptyMunicipality(code: string, changes: Partial<ScenarioMunicipality> = {}): ScenarioMunicipality {
  return {
    code,
    name: `Area ${code}`,
    residents: 0,
    commercialBeds: 0,
    cabins: 0,
    crossingMinutes: 30,
    dayTrippers: 0,
    seasonalWorkers: { winter: 0, summer: 0 },
    commutersIn: 0,
    nightShiftPosts: 0,
    commercialPattern: 'flat',
    errandWeight: 1,
    ...changes,
  };
}

/**
 * A scenario in which nothing happens unless a test puts it there: no residents' trips, errands
 * or work, no guests, no traffic; every person has exactly one phone, on the counting operator's
 * network, and the operator's nominal share is 100 % (counts are not scaled). The municipalities
 * lie on one road in the order given; travellers enter at the first.
 */
export function tinyScenario(municipalities: ScenarioMunicipality[], changes: Partial<Scenario> = {}): Scenario {
  return {
    name: 'Tiny',
    description: 'SYNTHETIC: a tiny scenario for tests',
    municipalities,
    roads: [municipalities.map((municipality) => municipality.code)],
    entrances: [{ area: municipalities[0]!.code, share: 1 }],
    patterns: { flat: FLAT },
    phones: { noPhone: 0, twoDevices: 0, operatorShare: 1, nominalShare: 1, groups: {} },
    counting: { dailyMinMinutes: 0, hourlyMinMinutes: 1, homeNightShare: 0.5 },
    residents: {
      workerShare: 0,
      commuting: [],
      errandsPerDay: 0,
      studentShare: 0,
      studentNightsHome: 0,
      studentPattern: 'flat',
      studentStayNights: oneNight(),
      travelAwayShare: 0,
      travelPattern: 'flat',
      tripNights: oneNight(),
    },
    cabins: { guestNightsPerCabin: 0, pattern: 'flat', stayNights: oneNight(), partySizes: [1], excursionsPerDay: 0 },
    commercial: { guestNightsPerYear: 0, stayNights: oneNight(), partySizes: [1], excursionsPerDay: 0 },
    friendsAndFamily: { guestNightsPerResident: 0, pattern: 'flat', stayNights: oneNight(), partySizes: [1] },
    dayTrippers: { pattern: 'flat', partySizes: [1], hours: [3, 3], dailySpread: 0 },
    throughTraffic: { personsPerDay: 0, pattern: 'flat', routes: [], hourWeights: Array(24).fill(1), partySizes: [1], dailySpread: 0 },
    seasonalWorkers: { winter: { from: '12-01', to: '04-20' }, summer: { from: '06-15', to: '08-20' }, jitterDays: 0, weekendAwayShare: 0 },
    commutersIn: { hours: [8, 8] },
    nightShifts: { fromOutside: 0, shiftShare: 0.5 },
    ...changes,
  };
}
