import { currentArea, type CodeHistory } from './code-history.js';

/** Areas under today's codes: the new index of each old one, and the new areas' codes and names. */
export interface RecodedAreas {
  /** Per old area index (first-sight order), the index of its area under today's code. */
  newArea: Int32Array;
  areaCodes: string[];
  areaNames: string[];
  /** Each code the history gives a newer one, as `old → new`; empty when every code is today's. */
  joins: string[];
}

/**
 * Map areas to today's codes: areas that end on the same code become one area, named as the
 * history names it, else by the first name the counts give. The rows' reader and the grid's
 * scan both use it, so a file gives the same areas either way.
 *
 * @example
 * const { newArea, areaCodes } = recodeAreas(['0620', '3330'], ['Hol', 'Hol'], BUILT_IN_CODE_HISTORY);
 * areaCodes; // ['3330']; newArea: [0, 0]
 */
export function recodeAreas(oldCodes: readonly string[], oldNames: readonly string[], history: CodeHistory): RecodedAreas {
  const areaCodes: string[] = [];
  const areaNames: string[] = [];
  const joins: string[] = [];
  const areaOfCode = new Map<string, number>();
  const newArea = Int32Array.from(oldCodes, (code, area) => {
    const now = currentArea(history, code) ?? { code, name: '' };
    if (now.code !== code) joins.push(`${code} → ${now.code}`);
    let index = areaOfCode.get(now.code);
    if (index === undefined) {
      index = areaCodes.push(now.code) - 1;
      areaOfCode.set(now.code, index);
      areaNames.push(now.name);
    }
    if (areaNames[index] === '') areaNames[index] = oldNames[area] ?? '';
    return index;
  });
  return { newArea, areaCodes, areaNames, joins };
}
