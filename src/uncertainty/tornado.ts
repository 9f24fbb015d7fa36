import type { ParameterRange } from '../model/model.js';

/** The normal distribution's 95th percentile: a normal range's low and high are its p5 and p95. */
const Z95 = 1.6448536269514722;

/** One bar of the tornado: the annual figure with one parameter at its low and its high. */
export interface TornadoBar {
  parameter: string;
  low: number;
  high: number;
  /** Guest-nights per year with the parameter at `low`, then at `high`, the others at their values. */
  atLow: number;
  atHigh: number;
  /** |atHigh − atLow|. */
  swing: number;
}

/**
 * One-at-a-time sensitivity: each parameter at its low and its high (a range's min and max; a
 * normal one's p5 and p95 before truncation, not below 0) with the others at their values,
 * sorted by swing, largest first (ties in model order).
 *
 * @example
 * tornado(model.ranges!, annual)[0].parameter; // 'deductions.dayTrippers' (fixtures/hallingdal/model-ranges.json)
 */
export function tornado(ranges: readonly ParameterRange[], annual: (parameters: ArrayLike<number>, at: number) => number): TornadoBar[] {
  const point = ranges.map((range) => range.value);
  const at = (parameter: number, value: number) =>
    annual(
      point.map((other, index) => (index === parameter ? value : other)),
      0,
    );
  const bars = ranges.map((range, parameter) => {
    const low = range.dist === 'normal' ? Math.max(0, range.value - Z95 * range.sd!) : range.min!;
    const high = range.dist === 'normal' ? range.value + Z95 * range.sd! : range.max!;
    const atLow = at(parameter, low);
    const atHigh = at(parameter, high);
    return { parameter: range.name, low, high, atLow, atHigh, swing: Math.abs(atHigh - atLow) };
  });
  return bars
    .map((bar, index) => ({ bar, index }))
    .sort((a, b) => b.bar.swing - a.bar.swing || a.index - b.index)
    .map(({ bar }) => bar);
}
