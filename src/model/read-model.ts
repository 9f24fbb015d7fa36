import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ValidationError } from 'fastest-validator';
import { fileError, InputError, ModelError, type ModelProblem } from '../errors.js';
import type { Model } from './model.js';
import { checkModel } from './model-schema.js';
import { parseJson } from '../io/parse-json.js';
import { formatPercent } from '../format-percent.js';

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
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw fileError(file, 'read', error);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new InputError('E_JSON', 'the file is empty; expected a JSON object with uplift and deductions', { file, line: 1 });
  const parsed = parseJson(text.replace(/^\uFEFF/, ''), file);
  const result = checkModel(parsed);
  if (result !== true) throw new ModelError(file, describeProblems(result as ValidationError[]));
  const model = parsed as Model;
  const warnings =
    model.uplift > 1 ? [`${file}: uplift ${model.uplift} means +${formatPercent(model.uplift)} %; write 0.06 for 6 %`] : [];
  return { model: { ...model, name: model.name ?? basename(file, extname(file)) }, warnings };
}

/**
 * Turn fastest-validator's findings into one message per problem. A deduction may be a number
 * or an object, so a wrong value fails both alternatives: keep the alternative that got
 * further (a finding at or below that path), and merge two bare type mismatches into one.
 */
function describeProblems(errors: ValidationError[]): ModelProblem[] {
  const isBareType = (error: ValidationError) => error.type === 'number' || error.type === 'object';
  const specific = errors.filter((error) => !isBareType(error));
  const problems: ModelProblem[] = [];
  const merged = new Set<string>();
  for (const error of errors) {
    const path = error.field ?? '';
    if (isBareType(error)) {
      // Explained by a finding at this path, or by any finding deeper inside it.
      const explained = specific.some((other) => other.field === path) || errors.some((other) => (other.field ?? '').startsWith(`${path}.`));
      const alternatives = errors.filter((other) => other.field === path && isBareType(other));
      if (explained || merged.has(path)) continue;
      if (alternatives.length > 1) {
        merged.add(path);
        problems.push({ path, message: `${path} must be a number ≥ 0 or { "byArea": { "<area>": number } }, got ${JSON.stringify(error.actual)}` });
        continue;
      }
    }
    problems.push({ path, message: describe(error, path) });
  }
  return problems;
}

function describe(error: ValidationError, path: string): string {
  const got = `, got ${JSON.stringify(error.actual)}`;
  const subject = path === '' ? 'the model' : path;
  switch (error.type) {
    case 'required': return `${subject} is required`;
    case 'number': return `${subject} must be a number${got}`;
    case 'numberMin': return `${subject} must be ≥ ${error.expected}${got}`;
    case 'numberNotFinite': return `${subject} must be a finite number${got}`;
    case 'object': return `${subject} must be an object${got}`;
    case 'objectStrict': return `${subject} has unknown key "${error.actual}" (allowed: ${error.expected})`;
    case 'string': return `${subject} must be a string${got}`;
    case 'stringEmpty': return `${subject} must not be empty`;
    default: return `${subject}: ${error.message ?? error.type}`;
  }
}
