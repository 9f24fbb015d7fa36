/**
 * The days that can be a row's busiest in some draw: its observed days (`devices` not NaN) that no
 * other day beats in every term. Every product of parameters is ≥ 0 but an uplift's (as low as
 * −0.5), whose term has the same coefficients as a term without it ((1 + uplift) × devices ≥ 0),
 * so a day whose coefficients are at least as large in every term is at least as busy in every
 * draw; of equal days the earliest stays. Days are taken in order against the days kept so far (the row's Pareto front,
 * a dozen days or so): a day that beats kept ones replaces them. Ascending.
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
  // True when day `a` is at least as large as day `b` in every term.
  const atLeast = (a: number, b: number) => {
    for (let term = firstTerm; term < firstTerm + termCount; term++) if (coefficients[term * dayCount + a]! < coefficients[term * dayCount + b]!) return false;
    return true;
  };
  let kept: number[] = [];
  for (let day = 0; day < dayCount; day++) {
    if (Number.isNaN(devices[row * dayCount + day]!)) continue;
    if (kept.some((other) => atLeast(other, day))) continue;
    kept = kept.filter((other) => !atLeast(day, other));
    kept.push(day);
  }
  return Int32Array.from(kept).sort();
}
