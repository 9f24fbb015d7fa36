import type { Deduction, Model, ParameterRange, ParameterSite, RangeDistribution, Uplift } from './model.js';

/** A value as the model file may write it: a number, or a range around a value. */
type Written = number | { value: number; min?: number; max?: number; sd?: number; dist?: RangeDistribution };

/**
 * Move the ranges of a checked model file (`{ "value": 0.06, "min": 0.04, "max": 0.09 }`
 * wherever a number may stand) into `ranges`, leaving each value in its place: the point
 * estimate reads the model as before, and only draws read the ranges.
 *
 * @example
 * const { uplift, ranges } = extractRanges({ name: 'm', uplift: { value: 0.06, min: 0.04, max: 0.09 }, deductions: {} });
 * uplift; // 0.06
 * ranges; // [{ name: 'uplift', site: { kind: 'uplift' }, value: 0.06, dist: 'triangular', min: 0.04, max: 0.09 }]
 */
export function extractRanges(model: Model): Model {
  const ranges: ParameterRange[] = [];
  const take = (written: Written, name: string, site: ParameterSite): number => {
    if (typeof written === 'number') return written;
    const { value, min, max, sd, dist } = written;
    if (min !== undefined || sd !== undefined) {
      ranges.push({ name, site, value, dist: dist ?? (sd === undefined ? 'triangular' : 'normal'), ...(sd === undefined ? { min, max } : { sd }) });
    }
    return value;
  };
  const uplift: Uplift =
    typeof model.uplift === 'object' && 'default' in model.uplift
      ? {
          default: take(model.uplift.default as Written, 'uplift.default', { kind: 'uplift' }),
          bySegment: mapValues(model.uplift.bySegment, (share, segment) => take(share as Written, `uplift.bySegment.${segment}`, { kind: 'uplift', segment })),
        }
      : take(model.uplift as Written, 'uplift', { kind: 'uplift' });
  const deductions = mapValues(model.deductions, (deduction, name) => pointDeduction(deduction, `deductions.${name}`, name, take));
  return { ...model, uplift, deductions, ...(ranges.length > 0 ? { ranges } : {}) };
}

type Take = (written: Written, name: string, site: ParameterSite) => number;

function pointDeduction(deduction: Deduction, at: string, name: string, take: Take): Deduction {
  if (typeof deduction === 'number' || 'file' in deduction || 'segment' in deduction) return deduction;
  const point: Record<string, unknown> = { ...deduction };
  if ('value' in deduction) {
    for (const key of ['min', 'max', 'sd', 'dist']) delete point[key];
    point.value = take(deduction as Written, at, { kind: 'base', deduction: name });
  }
  if ('byArea' in deduction)
    point.byArea = mapValues(deduction.byArea, (value, area) => take(value as Written, `${at}.byArea.${area}`, { kind: 'base', deduction: name, area }));
  for (const kind of ['weekday', 'month'] as const) {
    const factors = deduction[kind];
    if (factors !== undefined)
      point[kind] = factors.map((factor, index) => take(factor as Written, `${at}.${kind}[${index}]`, { kind, deduction: name, index }));
  }
  if (deduction.periods !== undefined) {
    point.periods = deduction.periods.map((period, index) => ({
      ...period,
      factor: take(period.factor as Written, `${at}.periods[${index}].factor`, { kind: 'period', deduction: name, index }),
    }));
  }
  return point as unknown as Deduction;
}

function mapValues<T, U>(record: Record<string, T>, map: (value: T, key: string) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value, key)]));
}
