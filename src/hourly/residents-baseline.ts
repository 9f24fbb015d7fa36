import { buildCalendar } from '../calendar/calendar.js';
import { InputError } from '../errors.js';
import { sumRegionDays } from '../kernels/sum-region-days.js';
import type { Model, ParameterRange } from '../model/model.js';
import { upliftOf } from '../model/model.js';
import { BASELINE_SHARE } from './hourly-method.js';
import { quietWeeknights, QUIET_MONTH_MIN_NIGHTS, type QuietWeeknights } from './quiet-weeknights.js';
import type { HourlyReduction } from './reduce-hourly-counts.js';

/** The name under which the baseline's persons reach the residents deduction (`{ segment }`); no segment of the counts. */
export const BASELINE_SERIES = 'quiet weeknights';

/** What `summary.hourly.baseline` says of the residents' baseline, per area. */
export interface BaselineSummary {
  /** The residents' share of the quiet weeknights' persons (`BASELINE_SHARE.value`). */
  share: number;
  areas: Record<string, QuietWeeknights & { residentsPerNight: number }>;
}

/**
 * The residents' baseline of `night-presence-baseline`: each area's quietest month of weeknights
 * (`quietWeeknights`, on the model's calendar), and as persons per area and day (the mean devices
 * of those nights × (1 + the model's uplift), constant, the region's row their sum) the series
 * its residents deduction takes a share of. Refused for an area without such a month.
 *
 * @example
 * const { persons, summary } = residentsBaseline(reduction, model, 'hourly.csv');
 * summary.areas['3326']; // { month: '2024-11', nights: 17, devices: 2_895, residentsPerNight: 2_762 }
 */
export function residentsBaseline(reduction: HourlyReduction, model: Model, source: string): { persons: Float64Array; summary: BaselineSummary } {
  const { firstDay, dayCount, areaCodes } = reduction.grid;
  const quiet = quietWeeknights(reduction.night, areaCodes.length, dayCount, buildCalendar(firstDay, dayCount + 1, model.calendar));
  const missing = areaCodes.filter((_, area) => quiet[area] === null);
  if (missing.length > 0)
    throw new InputError(
      'E_COLUMNS',
      `the night-presence-baseline method needs, for every area, a month with ${QUIET_MONTH_MIN_NIGHTS} weeknights (Monday to Thursday evenings) observed; ${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} none`,
      { file: source },
    );
  const personsPerDevice = 1 + upliftOf(model.uplift);
  const persons = new Float64Array((areaCodes.length + 1) * dayCount);
  const areas: BaselineSummary['areas'] = {};
  areaCodes.forEach((code, area) => {
    const { month, nights, devices } = quiet[area]!;
    persons.fill(devices * personsPerDevice, area * dayCount, (area + 1) * dayCount);
    areas[code] = { month, nights, devices, residentsPerNight: devices * personsPerDevice * BASELINE_SHARE.value };
  });
  sumRegionDays(persons, areaCodes.length, dayCount);
  return { persons, summary: { share: BASELINE_SHARE.value, areas } };
}

/**
 * The model `night-presence-baseline` applies: one uplift (its ranges kept), and the residents
 * deducted as `BASELINE_SHARE` of the quiet weeknights' persons, that share drawn as a range too.
 *
 * @example
 * baselineModel({ name: 'm', uplift: 0.06, deductions: { residents: 20_700 } }).deductions;
 * // { residents: { segment: 'quiet weeknights', share: 0.9 } }
 */
export function baselineModel(model: Model): Model {
  const uplift = model.ranges?.filter((range) => range.site.kind === 'uplift' && range.site.segment === undefined) ?? [];
  const share: ParameterRange = { name: 'residents.share', site: { kind: 'base', deduction: 'residents' }, dist: 'triangular', ...BASELINE_SHARE };
  const { ranges: _, ...rest } = model;
  return {
    ...rest,
    uplift: upliftOf(model.uplift),
    deductions: { residents: { segment: BASELINE_SERIES, share: BASELINE_SHARE.value } },
    ranges: [...uplift, share],
  };
}
