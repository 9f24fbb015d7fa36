import { InputError, ModelError, type ModelProblem } from '../errors.js';
import { parseDay } from '../clock/day-number.js';
import { persistentUnitCount } from './population.js';
import type { DemandPattern, PhoneGroup, Scenario, StayNights } from './scenario.js';
import {
  MAX_MUNICIPALITIES,
  MAX_PERSISTENT_UNITS,
  MOST_COMMERCIAL_GUEST_NIGHTS,
  MOST_PARTY_SIZE,
  MOST_IN_MUNICIPALITY,
  MOST_THROUGH_TRAFFIC,
} from './simulation-bounds.js';

const PHONE_GROUPS: readonly PhoneGroup[] = [
  'residents',
  'cabins',
  'commercial',
  'friends',
  'dayTrippers',
  'throughTraffic',
  'seasonalWorkers',
  'commutersIn',
  'nightShifts',
];
const PERIODS = ['weekend', 'winterHoliday', 'easter', 'summerHoliday', 'autumnHoliday', 'christmas'] as const;
/** Stays of transient guests stay under half a month, so the operator never takes them for residents. */
const MOST_TRANSIENT_NIGHTS = 14;

/**
 * Parse a scenario file's text: an `InputError` (`E_JSON`) where it is not JSON, else `readScenario`.
 *
 * @example
 * parseScenario(readFileSync('fixtures/simulate/hallingdal.scenario.json', 'utf8'), 'hallingdal.scenario.json').name; // 'Hallingdal (SYNTHETIC)'
 */
export function parseScenario(text: string, file = 'scenario'): Scenario {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError('E_JSON', `not valid JSON: ${(error as Error).message}`, { file });
  }
  return readScenario(value, file);
}

/**
 * Check a parsed scenario: every field present and in range, every code and pattern it refers to
 * defined. Throws one `ModelError` listing every problem, each with its JSON path
 * (`municipalities[2].residents must be a whole number ≥ 0, got -5`).
 *
 * @example
 * readScenario({ name: 'x' }, 'x.json'); // throws ModelError: 'x.json: description must be text, got nothing; …'
 */
