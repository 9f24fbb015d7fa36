import type { CountingScenario } from './scenario.js';

/** What a person is, for the truth: the roles `VisitCounts.begin` takes. */
export const ROLE_RESIDENT = 0;
export const ROLE_GUEST = 1;
export const ROLE_WORKER = 2;
export const ROLE_DAY_VISITOR = 3;
export const ROLE_THROUGH = 4;
export const ROLE_COMMUTER = 5;
/** Segments of the operator's counts: the device's inferred home is the counted municipality, or not. */
export const SEGMENT_HOME = 0;
export const SEGMENT_VISITOR = 1;
/** The minute of the day at which presence is the night's: 03:00. */
const NIGHT_MINUTE = 180;

/** Truth arrays, each (areas + 1) × days, the region's row last, indexed by the evening's day. */
export interface TruthArrays {
  guestNights: Float64Array;
  residentsPresent: Float64Array;
  personsAtNight: Float64Array;
  devicesAtNight: Float64Array;
  countedAtNight: Float64Array;
  nonResidentWorkers: Float64Array;
  dayVisitors: Float64Array;
  throughTraffic: Float64Array;
  commutersIn: Float64Array;
}

/**
 * The operator's raw counts and the truth, collected one unit-day at a time: `begin` a party's
 * day, `visit` each stretch it spends in a municipality (minutes of the clock, in time order),
 * then `end`. A unit is one person or a party that moves together. Typed arrays only; a device is
 * counted once per municipality and day (daily), once per municipality and clock hour (hourly),
 * once per day in the region; night truth is where people are at 03:00.
 *
 * @example
 * const counts = new VisitCounts(1, 2, counting);
 * counts.begin(1, 3, 3, 3, -1, ROLE_GUEST, -1);
 * counts.visit(0, 0, 1440);
 * counts.end(); // daily visitor count of area 0 on day 1: 3; guest-nights of night 0: 3
 */
export class VisitCounts {
  /** (segment × areas + area) × days. */
  readonly daily: Float64Array;
  /** (segment × areas + area) × (days × 24 + 1): differences until `finish`, then counts per clock hour. */
  readonly hourly: Float64Array;
  readonly regionDaily: Float64Array;
  readonly truth: TruthArrays;
  private readonly hourStride: number;
  private readonly touchedStamp: Int32Array;
  private readonly minutesIn: Float64Array;
  private readonly lastHour: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private stamp = 0;
  // The unit-day being counted.
  private day = 0;
  private persons = 0;
  private devices = 0;
  private counted = 0;
  private home = -1;
  private role = 0;
  private registered = -1;

  constructor(
    private readonly areaCount: number,
    private readonly dayCount: number,
    private readonly counting: CountingScenario,
  ) {
    this.daily = new Float64Array(2 * areaCount * dayCount);
    this.hourStride = dayCount * 24 + 1;
    this.hourly = new Float64Array(2 * areaCount * this.hourStride);
    this.regionDaily = new Float64Array(dayCount);
    const rows = (areaCount + 1) * dayCount;
    this.truth = {
      guestNights: new Float64Array(rows),
      residentsPresent: new Float64Array(rows),
      personsAtNight: new Float64Array(rows),
      devicesAtNight: new Float64Array(rows),
      countedAtNight: new Float64Array(rows),
      nonResidentWorkers: new Float64Array(rows),
      dayVisitors: new Float64Array(rows),
      throughTraffic: new Float64Array(rows),
      commutersIn: new Float64Array(rows),
    };
    this.touchedStamp = new Int32Array(areaCount).fill(-1);
    this.minutesIn = new Float64Array(areaCount);
    this.lastHour = new Int32Array(areaCount);
    this.touched = new Int32Array(areaCount);
  }

  /**
   * Start a unit's day. `home`: the municipality the operator takes its devices' home to be this
   * month (−1: none); `registered`: a resident's municipality of registration (−1 for others).
   */
  begin(day: number, persons: number, devices: number, counted: number, home: number, role: number, registered: number): void {
    this.stamp++;
    this.touchedCount = 0;
    this.day = day;
    this.persons = persons;
    this.devices = devices;
    this.counted = counted;
    this.home = home;
    this.role = role;
    this.registered = registered;
  }

