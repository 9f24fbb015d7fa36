import { buildDayCalendar, PERIOD_NONE } from './day-calendar.js';
import { yearMonthOfDay, dayOfDate, parseDay } from '../clock/day-number.js';
import { calibrateStartRate } from './calibrate-start-rate.js';
import { scheduleCommutingNightWorkerDay, scheduleDayTrip, scheduleGuestDay, scheduleResidentDay, type DayContext } from './day-schedules.js';
import { demandWeights } from './demand-weights.js';
import { drawPhones } from './draw-phones.js';
import { GuestStays } from './guest-stays.js';
import { Itinerary } from './itinerary.js';
import { inferHomes, planNights, type NightRates, type ScriptedAbsence } from './plan-nights.js';
import { buildPopulation, KIND_CABIN, KIND_NIGHT_OUTSIDE, KIND_NIGHT_RESIDENT, KIND_RESIDENT, KIND_SEASONAL, KIND_STUDENT, phoneShares } from './population.js';
import { cumulativeWeights, Random } from './random.js';
import { buildRoadNetwork, OUTSIDE } from './road-network.js';
import type { Scenario, StayNights } from './scenario.js';
import type { SimulationResult } from './simulation-result.js';
import { simulationSpanProblem } from './simulation-bounds.js';
import { drawStayNights, stayKinds } from './stay-nights.js';
import { ROLE_COMMUTER, ROLE_DAY_VISITOR, ROLE_GUEST, ROLE_RESIDENT, ROLE_THROUGH, ROLE_WORKER, VisitCounts, type TruthArrays } from './visit-counts.js';

/** Options of a run: the seed, and the first and last day to report (`YYYY-MM-DD`, both included). */
export interface SimulateOptions {
  seed: number;
  from: string;
  to: string;
}

/** Random streams, one per part, so that one part drawing more does not shift another's draws. */
const STREAM_POPULATION = 1;
const STREAM_NIGHTS = 2;
const STREAM_DAYS = 3;
const STREAM_GUESTS = 4;
const STREAM_TRAFFIC = 5;
/** Guest groups in `GuestStays`. */
const GROUP_COMMERCIAL = 0;
const GROUP_FRIENDS = 1;

/**
 * Simulate a region day by day and, within each day, minute by minute of the Europe/Oslo clock:
 * residents, cabin households, commercial guests, friends and family, day-trippers, traffic
 * through the region, seasonal workers, commuters and night-shift workers, each with the phones
 * the scenario gives them; and count what an operator would count. The same scenario, seed and
 * days give the same result, bit for bit.
 *
 * The simulation starts at the beginning of the month before `from` (so that stays and trips are
 * under way when the reported days start) and runs to the end of the month after `to`'s night
 * (the operator infers homes month by month). At most 20 years, and 120 municipality-years
 * (`simulation-bounds.ts`: the days are held in memory); more is a RangeError.
 *
 * @example
 * const result = simulateRegion(scenario, { seed: 1, from: '2024-01-01', to: '2024-12-31' });
 * result.truth.guestNights; // per municipality and the region, per night
 */
