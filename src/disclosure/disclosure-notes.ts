import type { DisclosureSummary } from '../summary/summary.js';
import { DEFAULT_THRESHOLD } from './suppression-status.js';

/**
 * What a run tells its user of disclosure control: what it withheld and why (nothing when it
 * withheld nothing), or, when it is off (`minCount` 0), that the outputs are not for publication.
 *
 * @example
 * disclosureNotes({ minCount: 16, primary: 3, secondary: 2 });
 * // ['disclosure control: 3 area-days with fewer than 16 devices withheld (primary), and 2 region days with them (secondary); sums and means cover the other days']
 * disclosureNotes(undefined); // ['disclosure control is off (--min-count 0): …']
 */
export function disclosureNotes(disclosure: DisclosureSummary | undefined): string[] {
  if (disclosure === undefined)
    return [`disclosure control is off (--min-count 0): counts below ${DEFAULT_THRESHOLD} devices are in the outputs as they are; do not publish them`];
  const { minCount, primary, secondary } = disclosure;
  if (primary === 0) return [];
  const days = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
  return [
    `disclosure control: ${days(primary, 'area-day')} with fewer than ${minCount} devices withheld (primary), and ${days(secondary, 'region day')} with them (secondary); sums and means cover the other days`,
  ];
}
