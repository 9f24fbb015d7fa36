import { DEFAULT_THRESHOLD } from './suppression-status.js';

/**
 * The threshold of disclosure control a run applies: `option` (`--min-count`,
 * `EstimateOptions.minCount`), else the model's `minCount`, else `DEFAULT_THRESHOLD`. 0 and 1
 * turn it off and give 0: below 1 there is only 0, and a published 0 needs hiding only beside
 * other suppressed figures. Anything but a whole number ≥ 0 is a RangeError (the model's own is
 * checked when it is read).
 *
 * @example
 * minCountOf(undefined, {}); // 16
 * minCountOf(undefined, { minCount: 5 }); // 5
 * minCountOf(0, { minCount: 5 }); // 0: off
 */
export function minCountOf(option: number | undefined, model: { minCount?: number }): number {
  const minCount = option ?? model.minCount ?? DEFAULT_THRESHOLD;
  if (!Number.isInteger(minCount) || minCount < 0) throw new RangeError(`options.minCount must be a whole number ≥ 0, got ${minCount}`);
  return minCount <= 1 ? 0 : minCount;
}
