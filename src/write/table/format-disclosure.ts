import { hasWithheld } from '../../disclosure/withheld-days.js';
import { WITHHELD_MARK } from '../../disclosure/suppression-status.js';
import { en } from '../../report/labels/en.js';
import type { DisclosureSummary } from '../../summary/summary.js';
import { formatWhole } from './format-whole.js';

/**
 * The printed tables' legend of disclosure control, where it withheld something: what was
 * withheld and why, and what `WITHHELD_MARK` means. A run that withheld nothing (or ran without
 * it) prints no legend, so its tables read as they always have.
 *
 * @example
 * formatDisclosure({ minCount: 16, primary: 3, secondary: 2 }); // ['Disclosure control: every count below 16 devices is withheld (3 area-days), …']
 */
export function formatDisclosure(disclosure: DisclosureSummary | undefined): string[] {
  if (disclosure === undefined || !hasWithheld({ disclosure })) return [];
  const { minCount, primary, secondary } = disclosure;
  return [en.disclosureNote(formatWhole(minCount), formatWhole(primary), formatWhole(secondary), WITHHELD_MARK)];
}
