/**
 * How guest-nights come from hourly counts:
 * - `night-presence`: persons present in the night window (mean over its hours) − residents
 *   present at night (the model's `residents` deduction: a `segment` such as `home` is the
 *   residents actually present at night). The model's other deductions (day-trippers,
 *   through-traffic, external workers) are daytime presence the night window already leaves out,
 *   so they are not applied; the summary lists them.
 * - `busiest-hour`: the daily method on each day's busiest hour (daily presence), every
 *   deduction of the model applied as for daily counts (the plan's constant deductions).
 */
export type HourlyMethod = 'night-presence' | 'busiest-hour';

export const HOURLY_METHODS: readonly HourlyMethod[] = ['night-presence', 'busiest-hour'];
