import { basename, extname } from 'node:path';
import { InputError, ModelError } from '../errors.js';
import { MAX_MODEL_BYTES, readInputFile } from '../read/read-input-file.js';
import type { Model } from './model.js';
import { findModelProblems } from './model-schema.js';
import { extractRanges } from './extract-ranges.js';
import { parseJson } from '../read/parse-json.js';
import { formatPercent } from '../write/table/format-percent.js';

/** A model read from a file, with warnings worth telling the user. */
export interface ModelRead {
  model: Model;
  warnings: string[];
}

/**
 * Read and validate a model JSON file. Syntax errors name the line and column; schema errors
 * name the JSON path (`deductions.residents must be a number ≥ 0`). `name` defaults to the
 * file's base name. An uplift above 1 is allowed but warned about: it is almost surely a
 * percentage written where a share was meant (6 for 0.06).
 *
 * @example
 * const { model } = await readModel('fixtures/hallingdal/model.json');
 * model.uplift; // 0.06
 */
export async function readModel(file: string): Promise<ModelRead> {
  const text = (await readInputFile(file, '--model', MAX_MODEL_BYTES)).toString('utf8');
  if (text.replace(/^\uFEFF/, '').trim() === '')
    throw new InputError('E_JSON', 'the file is empty; expected a JSON object with uplift and deductions', { file, line: 1 });
  const parsed = parseJson(text.replace(/^\uFEFF/, ''), file);
  const problems = findModelProblems(parsed);
  if (problems.length > 0) throw new ModelError(file, problems);
  // Ranges move to `model.ranges`; their values stay in place for the point estimate.
  const model = withNullPrototypes(extractRanges(parsed as Model));
  const uplifts = typeof model.uplift === 'number' ? [model.uplift] : [model.uplift.default, ...Object.values(model.uplift.bySegment)];
  const warnings = uplifts.filter((uplift) => uplift > 1).map((uplift) => `${file}: uplift ${uplift} means +${formatPercent(uplift)} %; write 0.06 for 6 %`);
  return { model: { ...model, name: model.name ?? basename(file, extname(file)) }, warnings };
}

/**
 * The model's maps keyed by names from the file (deductions, `byArea`, `bySegment`) as objects
 * without a prototype: an area or segment called `constructor` finds nothing it was not given.
 */
function withNullPrototypes(model: Model): Model {
  const bare = <T extends object>(record: T): T => Object.assign(Object.create(null) as T, record);
  const deductions = bare(model.deductions);
  for (const [name, deduction] of Object.entries(deductions)) {
    if (typeof deduction === 'object' && 'byArea' in deduction) deductions[name] = { ...deduction, byArea: bare(deduction.byArea) };
  }
  const uplift = typeof model.uplift === 'number' ? model.uplift : { ...model.uplift, bySegment: bare(model.uplift.bySegment) };
  return { ...model, uplift, deductions };
}
