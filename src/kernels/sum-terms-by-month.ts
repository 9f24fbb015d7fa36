/**
 * Each term's coefficients summed per calendar month over the days its row was observed
 * (`devices` not NaN: for the region, complete days), and the observed days per month. Terms
 * `firstTerm` to `firstTerm + termCount` of `coefficients` (term-major, `dayCount` per term);
 * sums at `term × monthCount + month`, added day by day in day order.
 *
 * @example
 * // one term, two days in one month, the second not observed
 * sumTermsByMonth(Float64Array.of(2, 3), Float64Array.of(10, NaN), 0, 0, 1, Int32Array.of(0, 2));
 * // { sums: [2], days: [1] }
 */
export function sumTermsByMonth(
  coefficients: Float64Array,
  devices: Float64Array,
  row: number,
  firstTerm: number,
  termCount: number,
  monthStart: Int32Array,
): { sums: Float64Array; days: Float64Array } {
  const monthCount = monthStart.length - 1;
  const dayCount = monthStart[monthCount]!;
  const sums = new Float64Array(termCount * monthCount);
  const days = new Float64Array(monthCount);
  for (let month = 0; month < monthCount; month++) {
    for (let day = monthStart[month]!; day < monthStart[month + 1]!; day++) {
      const count = devices[row * dayCount + day]!;
      // NaN: the row was not observed that day.
      if (count !== count) continue;
      days[month]!++;
      for (let term = 0; term < termCount; term++) sums[term * monthCount + month]! += coefficients[(firstTerm + term) * dayCount + day]!;
    }
  }
  return { sums, days };
}
