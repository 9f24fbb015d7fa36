import { yearMonthOfDay } from '../clock/day-number.js';

/** Estimate against truth over the nights both have, in all and per calendar year (of the evening). */
export interface AnnualBias {
  /** (Σ estimate − Σ truth) / Σ truth × 100 over every night with an estimate; NaN where the truth sums to 0. */
  biasPercent: number;
  years: { year: number; nights: number; truth: number; estimate: number; biasPercent: number }[];
}

/**
 * The bias of an estimated nightly series against the truth, in per cent of the truth: over all
 * nights, and per calendar year. Nights are dated by their evening (SSB's convention), from
 * `firstDay`; a night whose estimate is NaN (missing) is left out of both sums.
 *
 * @example
 * // Truth 100 and 300, estimate 110 and 330: +10 %.
 * annualBias(Float64Array.of(100, 300), Float64Array.of(110, 330), dayOfDate(2024, 1, 1)).biasPercent; // 10
 */
export function annualBias(truth: Float64Array, estimate: Float64Array, firstDay: number): AnnualBias {
  const years = new Map<number, { year: number; nights: number; truth: number; estimate: number; biasPercent: number }>();
  let truthSum = 0;
  let estimateSum = 0;
  for (let night = 0; night < truth.length; night++) {
    const estimated = estimate[night]!;
    if (estimated !== estimated || truth[night] !== truth[night]) continue;
    const year = yearMonthOfDay(firstDay + night).year;
    let entry = years.get(year);
    if (entry === undefined) years.set(year, (entry = { year, nights: 0, truth: 0, estimate: 0, biasPercent: NaN }));
    entry.nights++;
    entry.truth += truth[night]!;
    entry.estimate += estimated;
    truthSum += truth[night]!;
    estimateSum += estimated;
  }
  for (const entry of years.values()) entry.biasPercent = percentOff(entry.estimate, entry.truth);
  return { biasPercent: percentOff(estimateSum, truthSum), years: [...years.values()] };
}

/**
 * (estimate − truth) / truth × 100; NaN where the truth is 0.
 *
 * @example
 * percentOff(90, 100); // -10
 */
export function percentOff(estimate: number, truth: number): number {
  return truth === 0 ? NaN : ((estimate - truth) / truth) * 100;
}
