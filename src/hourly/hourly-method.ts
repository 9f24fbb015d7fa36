/**
 * How guest-nights come from hourly counts (nights dated by the evening they start):
 * - `night-presence`: persons present in the night window (mean over its hours) − residents
 *   present at night (the model's `residents` deduction: a `segment` such as `home` is the
 *   residents actually present at night). The model's other deductions (day-trippers,
 *   through-traffic, external workers) are daytime presence the night window already leaves out,
 *   so they are not applied; the summary lists them.
 * - `night-presence-baseline`: for counts without segments, persons present in the night window
 *   − the residents' baseline: `BASELINE_SHARE` of the persons present on the weeknights of each
 *   area's quietest month (`quietWeeknights`). The counts measure the residents who are there, as
 *   many devices as they carry, instead of the register assuming them; none of the model's
 *   deductions is applied. The default for such counts covering a year (`BASELINE_MIN_DAYS`):
 *   on the simulated region it misses the true guest-nights by the least (`teleguest validate`,
 *   docs/method.md).
 * - `visitor-night-presence`: for counts split by the device's home (segments `home` and
 *   `visitor`), the visitor devices present in the night window × (1 + the visitor segment's
 *   uplift). No deduction is applied: the operator's split already leaves out the residents who
 *   are home, and residents who sleep elsewhere are not counted as missing. The default for such
 *   counts: on the simulated region it misses the true guest-nights by the least.
 * - `busiest-hour`: the daily method on each day's busiest hour (daily presence), every
 *   deduction of the model applied as for daily counts (the plan's constant deductions).
 */
export type HourlyMethod = 'night-presence' | 'night-presence-baseline' | 'visitor-night-presence' | 'busiest-hour';

export const HOURLY_METHODS: readonly HourlyMethod[] = ['night-presence', 'night-presence-baseline', 'visitor-night-presence', 'busiest-hour'];

/**
 * The residents' share of the devices present on the quietest month's weeknights, as a range: the
 * rest are guests, who stay on the quietest nights too. An assumption, not a measurement: with
 * `--draws` it is drawn with the model's ranges (triangular).
 */
export const BASELINE_SHARE = { value: 0.9, min: 0.85, max: 0.95 } as const;

/** Days the counts need for `night-presence-baseline` to be the default: a year, so that the quiet season is in them. */
export const BASELINE_MIN_DAYS = 365;

/** The segment whose night presence `visitor-night-presence` counts. */
export const VISITOR_SEGMENT = 'visitor';

/**
 * The method for hourly counts where none is asked for: `visitor-night-presence` for counts split
 * by home (a `visitor` segment); for counts without segments `night-presence-baseline` when they
 * cover a year (`days` of counts), else `night-presence`.
 *
 * @example
 * defaultHourlyMethod(['home', 'visitor'], 366); // 'visitor-night-presence'
 * defaultHourlyMethod([''], 366); // 'night-presence-baseline'
 * defaultHourlyMethod([''], 28); // 'night-presence'
 */
export function defaultHourlyMethod(segmentNames: readonly string[], days: number): HourlyMethod {
  if (segmentNames.includes(VISITOR_SEGMENT)) return 'visitor-night-presence';
  const segmented = segmentNames.length > 1 || segmentNames[0] !== '';
  return !segmented && days >= BASELINE_MIN_DAYS ? 'night-presence-baseline' : 'night-presence';
}
