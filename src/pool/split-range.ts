/**
 * Split `[0, length)` into at most `parts` contiguous ranges of near-equal size (the first
 * ones one longer), none empty.
 *
 * @example
 * splitRange(7, 3); // [[0, 3], [3, 5], [5, 7]]
 */
export function splitRange(length: number, parts: number): Array<[number, number]> {
  const count = Math.max(1, Math.min(parts, length));
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let part = 0; part < count; part++) {
    const to = from + Math.floor(length / count) + (part < length % count ? 1 : 0);
    ranges.push([from, to]);
    from = to;
  }
  return ranges;
}
