/** The seed of the draws when none is given: fixed, so a run repeats, and printed with the intervals. */
export const DEFAULT_SEED = 1;
