import { reduceHours, type HourNumbers } from './reduce-hours.js';
import { reduceRegionHours } from './reduce-region-hours.js';

/** The hour grid and its outputs as shared buffers, with the small per-slot tables (copied to a worker). */
export interface SharedHours {
  values: SharedArrayBuffer;
  weights: Float64Array;
  dayStart: Int32Array;
  localHour: Uint8Array;
  presence: SharedArrayBuffer;
  peakSlot: SharedArrayBuffer;
  atPeak: SharedArrayBuffer;
  night: SharedArrayBuffer;
}

/** Reduce areas `areaFrom` to `areaTo` of the hour grid to days. */
export interface HourTask {
  hours: SharedHours;
  numbers: HourNumbers;
  areaFrom: number;
  areaTo: number;
}

/** The region's busiest hour for days `dayFrom` to `dayTo`. */
export interface RegionHourTask {
  hours: SharedHours;
  numbers: HourNumbers;
  areaCount: number;
  dayFrom: number;
  dayTo: number;
}

function columnsOf(hours: SharedHours) {
  return {
    values: new Float64Array(hours.values),
    weights: hours.weights,
    dayStart: hours.dayStart,
    localHour: hours.localHour,
    presence: new Float64Array(hours.presence),
    peakSlot: new Int32Array(hours.peakSlot),
    atPeak: new Float64Array(hours.atPeak),
    night: new Float64Array(hours.night),
  };
}

/**
 * Run an hour task: the same function serves the inline path and the worker shim.
 *
 * @example
 * runHourTask({ hours, numbers, areaFrom: 0, areaTo: 3 });
 */
export function runHourTask(task: HourTask): void {
  reduceHours(columnsOf(task.hours), task.numbers, task.areaFrom, task.areaTo);
}

/**
 * Run a region hour task: the same function serves the inline path and the worker shim.
 *
 * @example
 * runRegionHourTask({ hours, numbers, areaCount: 3, dayFrom: 0, dayTo: 42 });
 */
export function runRegionHourTask(task: RegionHourTask): void {
  reduceRegionHours(columnsOf(task.hours), task.numbers, task.areaCount, task.dayFrom, task.dayTo);
}
