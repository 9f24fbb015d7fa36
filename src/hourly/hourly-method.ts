/**
 * How guest-nights come from hourly counts:
 * - `night-presence`: persons present in the night window (mean over its hours) − residents
 *   present at night (the model's `residents` deduction: a `segment` such as `home` is the
 *   residents actually present at night). The model's other deductions (day-trippers,
 *   through-traffic, external workers) are daytime presence the night window already leaves out,
 *   so they are not applied; the summary lists them.
 * - `visitor-night-presence`: for counts split by the device's home (segments `home` and
 *   `visitor`), the visitor devices present in the night window × (1 + the visitor segment's
 *   uplift). No deduction is applied: the operator's split already leaves out the residents who
 *   are home, and residents who sleep elsewhere are not counted as missing. The default for such
 *   counts: on the simulated region it misses the true guest-nights by the least
 *   (`teleguest validate`, docs/method.md).
 * - `busiest-hour`: the daily method on each day's busiest hour (daily presence), every
 *   deduction of the model applied as for daily counts (the plan's constant deductions).
 */
export type HourlyMethod = 'night-presence' | 'visitor-night-presence' | 'busiest-hour';

export const HOURLY_METHODS: readonly HourlyMethod[] = ['night-presence', 'visitor-night-presence', 'busiest-hour'];

/** The segment whose night presence `visitor-night-presence` counts. */
export const VISITOR_SEGMENT = 'visitor';

/**
 * The method for hourly counts where none is asked for: `visitor-night-presence` for counts split
 * by home (a `visitor` segment), else `night-presence`.
 *
 * @example
 * defaultHourlyMethod(['home', 'visitor']); // 'visitor-night-presence'
 * defaultHourlyMethod(['']); // 'night-presence'
 */
export function defaultHourlyMethod(segmentNames: readonly string[]): HourlyMethod {
  return segmentNames.includes(VISITOR_SEGMENT) ? 'visitor-night-presence' : 'night-presence';
}
