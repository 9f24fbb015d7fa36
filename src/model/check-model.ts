import { ModelError } from '../errors.js';
import { extractRanges } from './extract-ranges.js';
import type { Model } from './model.js';
import { findModelProblems } from './model-schema.js';

/**
 * Check a model built in code as `readModel` checks a model file, and make it ready to estimate
 * with: the same `ModelError` (code `E_MODEL`, one problem per JSON path, the same messages) for
 * the same mistakes, named after `source` where a file would be named; ranges move to
 * `model.ranges`, their values staying in place, and a model without a name is called `source`.
 *
 * @example
 * const model = checkModel({ name: 'Hallingdal', uplift: 0.06, deductions: { residents: 20000 } });
 * checkModel({ uplift: -1, deductions: {} });
 * // throws ModelError: 'model: uplift must be a number ≥ 0, …'
 */
export function checkModel(model: unknown, source = 'model'): Model {
  const problems = findModelProblems(model);
  if (problems.length > 0) throw new ModelError(source, problems);
  const checked = extractRanges(model as Model);
  return { ...checked, name: checked.name ?? source };
}
