import { WITHHELD_MARK } from '../disclosure/suppression-status.js';
import type { DisclosureSummary } from '../summary/summary.js';
import type { Labels } from './labels/labels.js';
import type { LocaleFormat } from './locale-format.js';

/**
 * What disclosure control withheld and why, and what `WITHHELD_MARK` means, in the report's
 * language; empty when it is off.
 *
 * @example
 * disclosureNote(summary.disclosure, { labels, format }); // 'Personvern: hver telling under 16 enheter er skjermet (3 dager i områdene), …'
 */
export function disclosureNote(disclosure: DisclosureSummary | undefined, { labels, format }: { labels: Labels; format: LocaleFormat }): string {
  if (disclosure === undefined) return '';
  return labels.disclosureNote(format.whole(disclosure.minCount), format.whole(disclosure.primary), format.whole(disclosure.secondary), WITHHELD_MARK);
}
