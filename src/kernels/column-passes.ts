import type { RankHistogram } from './select-quantiles.js';

// Passes over columns of draws, each reading its columns once and writing one. The loops take
// four draws a turn, the rest one by one: V8 compiles a loop's checks once a turn, and four
// draws a turn ran about 1.5–1.8× faster than one on the national draws. Each draw is still
// worked out on its own, with the same operations in the same order, so the numbers are the
// same to the bit as a loop of one draw a turn.

/** into[d] += w0 c0[d] + w1 c1[d] + w2 c2[d] + w3 c3[d], the products added left to right first. */
export function addFour(
  into: Float64Array,
  w0: number,
  c0: Float64Array,
  w1: number,
  c1: Float64Array,
  w2: number,
  c2: Float64Array,
  w3: number,
  c3: Float64Array,
): void {
  const length = into.length;
  const whole = length - (length % 4);
  let draw = 0;
  for (; draw < whole; draw += 4) {
    into[draw] = into[draw]! + (w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]! + w3 * c3[draw]!);
    into[draw + 1] = into[draw + 1]! + (w0 * c0[draw + 1]! + w1 * c1[draw + 1]! + w2 * c2[draw + 1]! + w3 * c3[draw + 1]!);
    into[draw + 2] = into[draw + 2]! + (w0 * c0[draw + 2]! + w1 * c1[draw + 2]! + w2 * c2[draw + 2]! + w3 * c3[draw + 2]!);
    into[draw + 3] = into[draw + 3]! + (w0 * c0[draw + 3]! + w1 * c1[draw + 3]! + w2 * c2[draw + 3]! + w3 * c3[draw + 3]!);
  }
  for (; draw < length; draw++) into[draw] = into[draw]! + (w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]! + w3 * c3[draw]!);
}

/** into[d] = base + (w0 c0[d] + w1 c1[d] + w2 c2[d] + w3 c3[d]), the products added left to right first: `addFour` onto a column of `base`. */
export function setFour(
  into: Float64Array,
  base: number,
  w0: number,
  c0: Float64Array,
  w1: number,
  c1: Float64Array,
  w2: number,
  c2: Float64Array,
  w3: number,
  c3: Float64Array,
): void {
  const length = into.length;
  const whole = length - (length % 4);
  let draw = 0;
  for (; draw < whole; draw += 4) {
    into[draw] = base + (w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]! + w3 * c3[draw]!);
    into[draw + 1] = base + (w0 * c0[draw + 1]! + w1 * c1[draw + 1]! + w2 * c2[draw + 1]! + w3 * c3[draw + 1]!);
    into[draw + 2] = base + (w0 * c0[draw + 2]! + w1 * c1[draw + 2]! + w2 * c2[draw + 2]! + w3 * c3[draw + 2]!);
    into[draw + 3] = base + (w0 * c0[draw + 3]! + w1 * c1[draw + 3]! + w2 * c2[draw + 3]! + w3 * c3[draw + 3]!);
  }
  for (; draw < length; draw++) into[draw] = base + (w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]! + w3 * c3[draw]!);
}

/** into[d] = base + w0 c0[d] + w1 c1[d] + w2 c2[d], added left to right. */
export function setThree(into: Float64Array, base: number, w0: number, c0: Float64Array, w1: number, c1: Float64Array, w2: number, c2: Float64Array): void {
  const length = into.length;
  const whole = length - (length % 4);
  let draw = 0;
  for (; draw < whole; draw += 4) {
    into[draw] = base + w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]!;
    into[draw + 1] = base + w0 * c0[draw + 1]! + w1 * c1[draw + 1]! + w2 * c2[draw + 1]!;
    into[draw + 2] = base + w0 * c0[draw + 2]! + w1 * c1[draw + 2]! + w2 * c2[draw + 2]!;
    into[draw + 3] = base + w0 * c0[draw + 3]! + w1 * c1[draw + 3]! + w2 * c2[draw + 3]!;
  }
  for (; draw < length; draw++) into[draw] = base + w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]!;
}

/** into[d] = into[d] + w0 c0[d] + w1 c1[d] + w2 c2[d], added left to right. */
export function addThree(into: Float64Array, w0: number, c0: Float64Array, w1: number, c1: Float64Array, w2: number, c2: Float64Array): void {
  const length = into.length;
  const whole = length - (length % 4);
  let draw = 0;
  for (; draw < whole; draw += 4) {
    into[draw] = into[draw]! + w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]!;
    into[draw + 1] = into[draw + 1]! + w0 * c0[draw + 1]! + w1 * c1[draw + 1]! + w2 * c2[draw + 1]!;
    into[draw + 2] = into[draw + 2]! + w0 * c0[draw + 2]! + w1 * c1[draw + 2]! + w2 * c2[draw + 2]!;
    into[draw + 3] = into[draw + 3]! + w0 * c0[draw + 3]! + w1 * c1[draw + 3]! + w2 * c2[draw + 3]!;
  }
  for (; draw < length; draw++) into[draw] = into[draw]! + w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]!;
}

