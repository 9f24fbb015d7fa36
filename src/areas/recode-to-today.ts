import { dirname, resolve } from 'node:path';
import type { CountColumns } from '../read/count-columns.js';
import type { Model } from '../model/model.js';
import { BUILT_IN_CODE_HISTORY } from './built-in-code-history.js';
import { currentArea, type CodeHistory } from './code-history.js';
import { readCodeHistory } from './read-code-history.js';
import { recodeCounts } from './recode-counts.js';

/**
 * Counts with today's municipality codes: recoded where the history gives a code a newer one
 * (or returned as they were), and a note naming each join, or none when nothing changed.
 *
 * @example
 * const { counts: today, note } = recodeToToday(counts, BUILT_IN_CODE_HISTORY);
 * note; // "old municipality codes joined with today's (built-in …): 0620 → 3330"
 */
export function recodeToToday(counts: CountColumns, history: CodeHistory): { counts: CountColumns; note?: string } {
  const joins = joinsToToday(counts.areaCodes, history);
  if (joins.length === 0) return { counts };
  return { counts: recodeCounts(counts, history), note: joinedNote(joins, history) };
}

/**
 * The note that names each old code joined with today's.
 *
 * @example
 * joinedNote(['0620 → 3330'], BUILT_IN_CODE_HISTORY); // "old municipality codes joined with today's (built-in code history): 0620 → 3330"
 */
export function joinedNote(joins: readonly string[], history: CodeHistory): string {
  return `old municipality codes joined with today's (${history.source}): ${joins.join(', ')}`;
}

/**
 * The code history a model uses: its `codeHistory` file (relative to the model file), or the built-in table.
 *
 * @example
 * (await codeHistoryOf({ name: 'm', uplift: 0, deductions: {} }, 'model.json')).source; // the built-in table's
 */
export async function codeHistoryOf(model: Model, modelFile: string): Promise<CodeHistory> {
  return model.codeHistory === undefined ? BUILT_IN_CODE_HISTORY : readCodeHistory(resolve(dirname(modelFile), model.codeHistory));
}

/**
 * Each area code the history gives a newer code, as `old → new`; none when every code is today's.
 *
 * @example
 * joinsToToday(['0620', '3330'], BUILT_IN_CODE_HISTORY); // ['0620 → 3330']
 */
export function joinsToToday(areaCodes: readonly string[], history: CodeHistory): string[] {
  return areaCodes.flatMap((code) => {
    const now = currentArea(history, code)?.code ?? code;
    return now === code ? [] : [`${code} → ${now}`];
  });
}
