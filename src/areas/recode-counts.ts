import type { CountColumns } from '../read/count-columns.js';
import type { CodeHistory } from './code-history.js';
import { recodeAreas } from './recode-areas.js';

/**
 * Give every row today's municipality code, so that rows under an old code (0620 Hol before
 * 2020) and under the new one (3330 Hol) form one series (`recodeAreas`). Rows for the same
 * area and date that this brings together (a merge, or a file that has both codes for a day)
 * are then a duplicate to `buildCountGrid`: an error unless `onDuplicate: 'sum'` (a merge) or
 * `'last'` says otherwise. The other columns are shared, not copied.
 *
 * @example
 * const recoded = recodeCounts(counts, BUILT_IN_CODE_HISTORY);
 * recoded.areaCodes; // ['3330'] for counts coded 0620 and 3330
 */
export function recodeCounts(columns: CountColumns, history: CodeHistory): CountColumns {
  const { newArea, areaCodes, areaNames } = recodeAreas(columns.areaCodes, columns.areaNames, history);
  return { ...columns, area: columns.area.map((area) => newArea[area]!), areaCodes, areaNames };
}
