/**
 * Each term's coefficients summed per calendar month over the days its row was observed
 * (`devices` not NaN: for the region, complete days), and the observed days per month. Terms
 * `firstTerm` to `firstTerm + termCount` of `coefficients` (term-major, `dayCount` per term);
 * sums at `term × monthCount + month`, added day by day in day order. A term's days are read in
 * one run, term after term.
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
  // The observed days, in order: NaN devices mean the row was not observed that day.
  const observed = new Int32Array(dayCount);
  const observedStart = new Int32Array(monthCount + 1);
  let count = 0;
  for (let month = 0; month < monthCount; month++) {
    observedStart[month] = count;
    for (let day = monthStart[month]!; day < monthStart[month + 1]!; day++) if (!Number.isNaN(devices[row * dayCount + day]!)) observed[count++] = day;
    days[month] = count - observedStart[month]!;
  }
  observedStart[monthCount] = count;
  for (let term = 0; term < termCount; term++) sumTermMonths(coefficients, (firstTerm + term) * dayCount, observed, observedStart, sums, term * monthCount);
  return { sums, days };
}

/** One term's sums per month (into `sums` from `at`): its coefficients (from `from`) on the observed days, in order. */
function sumTermMonths(coefficients: Float64Array, from: number, observed: Int32Array, observedStart: Int32Array, sums: Float64Array, at: number): void {
  for (let month = 0; month + 1 < observedStart.length; month++) {
    let sum = 0;
    for (let index = observedStart[month]!; index < observedStart[month + 1]!; index++) sum += coefficients[from + observed[index]!]!;
    sums[at + month] = sum;
  }
}
