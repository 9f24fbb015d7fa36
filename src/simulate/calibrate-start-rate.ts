import type { StayNights } from './scenario.js';
import { survivalByKind } from './stay-nights.js';

/** Days at the start of the span left out of the mean: the expected occupancy starts at zero there. */
const SETTLING_DAYS = 30;

/**
 * The rate `k` that makes a stay process spend `targetShare` of the nights in a stay, on average
 * over the span: a unit not in a stay starts one on day d with chance min(1, k × weights[d]),
 * lasting as `nights` says for the kind of that day. Solved on the expected occupancy (the fluid
 * limit of the process, computed day by day) by bisection, so that the random process hits the
 * target in expectation without trial runs. Returns the largest rate tried where the target is
 * out of reach (every free unit starting a stay every day).
 *
 * @example
 * // Flat weights, stays of exactly 1 night: occupancy = k, so k = 0.25 for a quarter of the nights.
 * calibrateStartRate(new Float64Array(400).fill(1), new Uint8Array(400).fill(3), oneNight, 0.25); // ≈ 0.25
 */
export function calibrateStartRate(weights: Float64Array, kinds: Uint8Array, nights: StayNights, targetShare: number): number {
  if (targetShare <= 0) return 0;
  const survival = survivalByKind(nights);
  let low = 0;
  let high = 1;
  // Grow the bracket until it holds the target (or every unit starts every day it can).
  while (expectedOccupancy(weights, kinds, survival, high) < targetShare && high < 1e6) high *= 4;
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (expectedOccupancy(weights, kinds, survival, middle) < targetShare) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** The mean share of nights in a stay, after the settling days, for start rate `rate`. */
function expectedOccupancy(weights: Float64Array, kinds: Uint8Array, survival: Float64Array[], rate: number): number {
  const dayCount = weights.length;
  const longest = Math.max(...survival.map((values) => values.length));
  const occupied = new Float64Array(dayCount + longest);
  let sum = 0;
  for (let day = 0; day < dayCount; day++) {
    const starts = (1 - occupied[day]!) * Math.min(1, rate * weights[day]!);
    const lasting = survival[kinds[day]!]!;
    for (let night = 0; night < lasting.length; night++) occupied[day + night]! += starts * lasting[night]!;
    if (day >= Math.min(SETTLING_DAYS, dayCount >> 1)) sum += occupied[day]!;
  }
  return sum / (dayCount - Math.min(SETTLING_DAYS, dayCount >> 1));
}