  /** The unit is in `area` from minute `from` to minute `to` (exclusive) of its day. */
  visit(area: number, from: number, to: number): void {
    if (to > 1440) to = 1440;
    if (to <= from) return;
    if (this.touchedStamp[area] !== this.stamp) {
      this.touchedStamp[area] = this.stamp;
      this.minutesIn[area] = 0;
      this.lastHour[area] = -1;
      this.touched[this.touchedCount++] = area;
    }
    this.minutesIn[area]! += to - from;
    if (from <= NIGHT_MINUTE && NIGHT_MINUTE < to && this.day > 0) this.countNight(area);
    if (this.counted > 0) this.countHours(area, from, to);
  }

  /** Finish the unit's day: daily counts, the region's, and the day truth. */
  end(): void {
    const { day, dayCount, areaCount, counted, persons } = this;
    const least = this.counting.dailyMinMinutes;
    let regionMinutes = 0;
    for (let k = 0; k < this.touchedCount; k++) {
      const area = this.touched[k]!;
      const minutes = this.minutesIn[area]!;
      regionMinutes += minutes;
      if (minutes >= least) this.daily[((area === this.home ? 0 : areaCount) + area) * dayCount + day]! += counted;
    }
    if (this.touchedCount > 0 && regionMinutes >= least) this.regionDaily[day]! += counted;
    const dayTruth =
      this.role === ROLE_DAY_VISITOR
        ? this.truth.dayVisitors
        : this.role === ROLE_THROUGH
          ? this.truth.throughTraffic
          : this.role === ROLE_COMMUTER
            ? this.truth.commutersIn
            : undefined;
    if (dayTruth !== undefined && this.touchedCount > 0) {
      for (let k = 0; k < this.touchedCount; k++) dayTruth[this.touched[k]! * dayCount + day]! += persons;
      dayTruth[areaCount * dayCount + day]! += persons;
    }
  }

  /** Turn the hourly differences into counts, and sum the region's night rows. Call once, at the end. */
  finish(): void {
    const { hourly, hourStride, areaCount, dayCount } = this;
    for (let row = 0; row < 2 * areaCount; row++) {
      let running = 0;
      for (let at = row * hourStride, end = at + hourStride; at < end; at++) hourly[at] = running += hourly[at]!;
    }
    const { guestNights, residentsPresent, personsAtNight, devicesAtNight, countedAtNight, nonResidentWorkers } = this.truth;
    for (const values of [guestNights, residentsPresent, personsAtNight, devicesAtNight, countedAtNight, nonResidentWorkers]) {
      for (let area = 0; area < areaCount; area++)
        for (let day = 0; day < dayCount; day++) values[areaCount * dayCount + day]! += values[area * dayCount + day]!;
    }
  }

  private countNight(area: number): void {
    const at = area * this.dayCount + this.day - 1;
    const truth = this.truth;
    truth.personsAtNight[at]! += this.persons;
    truth.devicesAtNight[at]! += this.devices;
    truth.countedAtNight[at]! += this.counted;
    if (this.role === ROLE_GUEST) truth.guestNights[at]! += this.persons;
    else if (this.role === ROLE_RESIDENT && area === this.registered) truth.residentsPresent[at]! += this.persons;
    else if (this.role === ROLE_WORKER) truth.nonResidentWorkers[at]! += this.persons;
  }

  /** Add the unit's devices to each clock hour it spends at least `hourlyMinMinutes` of in `area`, once per hour. */
  private countHours(area: number, from: number, to: number): void {
    const least = this.counting.hourlyMinMinutes;
    let first = Math.floor(from / 60);
    let last = Math.floor((to - 1) / 60);
    if (first === last) {
      if (to - from < least) return;
    } else {
      if (Math.min(to, (first + 1) * 60) - from < least) first++;
      if (to - last * 60 < least) last--;
    }
    // A municipality left and re-entered within one clock hour: that hour is counted once.
    if (first <= this.lastHour[area]!) first = this.lastHour[area]! + 1;
    if (first > last) return;
    this.lastHour[area] = last;
    const base = ((area === this.home ? 0 : this.areaCount) + area) * this.hourStride + this.day * 24;
    this.hourly[base + first]! += this.counted;
    this.hourly[base + last + 1]! -= this.counted;
  }
}
