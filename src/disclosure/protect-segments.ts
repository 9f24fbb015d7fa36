import { PRIMARY, PUBLISHED, SECONDARY, thresholdOf, type SuppressionOptions } from './suppression-status.js';

/** The suppression of segmented counts, cell by cell. */
export interface SegmentSuppression {
  /** Per segment (in the order given), `PUBLISHED`, `PRIMARY` or `SECONDARY` per cell. */
  status: Uint8Array[];
  /**
   * Per grid cell (areas, then the region's row), `SECONDARY` where any segment is suppressed,
   * and on the region's day that holds such a cell: guest-nights, which are persons less the
   * deducted segments, would give a suppressed segment back.
   */
  guestNights: Uint8Array;
  primaryCells: number;
  secondaryCells: number;
  threshold: number;
}

/**
 * Disclosure control of one cell's segments (`segments[s][cell]`, devices) beside their
 * published total, the linked table "segments → total" of τ-ARGUS: every segment below the
 * threshold is primary; where any is, the largest published segments are suppressed with it
 * (secondary) until at least two are and the suppressed ones add up to the threshold, so the
 * total less the published segments leaves a sum a reader cannot split: each suppressed
 * segment lies anywhere in [0, that sum]. Cells whose total is itself small are left to
 * `suppressGrid`, which suppresses the whole cell. The choice reads only the cell's own
 * segments, so every run holding the cell suppresses alike. Only the first `cells` cells are
 * read (the areas; the region's segment rows are not published).
 *
 * @example
 * // one cell: home 3 (small), domestic 40, foreign 900 → home and foreign go, domestic stays
 * // (one area × one day, then the region's row)
 * const { status, guestNights } = protectSegments([Float64Array.of(3, 3), Float64Array.of(40, 40), Float64Array.of(900, 900)], 1, 1);
 * status.map((s) => s[0]); // [1, 0, 2]
 * guestNights; // [2, 2]
 */
export function protectSegments(segments: readonly Float64Array[], areaCount: number, dayCount: number, options: SuppressionOptions = {}): SegmentSuppression {
  const threshold = thresholdOf(options);
  const cells = areaCount * dayCount;
  const status = segments.map(() => new Uint8Array(cells));
  const guestNights = new Uint8Array(cells + dayCount);
  let primaryCells = 0;
  let secondaryCells = 0;
  for (let cell = 0; cell < cells; cell++) {
    let total = 0;
    let small = 0;
    let smallSum = 0;
    for (let segment = 0; segment < segments.length; segment++) {
      const value = segments[segment]![cell]!;
      total += value;
      if (value < threshold) {
        small++;
        smallSum += value;
      }
    }
    // Missing (NaN total) or small as a whole: not a cell with published segments.
    if (small === 0 || !(total >= threshold)) continue;
    for (let segment = 0; segment < segments.length; segment++) if (segments[segment]![cell]! < threshold) status[segment]![cell] = PRIMARY;
    primaryCells += small;
    guestNights[cell] = SECONDARY;
    guestNights[cells + (cell % dayCount)] = SECONDARY;
    let suppressed = small;
    let suppressedSum = smallSum;
    while (suppressed < 2 || suppressedSum < threshold) {
      // The largest published segment: the widest interval for the fewest figures lost.
      let largest = -1;
      for (let segment = 0; segment < segments.length; segment++) {
        if (status[segment]![cell] !== PUBLISHED) continue;
        if (largest === -1 || segments[segment]![cell]! > segments[largest]![cell]!) largest = segment;
      }
      // Unreachable while the total reaches the threshold: the published ones hold the rest.
      if (largest === -1) break;
      status[largest]![cell] = SECONDARY;
      secondaryCells++;
      suppressed++;
      suppressedSum += segments[largest]![cell]!;
    }
  }
  return { status, guestNights, primaryCells, secondaryCells, threshold };
}