export function simulateRegion(scenario: Scenario, options: SimulateOptions): SimulationResult {
  // 1. Days: those reported, those simulated, and the whole years the patterns are scaled over.
  const { from, to, seed } = options;
  if (!Number.isInteger(seed)) throw new RangeError(`options.seed must be a whole number, got ${seed}`);
  const reportFirst = parseDay(from);
  const reportLast = parseDay(to);
  if (reportFirst === undefined) throw new RangeError(`options.from must be a date YYYY-MM-DD, got ${JSON.stringify(from)}`);
  if (reportLast === undefined) throw new RangeError(`options.to must be a date YYYY-MM-DD, got ${JSON.stringify(to)}`);
  if (reportLast < reportFirst) throw new RangeError(`options.to (${to}) must not be before options.from (${from})`);
  const tooLarge = simulationSpanProblem(from, to, scenario.municipalities.length);
  if (tooLarge !== undefined) throw new RangeError(tooLarge);
  const firstOfMonth = (day: number, months: number) => {
    const { year, month } = yearMonthOfDay(day);
    const index = year * 12 + month - 1 + months;
    return dayOfDate(Math.floor(index / 12), (index % 12) + 1, 1);
  };
  const simFirst = firstOfMonth(reportFirst, -1);
  const simEnd = firstOfMonth(reportLast + 1, 1); // exclusive
  const simDays = simEnd - simFirst;
  const calendarFirst = dayOfDate(yearMonthOfDay(simFirst).year, 1, 1);
  const calendar = buildDayCalendar(calendarFirst, dayOfDate(yearMonthOfDay(simEnd - 1).year + 1, 1, 1) - calendarFirst);
  const offset = simFirst - calendarFirst;

  // 2. Demand over the year and the rates that give each group its level.
  const areas = scenario.municipalities;
  const areaCount = areas.length;
  const codes = areas.map((municipality) => municipality.code);
  const kinds = stayKinds(calendar);
  const nights = (name: string) => demandWeights(scenario.patterns[name]!, calendar, 'nights');
  const days = (name: string) => demandWeights(scenario.patterns[name]!, calendar, 'days');
  const startChances = (name: string, stays: StayNights, share: number) => {
    const weights = nights(name);
    const rate = calibrateStartRate(weights, kinds, stays, share);
    return weights.map((weight) => Math.min(1, rate * weight));
  };
  const { residents, cabins, commercial, friendsAndFamily, dayTrippers, throughTraffic, commutersIn } = scenario;
  const rates: NightRates = {
    trip: startChances(residents.travelPattern, residents.tripNights, residents.travelAwayShare),
    studentHome: startChances(residents.studentPattern, residents.studentStayNights, residents.studentNightsHome / 365),
    cabinStay: startChances(cabins.pattern, cabins.stayNights, cabins.guestNightsPerCabin / (meanPartySize(cabins.partySizes) * 365)),
    stayKind: kinds,
    weekendNight: calendar.weekendNight,
    dayOfYear: Int16Array.from({ length: calendar.dayCount }, (_, index) => calendarFirst + index - dayOfDate(calendar.year[index]!, 1, 1)),
  };
  // Guests arriving per evening: the night's expected guests ÷ the mean stay starting that day.
  const meanNights = (stays: StayNights) => [stays.weekend, stays.holiday, stays.summer, stays.other].map(([fewest, most]) => (fewest + most) / 2);
  const commercialNights = meanNights(commercial.stayNights);
  const bedTotal = areas.reduce((sum, municipality) => sum + municipality.commercialBeds, 0);
  const commercialArrivals = areas.map((municipality) => {
    const weights = nights(municipality.commercialPattern);
    const guests = bedTotal === 0 ? 0 : (commercial.guestNightsPerYear / 365) * (municipality.commercialBeds / bedTotal);
    return weights.map((weight, day) => (guests * weight) / commercialNights[kinds[day]!]!);
  });
  const friendsNights = meanNights(friendsAndFamily.stayNights);
  const friendsWeights = nights(friendsAndFamily.pattern);
  const friendsArrivals = areas.map((municipality) => {
    const guests = (friendsAndFamily.guestNightsPerResident * municipality.residents) / 365;
    return friendsWeights.map((weight, day) => (guests * weight) / friendsNights[kinds[day]!]!);
  });
  const dayTripWeights = days(dayTrippers.pattern);
  const throughWeights = days(throughTraffic.pattern);

  // 3. The persistent units and what the day loop needs.
  const units = buildPopulation(scenario, new Random(seed, STREAM_POPULATION));
  const network = buildRoadNetwork(scenario);
  const counts = new VisitCounts(areaCount, simDays, scenario.counting);
  const itinerary = new Itinerary(counts, network);
  const dayRandom = new Random(seed, STREAM_DAYS);
  const guestRandom = new Random(seed, STREAM_GUESTS);
  const trafficRandom = new Random(seed, STREAM_TRAFFIC);
  const nightRandom = new Random(seed, STREAM_NIGHTS);
  const context: DayContext = {
    itinerary,
    random: dayRandom,
    errandTargets: cumulativeWeights(areas.map((municipality) => municipality.errandWeight)),
    workday: false,
    weekendNight: false,
  };
  const entranceWeights = cumulativeWeights(scenario.entrances.map((entrance) => entrance.share));
  const entranceAreas = scenario.entrances.map((entrance) => codes.indexOf(entrance.area));
  const pickEntrance = (random: Random) => entranceAreas[random.pick(entranceWeights)]!;
  const shares = {
    commercial: phoneShares(scenario, 'commercial'),
    friends: phoneShares(scenario, 'friends'),
    cabins: phoneShares(scenario, 'cabins'),
    dayTrippers: phoneShares(scenario, 'dayTrippers'),
    throughTraffic: phoneShares(scenario, 'throughTraffic'),
    commutersIn: phoneShares(scenario, 'commutersIn'),
  };
  const sizes = {
    commercial: cumulativeWeights(commercial.partySizes),
    friends: cumulativeWeights(friendsAndFamily.partySizes),
    dayTrippers: cumulativeWeights(dayTrippers.partySizes),
    throughTraffic: cumulativeWeights(throughTraffic.partySizes),
  };
  const routes = throughTraffic.routes.map((route) => route.via.map((code) => codes.indexOf(code)));
  const routeWeights = cumulativeWeights(throughTraffic.routes.map((route) => route.share));
  const hourWeights = cumulativeWeights(throughTraffic.hourWeights);
  const stays = new GuestStays();
  const scripted = scriptedParts(scenario, units.firstResident, codes, simFirst, stays, guestRandom, shares);
  const state = { stayLeft: new Int16Array(units.count), lastNight: new Int16Array(units.count) };
  // At the start residents and night-shift residents are at home; everyone else is away.
  for (let unit = 0; unit < units.count; unit++) {
    const kind = units.kind[unit]!;
    state.lastNight[unit] = kind === KIND_RESIDENT || kind === KIND_NIGHT_RESIDENT ? units.base[unit]! : OUTSIDE;
  }
  const home = new Int16Array(units.count);
  let nightLoc = new Int16Array(0);

  // 4. Month by month: the nights first (the operator's home of each device needs the whole
  // month), then each day's movements.
  for (let monthFirst = simFirst; monthFirst < simEnd; monthFirst = firstOfMonth(monthFirst, 1)) {
    const monthDays = firstOfMonth(monthFirst, 1) - monthFirst;
    const monthIndex = monthFirst - simFirst;
    if (nightLoc.length !== units.count * (monthDays + 1)) nightLoc = new Int16Array(units.count * (monthDays + 1));
    planNights(
      units,
      scenario,
      rates,
      monthDays,
      monthIndex + offset,
      nightRandom,
      state,
      nightLoc,
      scripted.absences.map((absence) => ({ ...absence, fromDay: absence.fromDay + offset, toDay: absence.toDay + offset })),
    );
    inferHomes(units, nightLoc, monthDays, scenario.counting.homeNightShare, home);
    for (let k = 0; k < monthDays; k++) {
      const day = monthIndex + k;
      const calendarDay = day + offset;
      context.workday = calendar.workday[calendarDay] === 1;
      context.weekendNight = calendar.weekendNight[calendarDay] === 1;
      simulatePersistentDay(day, k, monthDays);
      simulateGuestsDay(day, calendarDay);
      simulateTrafficDay(day, calendarDay);
    }
  }

  function simulatePersistentDay(day: number, k: number, monthDays: number): void {
    const width = monthDays + 1;
    const { kind, base, work, persons, devices, counted, entrance } = units;
    for (let unit = 0; unit < units.count; unit++) {
      const morning = nightLoc[unit * width + k]!;
      const evening = nightLoc[unit * width + k + 1]!;
      if (morning === OUTSIDE && evening === OUTSIDE) continue;
      const unitKind = kind[unit]!;
      const isResident = unitKind <= KIND_NIGHT_RESIDENT;
      const role = isResident ? ROLE_RESIDENT : unitKind === KIND_CABIN ? ROLE_GUEST : ROLE_WORKER;
      counts.begin(day, persons[unit]!, devices[unit]!, counted[unit]!, home[unit]!, role, isResident ? base[unit]! : -1);
      if (unitKind === KIND_RESIDENT || unitKind === KIND_NIGHT_RESIDENT)
        scheduleResidentDay(context, base[unit]!, morning, evening, work[unit]!, entrance[unit]!, residents.errandsPerDay);
      else if (unitKind === KIND_STUDENT) scheduleGuestDay(context, base[unit]!, morning, evening, entrance[unit]!, residents.errandsPerDay);
      else if (unitKind === KIND_CABIN) scheduleGuestDay(context, base[unit]!, morning, evening, entrance[unit]!, cabins.excursionsPerDay);
      else if (unitKind === KIND_SEASONAL) scheduleGuestDay(context, base[unit]!, morning, evening, entrance[unit]!, residents.errandsPerDay);
      else if (unitKind === KIND_NIGHT_OUTSIDE) scheduleCommutingNightWorkerDay(context, base[unit]!, morning, evening, entrance[unit]!);
      counts.end();
    }
  }

  function simulateGuestsDay(day: number, calendarDay: number): void {
    // New parties arrive this evening: commercial guests and friends and family, municipality by municipality.
    for (let area = 0; area < areaCount; area++) {
      addParties(GROUP_COMMERCIAL, area, day, commercialArrivals[area]![calendarDay]!, sizes.commercial, shares.commercial, commercial.stayNights, calendarDay);
      addParties(GROUP_FRIENDS, area, day, friendsArrivals[area]![calendarDay]!, sizes.friends, shares.friends, friendsAndFamily.stayNights, calendarDay);
    }
    stays.dropBefore(day);
    for (let at = 0; at < stays.length; at++) {
      const arrive = stays.arrive[at]!;
      if (arrive > day) continue;
      const area = stays.area[at]!;
      const morning = day > arrive ? area : OUTSIDE;
      const evening = day <= stays.lastNight[at]! ? area : OUTSIDE;
      counts.begin(day, stays.persons[at]!, stays.devices[at]!, stays.counted[at]!, -1, ROLE_GUEST, -1);
      scheduleGuestDay(
        context,
        area,
        morning,
        evening,
        stays.entrance[at]!,
        stays.group[at] === GROUP_COMMERCIAL ? commercial.excursionsPerDay : cabins.excursionsPerDay,
      );
      counts.end();
    }
  }

  function addParties(
    group: number,
    area: number,
    day: number,
    arrivingPersons: number,
    partySizes: Float64Array,
    phones: typeof shares.commercial,
    stayNights: StayNights,
    calendarDay: number,
  ): void {
    const parties = guestRandom.poisson(arrivingPersons / meanOfCumulative(partySizes));
    for (let party = 0; party < parties; party++) {
      const persons = guestRandom.pick(partySizes) + 1;
      const drawn = drawPhones(guestRandom, phones, persons);
      const nightsStaying = drawStayNights(guestRandom, stayNights, kinds[calendarDay]!);
      stays.add(area, persons, drawn.devices, drawn.counted, day, day + nightsStaying - 1, pickEntrance(guestRandom), group);
    }
  }

  function simulateTrafficDay(day: number, calendarDay: number): void {
    const random = trafficRandom;
    // Day-trippers: one weather factor a day for the region (log-normal, mean 1).
    const spread = dayTrippers.dailySpread;
    const weather = Math.exp(spread * random.normal() - (spread * spread) / 2);
    const [fewestHours, mostHours] = dayTrippers.hours;
    for (let area = 0; area < areaCount; area++) {
      const parties = random.poisson((areas[area]!.dayTrippers * dayTripWeights[calendarDay]! * weather) / meanOfCumulative(sizes.dayTrippers));
      for (let party = 0; party < parties; party++) {
        const persons = random.pick(sizes.dayTrippers) + 1;
        const drawn = drawPhones(random, shares.dayTrippers, persons);
        counts.begin(day, persons, drawn.devices, drawn.counted, -1, ROLE_DAY_VISITOR, -1);
        scheduleDayTrip(context, area, random.between(9 * 60, 12 * 60), random.between(fewestHours * 60, mostHours * 60), pickEntrance(random));
        counts.end();
      }
      // Commuters from outside, on working days.
      if (calendar.workday[calendarDay] === 1) {
        const commuters = random.poisson(areas[area]!.commutersIn * (calendar.period[calendarDay] === PERIOD_NONE ? 1 : 0.8));
        for (let person = 0; person < commuters; person++) {
          const drawn = drawPhones(random, shares.commutersIn, 1);
          counts.begin(day, 1, drawn.devices, drawn.counted, -1, ROLE_COMMUTER, -1);
          scheduleDayTrip(
            context,
            area,
            random.between(7 * 60, 8 * 60 + 30),
            random.between(commutersIn.hours[0] * 60, commutersIn.hours[1] * 60),
            pickEntrance(random),
          );
          counts.end();
        }
      }
    }
    // Traffic through the region: vehicles along a route, half each way.
    const throughSpread = throughTraffic.dailySpread;
    const throughFactor = Math.exp(throughSpread * random.normal() - (throughSpread * throughSpread) / 2);
    const vehicles = random.poisson((throughTraffic.personsPerDay * throughWeights[calendarDay]! * throughFactor) / meanOfCumulative(sizes.throughTraffic));
    for (let vehicle = 0; vehicle < vehicles; vehicle++) {
      const route = routes[random.pick(routeWeights)]!;
      const persons = random.pick(sizes.throughTraffic) + 1;
      const drawn = drawPhones(random, shares.throughTraffic, persons);
      const start = random.pick(hourWeights) * 60 + random.between(0, 59);
      driveThrough(day, route, random.uniform() < 0.5, start, persons, drawn.devices, drawn.counted);
    }
    for (const trip of scripted.trips) {
      if (trip.day === day) driveThrough(day, trip.route, false, trip.minute, trip.persons, trip.devices, trip.counted);
    }
  }

  function driveThrough(day: number, route: number[], reversed: boolean, start: number, persons: number, devices: number, counted: number): void {
    let minutes = 0;
    for (const area of route) minutes += network.crossingMinutes[area]!;
    // Trips are kept within their day: one that would run past midnight starts earlier.
    let time = Math.max(0, Math.min(start, 1440 - minutes));
    counts.begin(day, persons, devices, counted, -1, ROLE_THROUGH, -1);
    for (let step = 0; step < route.length; step++) {
      const area = route[reversed ? route.length - 1 - step : step]!;
      counts.visit(area, time, time + network.crossingMinutes[area]!);
      time += network.crossingMinutes[area]!;
    }
    counts.end();
  }

  // 5. Hours from differences, the region's rows; then the reported days, scaled.
  counts.finish();
  return reportResult(scenario, seed, counts, simFirst, reportFirst, reportLast - reportFirst + 1);
}

