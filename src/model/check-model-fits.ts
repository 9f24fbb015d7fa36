import { ModelError, type ModelProblem } from '../errors.js';
import type { Model } from './model.js';

/** Column names of the daily outputs (daily.csv, .arrow, .parquet); a deduction named so would clash with one. */
const OUTPUT_COLUMNS = ['date', 'area', 'devices', 'persons', 'guestNights', 'filled', 'suppressed'];

/**
 * Check what the schema cannot: that every `byArea` deduction lists exactly the areas in the
 * counts (a missing area would silently drop its deduction, an extra one would deduct people
 * who were never counted), that segments named in the model are in the counts, and that no
 * deduction takes the name of an output column.
 *
 * @example
 * checkModelFits(model, ['3320', '3322'], 'model.json'); // throws ModelError listing every problem
 */
export function checkModelFits(model: Model, areaCodes: readonly string[], file: string, segmentNames: readonly string[] = []): void {
  const problems: ModelProblem[] = [];
  const counted = new Set(areaCodes);
  const segmentProblem = (path: string, segment: string) => {
    if (segmentNames.includes(segment)) return;
    const found = segmentNames.length > 0 ? `its segments are ${segmentNames.join(', ')}` : 'it has no segment column';
    problems.push({ path, message: `${path}: segment "${segment}" is not in the counts (${found})` });
  };
  if (typeof model.uplift === 'object') for (const segment of Object.keys(model.uplift.bySegment)) segmentProblem('uplift.bySegment', segment);
  for (const [name, deduction] of Object.entries(model.deductions)) {
    if (OUTPUT_COLUMNS.includes(name)) {
      problems.push({
        path: `deductions.${name}`,
        message: `deductions.${name}: "${name}" is an output column (${OUTPUT_COLUMNS.join(', ')}); give the deduction another name`,
      });
    }
    if (typeof deduction === 'object' && 'segment' in deduction) segmentProblem(`deductions.${name}.segment`, deduction.segment);
    if (typeof deduction !== 'object' || !('byArea' in deduction)) continue;
    const path = `deductions.${name}.byArea`;
    // Object.hasOwn, not `in`: an area coded "constructor" must not find Object.prototype's.
    const missing = areaCodes.filter((code) => !Object.hasOwn(deduction.byArea, code));
    const extra = Object.keys(deduction.byArea).filter((code) => !counted.has(code));
    if (missing.length > 0) problems.push({ path, message: `${path} must list every area in the counts; missing ${missing.join(', ')}` });
    if (extra.length > 0) problems.push({ path, message: `${path} lists areas not in the counts (by today's codes): ${extra.join(', ')}` });
  }
  if (problems.length > 0) throw new ModelError(file, problems);
}