export function readScenario(value: unknown, file = 'scenario'): Scenario {
  const check = new Checker();
  if (!isObject(value)) throw new ModelError(file, [{ path: '', message: `a scenario must be a JSON object, got ${describe(value)}` }]);
  const scenario = value as unknown as Scenario;
  check.text('name', value.name);
  check.text('description', value.description);
  // Too many municipalities is the one problem said: everything else refers to them.
  if (Array.isArray(value.municipalities) && value.municipalities.length > MAX_MUNICIPALITIES)
    throw new ModelError(file, [
      { path: 'municipalities', message: `municipalities must have at most ${MAX_MUNICIPALITIES} entries, got ${value.municipalities.length}` },
    ]);

  // 1. Municipalities, roads and entrances: the codes everything else refers to.
  const codes = new Set<string>();
  if (check.list('municipalities', value.municipalities, 1)) {
    scenario.municipalities.forEach((municipality, index) => {
      const at = `municipalities[${index}]`;
      if (!check.object(at, municipality)) return;
      if (check.text(`${at}.code`, municipality.code)) {
        if (codes.has(municipality.code)) check.problem(`${at}.code`, `${at}.code ${municipality.code} appears twice`);
        if (municipality.code === 'region') check.problem(`${at}.code`, `${at}.code "region" is reserved for the region's rows`);
        codes.add(municipality.code);
      }
      check.text(`${at}.name`, municipality.name);
      check.count(`${at}.commercialBeds`, municipality.commercialBeds);
      for (const field of ['residents', 'cabins', 'dayTrippers', 'commutersIn', 'nightShiftPosts'] as const)
        check.count(`${at}.${field}`, municipality[field], MOST_IN_MUNICIPALITY[field]);
      check.number(`${at}.crossingMinutes`, municipality.crossingMinutes, 1, 240);
      check.number(`${at}.errandWeight`, municipality.errandWeight, 0);
      if (check.object(`${at}.seasonalWorkers`, municipality.seasonalWorkers)) {
        check.count(`${at}.seasonalWorkers.winter`, municipality.seasonalWorkers.winter, MOST_IN_MUNICIPALITY.seasonalWorkers);
        check.count(`${at}.seasonalWorkers.summer`, municipality.seasonalWorkers.summer, MOST_IN_MUNICIPALITY.seasonalWorkers);
      }
    });
  }
  const knownCode = (path: string, code: unknown, allowOutside = false) => {
    if (allowOutside && code === 'outside') return;
    if (typeof code !== 'string' || !codes.has(code))
      check.problem(path, `${path} must be the code of a municipality in the scenario${allowOutside ? " or 'outside'" : ''}, got ${describe(code)}`);
  };
  if (check.list('roads', value.roads, 0)) {
    scenario.roads.forEach((road, index) => {
      if (check.list(`roads[${index}]`, road, 1)) road.forEach((code, at) => knownCode(`roads[${index}][${at}]`, code));
    });
  }
  if (check.list('entrances', value.entrances, 1)) {
    check.shares('entrances', scenario.entrances, (entrance, at) => knownCode(`${at}.area`, entrance.area));
  }

  // 2. Patterns, and every name that refers to one.
  const patternNames = new Set<string>();
  if (check.object('patterns', value.patterns)) {
    for (const [name, pattern] of Object.entries(scenario.patterns)) {
      patternNames.add(name);
      checkPattern(check, `patterns.${name}`, pattern);
    }
  }
  const knownPattern = (path: string, name: unknown) => {
    if (typeof name !== 'string' || !patternNames.has(name))
      check.problem(path, `${path} must name a pattern in patterns (${[...patternNames].join(', ')}), got ${describe(name)}`);
  };
  if (Array.isArray(value.municipalities))
    scenario.municipalities.forEach(
      (municipality, index) => isObject(municipality) && knownPattern(`municipalities[${index}].commercialPattern`, municipality.commercialPattern),
    );

  // 3. Phones and counting.
  if (check.object('phones', value.phones)) {
    const { phones } = scenario;
    checkPhoneShares(check, 'phones', phones as unknown as Record<string, unknown>, true);
    check.number('phones.nominalShare', phones.nominalShare, 0.01, 1);
    if (check.object('phones.groups', phones.groups)) {
      for (const [group, shares] of Object.entries(phones.groups)) {
        if (!PHONE_GROUPS.includes(group as PhoneGroup))
          check.problem(`phones.groups.${group}`, `phones.groups.${group} is not a group (${PHONE_GROUPS.join(', ')})`);
        else if (check.object(`phones.groups.${group}`, shares)) checkPhoneShares(check, `phones.groups.${group}`, shares, false);
      }
    }
  }
  if (check.object('counting', value.counting)) {
    check.number('counting.dailyMinMinutes', scenario.counting.dailyMinMinutes, 0, 1440);
    check.number('counting.hourlyMinMinutes', scenario.counting.hourlyMinMinutes, 1, 60);
    check.number('counting.homeNightShare', scenario.counting.homeNightShare, 0, 1);
  }

  // 4. The groups of persons.
  if (check.object('residents', value.residents)) {
    const residents = scenario.residents;
    check.share('residents.workerShare', residents.workerShare);
    check.share('residents.errandsPerDay', residents.errandsPerDay);
    check.share('residents.studentShare', residents.studentShare);
    check.number('residents.studentNightsHome', residents.studentNightsHome, 0, 300);
    check.number('residents.travelAwayShare', residents.travelAwayShare, 0, 0.5);
    knownPattern('residents.studentPattern', residents.studentPattern);
    knownPattern('residents.travelPattern', residents.travelPattern);
    checkStayNights(check, 'residents.studentStayNights', residents.studentStayNights, 60);
    checkStayNights(check, 'residents.tripNights', residents.tripNights, 60);
    if (check.list('residents.commuting', residents.commuting, 0)) {
      residents.commuting.forEach((flow, index) => {
        const at = `residents.commuting[${index}]`;
        if (!check.object(at, flow)) return;
        knownCode(`${at}.from`, flow.from);
        knownCode(`${at}.to`, flow.to, true);
        check.share(`${at}.share`, flow.share);
      });
      const byFrom = new Map<string, number>();
      for (const flow of residents.commuting)
        if (isObject(flow) && typeof flow.share === 'number') byFrom.set(flow.from, (byFrom.get(flow.from) ?? 0) + flow.share);
      for (const [from, total] of byFrom)
        if (total > 1 + 1e-9)
          check.problem('residents.commuting', `residents.commuting: the shares of workers leaving ${from} add up to ${total}, more than 1`);
    }
  }
  if (check.object('cabins', value.cabins)) {
    const cabins = scenario.cabins;
    check.number('cabins.guestNightsPerCabin', cabins.guestNightsPerCabin, 0, 365 * 20);
    knownPattern('cabins.pattern', cabins.pattern);
    checkStayNights(check, 'cabins.stayNights', cabins.stayNights, 60);
    check.weights('cabins.partySizes', cabins.partySizes, MOST_PARTY_SIZE);
    check.share('cabins.excursionsPerDay', cabins.excursionsPerDay);
  }
  if (check.object('commercial', value.commercial)) {
    const commercial = scenario.commercial;
    check.number('commercial.guestNightsPerYear', commercial.guestNightsPerYear, 0, MOST_COMMERCIAL_GUEST_NIGHTS);
    checkStayNights(check, 'commercial.stayNights', commercial.stayNights, MOST_TRANSIENT_NIGHTS);
    check.weights('commercial.partySizes', commercial.partySizes, MOST_PARTY_SIZE);
    check.share('commercial.excursionsPerDay', commercial.excursionsPerDay);
  }
  if (check.object('friendsAndFamily', value.friendsAndFamily)) {
    const friends = scenario.friendsAndFamily;
    check.number('friendsAndFamily.guestNightsPerResident', friends.guestNightsPerResident, 0, 365);
    knownPattern('friendsAndFamily.pattern', friends.pattern);
    checkStayNights(check, 'friendsAndFamily.stayNights', friends.stayNights, MOST_TRANSIENT_NIGHTS);
    check.weights('friendsAndFamily.partySizes', friends.partySizes, MOST_PARTY_SIZE);
  }
  if (check.object('dayTrippers', value.dayTrippers)) {
    const dayTrippers = scenario.dayTrippers;
    knownPattern('dayTrippers.pattern', dayTrippers.pattern);
    check.weights('dayTrippers.partySizes', dayTrippers.partySizes, MOST_PARTY_SIZE);
    check.range('dayTrippers.hours', dayTrippers.hours, 0.5, 14);
    check.number('dayTrippers.dailySpread', dayTrippers.dailySpread, 0, 2);
  }
  if (check.object('throughTraffic', value.throughTraffic)) {
    const through = scenario.throughTraffic;
    check.number('throughTraffic.personsPerDay', through.personsPerDay, 0, MOST_THROUGH_TRAFFIC);
    knownPattern('throughTraffic.pattern', through.pattern);
    check.weights('throughTraffic.partySizes', through.partySizes, MOST_PARTY_SIZE);
    check.number('throughTraffic.dailySpread', through.dailySpread, 0, 2);
    if (check.list('throughTraffic.hourWeights', through.hourWeights, 24)) {
      if (through.hourWeights.length !== 24)
        check.problem('throughTraffic.hourWeights', `throughTraffic.hourWeights must have 24 weights (one per clock hour), got ${through.hourWeights.length}`);
      else check.weights('throughTraffic.hourWeights', through.hourWeights);
    }
    if (check.list('throughTraffic.routes', through.routes, 0)) {
      check.shares('throughTraffic.routes', through.routes, (route, at) => {
        if (check.list(`${at}.via`, route.via, 1)) route.via.forEach((code, index) => knownCode(`${at}.via[${index}]`, code));
      });
    }
  }
  if (check.object('seasonalWorkers', value.seasonalWorkers)) {
    const seasonal = scenario.seasonalWorkers;
    for (const season of ['winter', 'summer'] as const) {
      if (!check.object(`seasonalWorkers.${season}`, seasonal[season])) continue;
      check.monthDay(`seasonalWorkers.${season}.from`, seasonal[season].from);
      check.monthDay(`seasonalWorkers.${season}.to`, seasonal[season].to);
    }
    check.number('seasonalWorkers.jitterDays', seasonal.jitterDays, 0, 60);
    check.share('seasonalWorkers.weekendAwayShare', seasonal.weekendAwayShare);
  }
  if (check.object('commutersIn', value.commutersIn)) check.range('commutersIn.hours', scenario.commutersIn.hours, 1, 14);
  if (check.object('nightShifts', value.nightShifts)) {
    check.share('nightShifts.fromOutside', scenario.nightShifts.fromOutside);
    check.number('nightShifts.shiftShare', scenario.nightShifts.shiftShare, 0.01, 1);
  }

  // 5. What is placed by hand.
  if (value.scripted !== undefined && check.object('scripted', value.scripted)) checkScripted(check, scenario, knownCode);

  // 6. What a run keeps in memory, once every count is known to be one.
  if (check.problems.length === 0) {
    const units = persistentUnitCount(scenario);
    if (units > MAX_PERSISTENT_UNITS)
      check.problem(
        'municipalities',
        `municipalities: residents, cabins, seasonal workers and night-shift workers from outside add up to ${units}, more than the ${MAX_PERSISTENT_UNITS} a run may keep from month to month`,
      );
  }
  if (check.problems.length > 0) throw new ModelError(file, check.problems);
  return scenario;
}

