/**
 * The days that can be a row's busiest in some draw: its observed days (`devices` not NaN) that no
 * other day beats in every term. Every product of parameters is ≥ 0, so a day whose coefficients
 * are at least as large in every term is at least as busy in every draw; of equal days the
 * earliest stays. Ascending.
 *
 * @example
 * // two terms, three days: day 1 beats day 0 in both; day 2 is best in the second only
 * candidateDays(Float64Array.of(1, 2, 0, 1, 3, 5), Float64Array.of(1, 1, 1), 0, 0, 2, 3); // [1, 2]
 */
export function candidateDays(coefficients: Float64Array, devices: Float64Array, row: number, firstTerm: number, termCount: number, dayCount: number): Int32Array {
  const days: number[] = [];
  const sums = new Float64Array(dayCount);
  for (let day = 0; day < dayCount; day++) {
    if (Number.isNaN(devices[row * dayCount + day]!)) continue;
    days.push(day);
    for (let term = 0; term < termCount; term++) sums[day]! += coefficients[(firstTerm + term) * dayCount + day]!;
  }
  // Largest Σ coefficients first: a day can only be beaten by one that comes before it.
  days.sort((a, b) => sums[b]! - sums[a]! || a - b);
  const kept: number[] = [];
  for (const day of days) {
    const beaten = kept.some((other) => {
      for (let term = 0; term < termCount; term++) {
        const at = (firstTerm + term) * dayCount;
        if (coefficients[at + other]! < coefficients[at + day]!) return false;
      }
      return true;
    });
    if (!beaten) kept.push(day);
  }
  return Int32Array.from(kept).sort();
}
