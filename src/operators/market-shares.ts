import { InputError } from '../errors.js';

/**
 * Market shares as a file or a model gives them: per operator, per area code, the share of the
 * people present who carry that operator's device, either one share for every year or one per
 * calendar year (`{ "2023": 0.41, "2024": 0.43 }`).
 */
export type MarketShares = Record<string, Record<string, number | Record<string, number>>>;

/** Shares resolved for a grid: one per operator, area and year, in typed-array order. */
export interface ShareTable {
  operators: string[];
  areaCount: number;
  /** The calendar year of year index 0. */
  firstYear: number;
  yearCount: number;
  /** `share[(operator × areaCount + area) × yearCount + year]`. */
  share: Float64Array;
}

/**
 * Look up every operator's share in every area and year of a grid, refusing what is missing:
 * an operator's count without its share estimates nothing, and a share guessed for it would
 * bias the combined estimate by the ratio of the guess to the truth, silently. A share must be
 * in (0, 1], and the operators' shares in an area and year must add up to at most 1, since
 * each person present carries one operator's device at most in the model (see docs/operators.md).
 *
 * @example
 * const table = resolveShares({ telia: { '3320': 0.4 }, telenor: { '3320': { '2024': 0.35 } } }, ['telia', 'telenor'], ['3320'], [2024]);
 * table.share; // Float64Array [0.4, 0.35]
 */
export function resolveShares(
  shares: MarketShares,
  operators: readonly string[],
  areaCodes: readonly string[],
  years: readonly number[],
  source = 'market shares',
): ShareTable {
  const firstYear = years[0]!;
  const yearCount = years.length;
  const share = new Float64Array(operators.length * areaCodes.length * yearCount);
  operators.forEach((operator, o) => {
    const byArea = shares[operator];
    if (byArea === undefined) {
      const given = Object.keys(shares).join(', ') || 'none';
      throw new InputError(
        'E_SHARE',
        `no market shares for operator "${operator}" (operators with shares: ${given}); every operator's counts need its share in every area and year`,
        { file: source, path: operator },
      );
    }
    areaCodes.forEach((area, a) => {
      const byYear = byArea[area];
      if (byYear === undefined)
        throw new InputError(
          'E_SHARE',
          `no market share for operator "${operator}" in area ${area}; every area needs one, as a count without its share estimates nothing`,
          { file: source, path: `${operator}.${area}` },
        );
      years.forEach((year, y) => {
        const value = typeof byYear === 'number' ? byYear : byYear[String(year)];
        const path = typeof byYear === 'number' ? `${operator}.${area}` : `${operator}.${area}.${year}`;
        if (value === undefined)
          throw new InputError(
            'E_SHARE',
            `no market share for operator "${operator}" in area ${area} in ${year}; give one per year the counts cover, or one for all years`,
            { file: source, path },
          );
        if (typeof value !== 'number' || !(value > 0 && value <= 1))
          throw new InputError('E_SHARE', `a market share must be a number in (0, 1], got ${JSON.stringify(value)}`, { file: source, path });
        share[(o * areaCodes.length + a) * yearCount + y] = value;
      });
    });
  });
  areaCodes.forEach((area, a) => {
    years.forEach((year, y) => {
      let sum = 0;
      for (let o = 0; o < operators.length; o++) sum += share[(o * areaCodes.length + a) * yearCount + y]!;
      // A little above 1 is rounding in a file of percentages; more is a mistake.
      if (sum > 1 + 1e-9)
        throw new InputError(
          'E_SHARE',
          `the market shares of ${operators.join(', ')} in area ${area} in ${year} add up to ${Number(sum.toFixed(4))}, more than 1`,
          { file: source, path: area },
        );
    });
  });
  return { operators: [...operators], areaCount: areaCodes.length, firstYear, yearCount, share };
}
