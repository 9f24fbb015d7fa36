import type { CountColumns } from '../read/count-columns.js';
import { currentArea, type CodeHistory } from './code-history.js';

/**
 * Give every row today's municipality code, so that rows under an old code (0620 Hol before
 * 2020) and under the new one (3330 Hol) form one series. Areas that end on the same code
 * become one area, named as the history names it, else by the first name the counts give. Rows
 * for the same area and date that this brings together (a merge, or a file that has both
 * codes for a day) are then a duplicate to `buildCountGrid`: an error unless
 * `onDuplicate: 'sum'` (a merge) or `'last'` says otherwise. The other columns are shared,
 * not copied.
 *
 * @example
 * const recoded = recodeCounts(counts, BUILT_IN_CODE_HISTORY);
 * recoded.areaCodes; // ['3330'] for counts coded 0620 and 3330
 */
export function recodeCounts(columns: CountColumns, history: CodeHistory): CountColumns {
  const areaCodes: string[] = [];
  const areaNames: string[] = [];
  const areaOfCode = new Map<string, number>();
  // The new area of each old area index.
  const newArea = Int32Array.from(columns.areaCodes, (code, area) => {
    const now = currentArea(history, code) ?? { code, name: '' };
    let index = areaOfCode.get(now.code);
    if (index === undefined) {
      index = areaCodes.push(now.code) - 1;
      areaOfCode.set(now.code, index);
      areaNames.push(now.name);
    }
    if (areaNames[index] === '') areaNames[index] = columns.areaNames[area] ?? '';
    return index;
  });
  return { ...columns, area: columns.area.map((area) => newArea[area]!), areaCodes, areaNames };
}
