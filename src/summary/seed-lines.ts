import { roundWhole } from '../write/table/format-whole.js';
import type { SeedLabels } from '../report/labels/labels.js';
import type { Figures } from './summary.js';
import type { Interval, RowIntervals } from '../uncertainty/estimate-uncertainty.js';

/** One line of the plan's table, with its value in persons (deductions negative); null where it does not apply. */
export type SeedLine =
  | {
      kind: 'devicesPerDay' | 'uplift' | 'guestNightsPerDay' | 'guestNightsPerYear' | 'daysObserved' | 'filledDays' | 'negativeDays' | 'withheldDays';
      value: number | null;
    }
  | { kind: 'deduction'; name: string; value: number | null };

/**
 * The lines of the Hallingdal plan's table for one series, in order:
 * devices, uplift, each deduction (negative), guest-nights per day and per year, then days
 * observed (filled days not among them), with `filled` the days the model's `fill` filled in,
 * negative days, and with `withheld` (a summary that withheld some: `hasWithheld`) the days withheld. The year is the rounded daily figure × 365, as the plan computes it
 * (26 527 × 365 = 9 682 355), so printing the rounded values reproduces the plan's integers;
 * `Figures.guestNightsPerYear` (summary.json) is the unrounded figure × 365 (9 682 515.6), and
 * every label of this line says which it is.
 *
 * @example
 * seedLines(summary.region).map((line) => line.value);
 * // [46724, 2803.44, -20000, -1000, -1000, -1000, 26527.44, 9682355, 547, 0]
 */
export function seedLines(figures: Figures, options: { filled?: boolean; withheld?: boolean } = {}): SeedLine[] {
  const perDay = figures.guestNightsPerDay;
  return [
    { kind: 'devicesPerDay', value: figures.devicesPerDay },
    { kind: 'uplift', value: figures.upliftPerDay },
    ...Object.entries(figures.deductionsPerDay).map(([name, value]): SeedLine => ({ kind: 'deduction', name, value: value === null ? null : -value })),
    { kind: 'guestNightsPerDay', value: perDay },
    { kind: 'guestNightsPerYear', value: perDay === null ? null : roundWhole(perDay) * 365 },
    { kind: 'daysObserved', value: figures.days - figures.filledDays },
    ...(options.filled ? [{ kind: 'filledDays', value: figures.filledDays } as SeedLine] : []),
    { kind: 'negativeDays', value: figures.negativeDays },
    ...(options.withheld ? [{ kind: 'withheldDays', value: figures.withheldDays ?? 0 } as SeedLine] : []),
  ];
}

/**
 * A plan line's label in a language, given the uplift as a formatted percentage.
 *
 * @example
 * seedLineLabel({ kind: 'uplift', value: 2803.44 }, en.seed, '6'); // 'Plus 6 % (no mobile phone, SIM-card deviations)'
 */
export function seedLineLabel(line: SeedLine, labels: SeedLabels, upliftPercent: string): string {
  if (line.kind === 'deduction') return labels.deduction(line.name);
  if (line.kind === 'uplift') return labels.uplift(upliftPercent);
  return labels[line.kind];
}

/**
 * The interval of a plan line from the draws, as [low, high] in the line's own sign (a
 * deduction's interval is negative, like its line), taking the outermost quantiles drawn; null
 * for lines without one (devices, days) or where the row has no such figure.
 *
 * @example
 * seedLineInterval({ kind: 'deduction', name: 'residents', value: -20000 }, summary.uncertainty.region);
 * // [-21072, -19349]: residents from 19 349 to 21 072 a day (p5 to p95)
 */
export function seedLineInterval(line: SeedLine, intervals: RowIntervals): [number, number] | null {
  const ends = (interval: Interval | null | undefined): [number, number] | null => {
    if (interval === null || interval === undefined) return null;
    const values = Object.values(interval);
    return [values[0]!, values[values.length - 1]!];
  };
  switch (line.kind) {
    case 'uplift':
      return ends(intervals.upliftPerDay);
    case 'deduction': {
      const range = ends(intervals.deductionsPerDay[line.name]);
      return range === null ? null : [-range[1], -range[0]];
    }
    case 'guestNightsPerDay':
      return ends(intervals.guestNightsPerDay);
    case 'guestNightsPerYear':
      return ends(intervals.guestNightsPerYear);
    default:
      return null;
  }
}