/** Mean party size from cumulative weights of sizes 1, 2, …. */
function meanOfCumulative(cumulative: Float64Array): number {
  let sum = 0;
  let previous = 0;
  cumulative.forEach((running, index) => {
    sum += (running - previous) * (index + 1);
    previous = running;
  });
  return sum / cumulative[cumulative.length - 1]!;
}

function meanPartySize(weights: number[]): number {
  return meanOfCumulative(cumulativeWeights(weights));
}

/** The scenario's hand-placed stays (added to `stays`), trips and absences, in span day indices. */
function scriptedParts(
  scenario: Scenario,
  firstResident: Int32Array,
  codes: string[],
  simFirst: number,
  stays: GuestStays,
  random: Random,
  shares: Record<'commercial' | 'friends' | 'cabins' | 'throughTraffic', ReturnType<typeof phoneShares>>,
) {
  const { stays: placed = [], trips = [], away = [] } = scenario.scripted ?? {};
  for (const stay of placed) {
    const arrive = parseDay(stay.arrive)! - simFirst;
    const drawn = drawPhones(random, shares[stay.group], stay.persons);
    stays.add(
      codes.indexOf(stay.area),
      stay.persons,
      drawn.devices,
      drawn.counted,
      arrive,
      arrive + stay.nights - 1,
      codes.indexOf(scenario.entrances[0]!.area),
      stay.group === 'commercial' ? GROUP_COMMERCIAL : GROUP_FRIENDS,
    );
  }
  const scriptedTrips = trips.map((trip) => ({
    route: trip.via.map((code) => codes.indexOf(code)),
    day: parseDay(trip.date)! - simFirst,
    minute: trip.minute,
    persons: trip.persons,
    ...drawPhones(random, shares.throughTraffic, trip.persons),
  }));
  const absences: ScriptedAbsence[] = away.map((absence) => {
    const area = codes.indexOf(absence.area);
    const fromDay = parseDay(absence.date)! - simFirst;
    return {
      firstUnit: firstResident[area]!,
      units: Math.min(absence.persons, firstResident[area + 1]! - firstResident[area]!),
      fromDay,
      toDay: fromDay + absence.nights,
    };
  });
  return { trips: scriptedTrips, absences };
}

