import { dirname, resolve } from 'node:path';
import type { CountColumns } from '../read/count-columns.js';
import type { Model } from '../model/model.js';
import { BUILT_IN_CODE_HISTORY } from './built-in-code-history.js';
import { currentArea, type CodeHistory } from './code-history.js';
import { readCodeHistory } from './read-code-history.js';
import { recodeCounts } from './recode-counts.js';

/**
 * Counts with today's municipality codes: the model's `codeHistory` file (relative to the model
 * file) or the built-in table, the counts recoded where a code changed (or returned as they were),
 * and a note naming each join, or none when nothing changed.
 *
 * @example
 * const { counts: today, note } = await recodeToToday(counts, model, 'model.json');
 * note; // "old municipality codes joined with today's (built-in …): 0620 → 3330"
 */
export async function recodeToToday(counts: CountColumns, model: Model, modelFile: string): Promise<{ counts: CountColumns; history: CodeHistory; note?: string }> {
  const history = await codeHistoryOf(model, modelFile);
  const joins = joinsToToday(counts.areaCodes, history);
  if (joins.length === 0) return { counts, history };
  return { counts: recodeCounts(counts, history), history, note: `old municipality codes joined with today's (${history.source}): ${joins.join(', ')}` };
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