/**
 * `setThree` into `histogram` (each draw's bucket's count and list, see `RankHistogram`; a draw per
 * entry of its `next`) instead of a column: a draw's value is worked out again, the same way, when
 * its bucket holds a rank.
 */
export function setThreeAndCount(
  base: number,
  w0: number,
  c0: Float64Array,
  w1: number,
  c1: Float64Array,
  w2: number,
  c2: Float64Array,
  histogram: RankHistogram,
): void {
  const { least, scale, counts, head, next } = histogram;
  const length = next.length;
  const whole = length - (length % 4);
  let draw = 0;
  for (; draw < whole; draw += 4) {
    const v0 = base + w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]!;
    const v1 = base + w0 * c0[draw + 1]! + w1 * c1[draw + 1]! + w2 * c2[draw + 1]!;
    const v2 = base + w0 * c0[draw + 2]! + w1 * c1[draw + 2]! + w2 * c2[draw + 2]!;
    const v3 = base + w0 * c0[draw + 3]! + w1 * c1[draw + 3]! + w2 * c2[draw + 3]!;
    const b0 = ((v0 - least) * scale) | 0;
    counts[b0]!++;
    next[draw] = head[b0]!;
    head[b0] = draw;
    const b1 = ((v1 - least) * scale) | 0;
    counts[b1]!++;
    next[draw + 1] = head[b1]!;
    head[b1] = draw + 1;
    const b2 = ((v2 - least) * scale) | 0;
    counts[b2]!++;
    next[draw + 2] = head[b2]!;
    head[b2] = draw + 2;
    const b3 = ((v3 - least) * scale) | 0;
    counts[b3]!++;
    next[draw + 3] = head[b3]!;
    head[b3] = draw + 3;
  }
  for (; draw < length; draw++) {
    const value = base + w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]!;
    const bucket = ((value - least) * scale) | 0;
    counts[bucket]!++;
    next[draw] = head[bucket]!;
    head[bucket] = draw;
  }
}

/** `addThree` into `histogram` (as `setThreeAndCount`): `into` is read, not written. */
export function addThreeAndCount(
  into: Float64Array,
  w0: number,
  c0: Float64Array,
  w1: number,
  c1: Float64Array,
  w2: number,
  c2: Float64Array,
  histogram: RankHistogram,
): void {
  const { least, scale, counts, head, next } = histogram;
  const length = into.length;
  const whole = length - (length % 4);
  let draw = 0;
  for (; draw < whole; draw += 4) {
    const v0 = into[draw]! + w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]!;
    const v1 = into[draw + 1]! + w0 * c0[draw + 1]! + w1 * c1[draw + 1]! + w2 * c2[draw + 1]!;
    const v2 = into[draw + 2]! + w0 * c0[draw + 2]! + w1 * c1[draw + 2]! + w2 * c2[draw + 2]!;
    const v3 = into[draw + 3]! + w0 * c0[draw + 3]! + w1 * c1[draw + 3]! + w2 * c2[draw + 3]!;
    const b0 = ((v0 - least) * scale) | 0;
    counts[b0]!++;
    next[draw] = head[b0]!;
    head[b0] = draw;
    const b1 = ((v1 - least) * scale) | 0;
    counts[b1]!++;
    next[draw + 1] = head[b1]!;
    head[b1] = draw + 1;
    const b2 = ((v2 - least) * scale) | 0;
    counts[b2]!++;
    next[draw + 2] = head[b2]!;
    head[b2] = draw + 2;
    const b3 = ((v3 - least) * scale) | 0;
    counts[b3]!++;
    next[draw + 3] = head[b3]!;
    head[b3] = draw + 3;
  }
  for (; draw < length; draw++) {
    const value = into[draw]! + w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]!;
    const bucket = ((value - least) * scale) | 0;
    counts[bucket]!++;
    next[draw] = head[bucket]!;
    head[bucket] = draw;
  }
}

/** Scratch of `greater`: the two numbers it picks from. */
const choice = new Float64Array(2);

/**
 * `value` where it is more than `current`, else `current` (a NaN value gives `current`), picked by
 * the comparison as an index and not by a branch: in a pass where the greater one changes from
 * draw to draw (the busiest day), a branch guessed wrong half the time costs twice the pass.
 */
function greater(current: number, value: number): number {
  choice[0] = current;
  choice[1] = value;
  return choice[+(value > current)]!;
}

