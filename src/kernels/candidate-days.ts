/**
 * The days that can be a row's busiest in some draw: its observed days (`devices` not NaN) that no
 * other day beats in every term. Every product of parameters is ≥ 0 but an uplift's (as low as
 * −0.5), whose term has the same coefficients as a term without it ((1 + uplift) × devices ≥ 0),
 * so a day whose coefficients are at least as large in every term is at least as busy in every
 * draw; of equal days the earliest stays. Days are taken in order against the days kept so far (the row's Pareto front,
 * a dozen days or so): a day that beats kept ones replaces them. The kept day that beat the last
 * day is tried first: neighbouring days are mostly beaten by the same one. Ascending.
 *
 * @example
 * // two terms, three days: day 1 beats day 0 in both; day 2 is best in the second only
 * candidateDays(Float64Array.of(1, 2, 0, 1, 3, 5), Float64Array.of(1, 1, 1), 0, 0, 2, 3); // [1, 2]
 */
export function candidateDays(
  coefficients: Float64Array,
  devices: Float64Array,
  row: number,
  firstTerm: number,
  termCount: number,
  dayCount: number,
): Int32Array {
  const kept: number[] = [];
  let lastBeater = -1;
  for (let day = 0; day < dayCount; day++) {
    if (Number.isNaN(devices[row * dayCount + day]!)) continue;
    if (lastBeater >= 0 && atLeast(coefficients, firstTerm, termCount, dayCount, lastBeater, day)) continue;
    lastBeater = beaterOf(coefficients, firstTerm, termCount, dayCount, kept, day);
    if (lastBeater >= 0) continue;
    let stay = 0;
    for (const other of kept) if (!atLeast(coefficients, firstTerm, termCount, dayCount, day, other)) kept[stay++] = other;
    kept.length = stay;
    kept.push(day);
  }
  return Int32Array.from(kept).sort();
}

/** The first of the `kept` days that is at least as large as `day` in every term, or −1. */
function beaterOf(coefficients: Float64Array, firstTerm: number, termCount: number, dayCount: number, kept: number[], day: number): number {
  for (const other of kept) if (atLeast(coefficients, firstTerm, termCount, dayCount, other, day)) return other;
  return -1;
}

/** True when day `a` is at least as large as day `b` in every term (`coefficients` term-major, `dayCount` per term). */
function atLeast(coefficients: Float64Array, firstTerm: number, termCount: number, dayCount: number, a: number, b: number): boolean {
  for (let term = firstTerm; term < firstTerm + termCount; term++) if (coefficients[term * dayCount + a]! < coefficients[term * dayCount + b]!) return false;
  return true;
}
