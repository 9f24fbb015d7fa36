/**
 * Whether an interval `[low, high]` (an annual estimate's uncertainty range, say) holds the truth,
 * ends included.
 *
 * @example
 * intervalCovers([2.7e6, 3.1e6], 2.92e6); // true
 * intervalCovers([2.7e6, 2.9e6], 2.92e6); // false
 */
export function intervalCovers(interval: readonly [number, number], truth: number): boolean {
  return interval[0] <= truth && truth <= interval[1];
}

/**
 * The share of intervals that hold their truths (intervals and truths in the same order): a 90 %
 * interval method should come close to 0.9 over many runs.
 *
 * @example
 * intervalCoverage([[1, 3], [4, 6], [7, 9], [0, 1]], [2, 5, 10, 1]); // 0.75
 */
export function intervalCoverage(intervals: readonly (readonly [number, number])[], truths: readonly number[]): number {
  if (intervals.length !== truths.length) throw new RangeError(`intervals and truths must be as many, got ${intervals.length} and ${truths.length}`);
  if (intervals.length === 0) return NaN;
  let covered = 0;
  intervals.forEach((interval, index) => (covered += +intervalCovers(interval, truths[index]!)));
  return covered / intervals.length;
}