function checkScripted(check: Checker, scenario: Scenario, knownCode: (path: string, code: unknown) => void): void {
  const { stays, trips, away } = scenario.scripted!;
  if (stays !== undefined && check.list('scripted.stays', stays, 0)) {
    stays.forEach((stay, index) => {
      const at = `scripted.stays[${index}]`;
      if (!check.object(at, stay)) return;
      if (!['cabins', 'commercial', 'friends'].includes(stay.group))
        check.problem(`${at}.group`, `${at}.group must be cabins, commercial or friends, got ${describe(stay.group)}`);
      knownCode(`${at}.area`, stay.area);
      check.date(`${at}.arrive`, stay.arrive);
      check.number(`${at}.nights`, stay.nights, 1, MOST_TRANSIENT_NIGHTS, true);
      check.number(`${at}.persons`, stay.persons, 1, 50, true);
    });
  }
  if (trips !== undefined && check.list('scripted.trips', trips, 0)) {
    trips.forEach((trip, index) => {
      const at = `scripted.trips[${index}]`;
      if (!check.object(at, trip)) return;
      if (check.list(`${at}.via`, trip.via, 1)) trip.via.forEach((code, step) => knownCode(`${at}.via[${step}]`, code));
      check.date(`${at}.date`, trip.date);
      check.number(`${at}.minute`, trip.minute, 0, 1439, true);
      check.number(`${at}.persons`, trip.persons, 1, 50, true);
    });
  }
  if (away !== undefined && check.list('scripted.away', away, 0)) {
    away.forEach((absence, index) => {
      const at = `scripted.away[${index}]`;
      if (!check.object(at, absence)) return;
      knownCode(`${at}.area`, absence.area);
      check.date(`${at}.date`, absence.date);
      check.number(`${at}.nights`, absence.nights, 1, 366, true);
      check.number(`${at}.persons`, absence.persons, 1, 1e6, true);
    });
  }
}