/** The reported days of the simulated span: counts scaled by 1 / the nominal share, truth as is. */
function reportResult(scenario: Scenario, seed: number, counts: VisitCounts, simFirst: number, firstDay: number, dayCount: number): SimulationResult {
  const areaCount = scenario.municipalities.length;
  const simDays = counts.regionDaily.length;
  const from = firstDay - simFirst;
  const scale = 1 / scenario.phones.nominalShare;
  const hourStride = simDays * 24 + 1;
  const daily = new Float64Array(areaCount * dayCount);
  const dailySegments = new Float64Array(2 * areaCount * dayCount);
  const hourly = new Float64Array(areaCount * dayCount * 24);
  const hourlySegments = new Float64Array(2 * areaCount * dayCount * 24);
  for (let segment = 0; segment < 2; segment++) {
    for (let area = 0; area < areaCount; area++) {
      const row = segment * areaCount + area;
      for (let day = 0; day < dayCount; day++) {
        const value = counts.daily[row * simDays + from + day]! * scale;
        dailySegments[row * dayCount + day] = value;
        daily[area * dayCount + day]! += value;
        for (let hour = 0; hour < 24; hour++) {
          const devices = counts.hourly[row * hourStride + (from + day) * 24 + hour]! * scale;
          hourlySegments[(row * dayCount + day) * 24 + hour] = devices;
          hourly[(area * dayCount + day) * 24 + hour]! += devices;
        }
      }
    }
  }
  const regionDaily = counts.regionDaily.slice(from, from + dayCount).map((value) => value * scale);
  const truth = {} as Record<keyof TruthArrays, Float64Array>;
  for (const [name, values] of Object.entries(counts.truth) as [keyof TruthArrays, Float64Array][]) {
    truth[name] = new Float64Array((areaCount + 1) * dayCount);
    for (let row = 0; row <= areaCount; row++) truth[name].set(values.subarray(row * simDays + from, row * simDays + from + dayCount), row * dayCount);
  }
  return {
    scenarioName: scenario.name,
    seed,
    areaCodes: scenario.municipalities.map((municipality) => municipality.code),
    areaNames: scenario.municipalities.map((municipality) => municipality.name),
    residents: scenario.municipalities.map((municipality) => municipality.residents),
    firstDay,
    dayCount,
    scale,
    counts: { daily, dailySegments, hourly, hourlySegments, regionDaily },
    truth,
  };
}