/** peak[d] = the greater of peak[d] and start[d] + w0 c0[d] + w1 c1[d] + w2 c2[d] (added left to right; a NaN sum leaves peak[d]). */
export function raiseThree(
  peak: Float64Array,
  start: Float64Array,
  w0: number,
  c0: Float64Array,
  w1: number,
  c1: Float64Array,
  w2: number,
  c2: Float64Array,
): void {
  const length = peak.length;
  const whole = length - (length % 4);
  let draw = 0;
  for (; draw < whole; draw += 4) {
    const v0 = start[draw]! + w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]!;
    const v1 = start[draw + 1]! + w0 * c0[draw + 1]! + w1 * c1[draw + 1]! + w2 * c2[draw + 1]!;
    const v2 = start[draw + 2]! + w0 * c0[draw + 2]! + w1 * c1[draw + 2]! + w2 * c2[draw + 2]!;
    const v3 = start[draw + 3]! + w0 * c0[draw + 3]! + w1 * c1[draw + 3]! + w2 * c2[draw + 3]!;
    peak[draw] = greater(peak[draw]!, v0);
    peak[draw + 1] = greater(peak[draw + 1]!, v1);
    peak[draw + 2] = greater(peak[draw + 2]!, v2);
    peak[draw + 3] = greater(peak[draw + 3]!, v3);
  }
  for (; draw < length; draw++) {
    const value = start[draw]! + w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]!;
    peak[draw] = greater(peak[draw]!, value);
  }
}

/** `raiseThree` from a number: peak[d] = the greater of peak[d] and base + w0 c0[d] + w1 c1[d] + w2 c2[d]. */
export function raiseThreeFrom(
  peak: Float64Array,
  base: number,
  w0: number,
  c0: Float64Array,
  w1: number,
  c1: Float64Array,
  w2: number,
  c2: Float64Array,
): void {
  const length = peak.length;
  const whole = length - (length % 4);
  let draw = 0;
  for (; draw < whole; draw += 4) {
    const v0 = base + w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]!;
    const v1 = base + w0 * c0[draw + 1]! + w1 * c1[draw + 1]! + w2 * c2[draw + 1]!;
    const v2 = base + w0 * c0[draw + 2]! + w1 * c1[draw + 2]! + w2 * c2[draw + 2]!;
    const v3 = base + w0 * c0[draw + 3]! + w1 * c1[draw + 3]! + w2 * c2[draw + 3]!;
    peak[draw] = greater(peak[draw]!, v0);
    peak[draw + 1] = greater(peak[draw + 1]!, v1);
    peak[draw + 2] = greater(peak[draw + 2]!, v2);
    peak[draw + 3] = greater(peak[draw + 3]!, v3);
  }
  for (; draw < length; draw++) {
    const value = base + w0 * c0[draw]! + w1 * c1[draw]! + w2 * c2[draw]!;
    peak[draw] = greater(peak[draw]!, value);
  }
}

/** The least and the greatest of `values` into `extremes[0]` and `extremes[1]` (Infinity and −Infinity for none; NaN is passed over). */
export function extremesOfColumn(values: Float64Array, extremes: Float64Array): void {
  let least = Infinity;
  let greatest = -Infinity;
  for (let draw = 0; draw < values.length; draw++) {
    const value = values[draw]!;
    if (value < least) least = value;
    if (value > greatest) greatest = value;
  }
  extremes[0] = least;
  extremes[1] = greatest;
}

/** into[d] += weight × values[d]. */
export function addScaled(into: Float64Array, weight: number, values: Float64Array): void {
  const length = into.length;
  const whole = length - (length % 4);
  let draw = 0;
  for (; draw < whole; draw += 4) {
    into[draw] = into[draw]! + weight * values[draw]!;
    into[draw + 1] = into[draw + 1]! + weight * values[draw + 1]!;
    into[draw + 2] = into[draw + 2]! + weight * values[draw + 2]!;
    into[draw + 3] = into[draw + 3]! + weight * values[draw + 3]!;
  }
  for (; draw < length; draw++) into[draw] = into[draw]! + weight * values[draw]!;
}

/** into[d] += values[d]. */
export function addColumn(into: Float64Array, values: Float64Array): void {
  const length = into.length;
  const whole = length - (length % 4);
  let draw = 0;
  for (; draw < whole; draw += 4) {
    into[draw] = into[draw]! + values[draw]!;
    into[draw + 1] = into[draw + 1]! + values[draw + 1]!;
    into[draw + 2] = into[draw + 2]! + values[draw + 2]!;
    into[draw + 3] = into[draw + 3]! + values[draw + 3]!;
  }
  for (; draw < length; draw++) into[draw] = into[draw]! + values[draw]!;
}

/** into[d] ×= values[d]. */
export function multiplyColumn(into: Float64Array, values: Float64Array): void {
  for (let draw = 0; draw < into.length; draw++) into[draw] = into[draw]! * values[draw]!;
}

/** into[d] += value. */
export function addToColumn(into: Float64Array, value: number): void {
  for (let draw = 0; draw < into.length; draw++) into[draw] = into[draw]! + value;
}