function checkPattern(check: Checker, at: string, pattern: DemandPattern): void {
  if (!check.object(at, pattern)) return;
  if (check.list(`${at}.months`, pattern.months, 12)) {
    if (pattern.months.length !== 12) check.problem(`${at}.months`, `${at}.months must have 12 factors (January first), got ${pattern.months.length}`);
    else pattern.months.forEach((factor, month) => check.number(`${at}.months[${month}]`, factor, 0));
  }
  for (const period of PERIODS) check.number(`${at}.${period}`, pattern[period], 0);
}

function checkPhoneShares(check: Checker, at: string, shares: Record<string, unknown>, required: boolean): void {
  for (const field of ['noPhone', 'twoDevices', 'operatorShare'] as const) {
    if (!required && shares[field] === undefined) continue;
    check.share(`${at}.${field}`, shares[field]);
  }
  if (typeof shares.noPhone === 'number' && typeof shares.twoDevices === 'number' && shares.noPhone + shares.twoDevices > 1) {
    check.problem(at, `${at}: noPhone + twoDevices must be at most 1, got ${shares.noPhone + shares.twoDevices}`);
  }
}

function checkStayNights(check: Checker, at: string, stays: StayNights, most: number): void {
  if (!check.object(at, stays)) return;
  for (const kind of ['weekend', 'holiday', 'summer', 'other'] as const) check.range(`${at}.${kind}`, stays[kind], 1, most, true);
}

