import { ModelError, type ModelProblem } from '../errors.js';
import type { Model } from './model.js';

/**
 * Check that every `byArea` deduction lists exactly the areas in the counts: a missing area
 * would silently drop its deduction, an extra one would deduct people who were never counted.
 *
 * @example
 * checkModelAreas(model, ['3320', '3322'], 'model.json'); // throws ModelError if a map differs
 */
export function checkModelAreas(model: Model, areaCodes: readonly string[], file: string): void {
  const problems: ModelProblem[] = [];
  const counted = new Set(areaCodes);
  for (const [name, deduction] of Object.entries(model.deductions)) {
    if (typeof deduction === 'number') continue;
    const path = `deductions.${name}.byArea`;
    const missing = areaCodes.filter((code) => !(code in deduction.byArea));
    const extra = Object.keys(deduction.byArea).filter((code) => !counted.has(code));
    if (missing.length > 0) problems.push({ path, message: `${path} must list every area in the counts; missing ${missing.join(', ')}` });
    if (extra.length > 0) problems.push({ path, message: `${path} lists areas not in the counts: ${extra.join(', ')}` });
  }
  if (problems.length > 0) throw new ModelError(file, problems);
}
