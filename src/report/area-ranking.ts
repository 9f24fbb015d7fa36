import { compareCodes } from '../grid/count-grid.js';
import type { Summary } from '../summary/summary.js';

/** The areas by a figure, largest first, and which figure. */
export interface AreaRanking {
  /** Area codes, largest figure first (areas without one last, by code). */
  codes: string[];
  /** Guest-nights per year, or persons present per day when no area has guest-nights (a region-wide deduction). */
  measure: 'guestNightsPerYear' | 'personsPerDay';
  value: (code: string) => number | null;
}

/**
 * The areas ranked by guest-nights per year, or by persons present per day when no area has
 * guest-nights; ties and areas without a figure in code order.
 *
 * @example
 * rankAreas(summary).codes.slice(0, 3); // the three areas with the most guest-nights per year
 */
export function rankAreas(summary: Summary): AreaRanking {
  const codes = Object.keys(summary.areas).sort(compareCodes);
  const measure = codes.some((code) => summary.areas[code]!.guestNightsPerYear !== null) ? 'guestNightsPerYear' : 'personsPerDay';
  const value = (code: string) => summary.areas[code]![measure];
  const ranked = [...codes].sort((a, b) => (value(b) ?? -Infinity) - (value(a) ?? -Infinity) || compareCodes(a, b));
  return { codes: ranked, measure, value };
}