/** Collects problems, each with its JSON path; the `is…` methods say whether the value can be read further. */
class Checker {
  readonly problems: ModelProblem[] = [];

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  object(path: string, value: unknown): value is Record<string, unknown> {
    if (isObject(value)) return true;
    this.problem(path, `${path} must be an object, got ${describe(value)}`);
    return false;
  }

  list(path: string, value: unknown, fewest: number): value is unknown[] {
    if (Array.isArray(value) && value.length >= fewest) return true;
    this.problem(
      path,
      Array.isArray(value) ? `${path} must have at least ${fewest} entries, got ${value.length}` : `${path} must be a list, got ${describe(value)}`,
    );
    return false;
  }

  text(path: string, value: unknown): value is string {
    if (typeof value === 'string' && value.trim() !== '') return true;
    this.problem(path, `${path} must be text, got ${describe(value)}`);
    return false;
  }

  number(path: string, value: unknown, least: number, most = Infinity, whole = false): boolean {
    const ok = typeof value === 'number' && Number.isFinite(value) && value >= least && value <= most && (!whole || Number.isInteger(value));
    if (!ok)
      this.problem(
        path,
        `${path} must be a ${whole ? 'whole number' : 'number'} ${most === Infinity ? `≥ ${least}` : `from ${least} to ${most}`}, got ${describe(value)}`,
      );
    return ok;
  }

  count(path: string, value: unknown, most = Infinity): boolean {
    return this.number(path, value, 0, most, true);
  }

  share(path: string, value: unknown): boolean {
    return this.number(path, value, 0, 1);
  }

  range(path: string, value: unknown, least: number, most: number, whole = false): void {
    if (!Array.isArray(value) || value.length !== 2) return this.problem(path, `${path} must be [fewest, most], got ${describe(value)}`);
    if (this.number(`${path}[0]`, value[0], least, most, whole) && this.number(`${path}[1]`, value[1], least, most, whole) && value[0] > value[1]) {
      this.problem(path, `${path} must be [fewest, most] with fewest ≤ most, got [${value[0]}, ${value[1]}]`);
    }
  }

  /** Weights of `1 … most` (party sizes), or of anything when `most` is not given. */
  weights(path: string, value: unknown, most = Infinity): void {
    if (!this.list(path, value, 1)) return;
    if (value.length > most) this.problem(path, `${path} must have at most ${most} entries (party sizes 1 to ${most}), got ${value.length}`);
    value.forEach((weight, index) => this.number(`${path}[${index}]`, weight, 0));
    if (value.every((weight) => typeof weight === 'number') && !(value as number[]).some((weight) => weight > 0))
      this.problem(path, `${path} must have a weight > 0`);
  }

  shares<T extends { share: number }>(path: string, entries: T[], each: (entry: T, at: string) => void): void {
    let total = 0;
    entries.forEach((entry, index) => {
      const at = `${path}[${index}]`;
      if (!this.object(at, entry)) return;
      if (this.share(`${at}.share`, entry.share)) total += entry.share;
      each(entry, at);
    });
    if (entries.length > 0 && Math.abs(total - 1) > 1e-6) this.problem(path, `${path}: the shares must add up to 1, got ${Number(total.toFixed(6))}`);
  }

  date(path: string, value: unknown): void {
    if (typeof value !== 'string' || parseDay(value) === undefined) this.problem(path, `${path} must be a date YYYY-MM-DD, got ${describe(value)}`);
  }

  monthDay(path: string, value: unknown): void {
    if (typeof value !== 'string' || parseDay(`2024-${value}`) === undefined)
      this.problem(path, `${path} must be a day of the year MM-DD, got ${describe(value)}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
