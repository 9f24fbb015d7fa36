/**
 * Ranks 1 … n of a series, ties given the mean of the ranks they span ("fractional" ranking,
 * what Spearman's coefficient needs): 10, 20, 20, 30 rank 1, 2.5, 2.5, 4.
 *
 * @example
 * averageRanks(Float64Array.of(10, 20, 20, 30)); // Float64Array [1, 2.5, 2.5, 4]
 */
export function averageRanks(values: Float64Array): Float64Array {
  const order = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(values.length);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    // Positions start … end − 1 hold equal values: ranks start + 1 … end, whose mean is this.
    const rank = (start + 1 + end) / 2;
    for (let i = start; i < end; i++) ranks[order[i]!] = rank;
    start = end;
  }
  return ranks;
}
