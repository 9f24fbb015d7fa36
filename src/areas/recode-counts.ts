import type { CountColumns } from '../read/count-columns.js';
import type { CodeHistory } from './code-history.js';
import { recodeAreas } from './recode-areas.js';

/** Counts from `recodeCounts`: each row's area also as the file gave it, for messages. */
export interface RecodedCounts extends CountColumns {
  /** Each row's area as given: indices into `givenAreaCodes` (the input's own `area`, shared). */
  givenArea: Int32Array;
  givenAreaCodes: readonly string[];
}

/**
 * Give every row today's municipality code, so that rows under an old code (0620 Hol before
 * 2020) and under the new one (3330 Hol) form one series (`recodeAreas`: areas that end on the
 * same code become one area, named as the history names it, else by the first name the counts give). Rows
 * for the same area and date that this brings together (a merge, or a file that has both
 * codes for a day) are then a duplicate to `buildCountGrid`: an error unless
 * `onDuplicate: 'sum'` (a merge) or `'last'` says otherwise. The other columns are shared,
 * not copied; the rows' own codes stay readable for messages (`areaAsGiven`).
 *
 * @example
 * const recoded = recodeCounts(counts, BUILT_IN_CODE_HISTORY);
 * recoded.areaCodes; // ['3330'] for counts coded 0620 and 3330
 */
export function recodeCounts(columns: CountColumns, history: CodeHistory): RecodedCounts {
  const { newArea, areaCodes, areaNames } = recodeAreas(columns.areaCodes, columns.areaNames, history);
  // Counts recoded before keep the codes the file gave.
  const given = isRecoded(columns) ? columns : { givenArea: columns.area, givenAreaCodes: columns.areaCodes };
  return {
    ...columns,
    area: columns.area.map((area) => newArea[area]!),
    areaCodes,
    areaNames,
    givenArea: given.givenArea,
    givenAreaCodes: given.givenAreaCodes,
  };
}

/**
 * The area code a row was given in its file: an old code where `recodeCounts` changed it,
 * else the row's code.
 *
 * @example
 * givenAreaCode(recodeCounts(counts, BUILT_IN_CODE_HISTORY), 0); // '3040' for a first row coded 3040
 */
export function givenAreaCode(counts: CountColumns, row: number): string {
  return isRecoded(counts) ? counts.givenAreaCodes[counts.givenArea[row]!]! : counts.areaCodes[counts.area[row]!]!;
}

/**
 * A row's area for a message: its code, and today's code where the row was recoded.
 *
 * @example
 * areaAsGiven(recodeCounts(counts, BUILT_IN_CODE_HISTORY), 0); // '3040 (now 3322)' for a first row coded 3040
 */
export function areaAsGiven(counts: CountColumns, row: number): string {
  const code = counts.areaCodes[counts.area[row]!]!;
  const given = givenAreaCode(counts, row);
  return given === code ? code : `${given} (now ${code})`;
}

function isRecoded(counts: CountColumns): counts is RecodedCounts {
  return 'givenArea' in counts;
}
