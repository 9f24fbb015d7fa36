import FastestValidator, { type ValidationError } from 'fastest-validator';
import type { ModelProblem } from '../errors.js';
import { parseDay } from '../day-number.js';
import { calendarSchema } from '../calendar/calendar-schema.js';

// The package is CommonJS (`module.exports = Validator`) but its types declare an ES default
// export; under NodeNext the default import is the class itself at run time.
const Validator = FastestValidator as unknown as typeof FastestValidator.default;
const validator = new Validator({ haltOnFirstError: false });

const nonNegative = { type: 'number', min: 0, finite: true, convert: false } as const;
const byKey = (value: object) => ({ type: 'record', key: { type: 'string', empty: false }, value }) as const;
const path = { type: 'string', empty: false } as const;
const isoDate = { type: 'string', pattern: /^\d{4}-\d{2}-\d{2}$/, messages: { stringPattern: 'YYYY-MM-DD' } } as const;

/** Weekday, month and dated factors: any form with a base value may carry them. */
const profile = {
  weekday: { type: 'array', optional: true, length: 7, items: nonNegative },
  month: { type: 'array', optional: true, length: 12, items: nonNegative },
  periods: { type: 'array', optional: true, items: { type: 'object', strict: true, props: { from: isoDate, to: isoDate, factor: nonNegative } } },
} as const;

/**
 * The forms a deduction object may take, told apart by the one key that names the form. Each is
 * checked on its own, so a problem is reported against the form the user meant.
 */
const DEDUCTION_FORMS = {
  value: { $$strict: true, value: nonNegative, ...profile },
  byArea: { $$strict: true, byArea: byKey(nonNegative), ...profile },
  population: { $$strict: true, population: path, ...profile },
  file: { $$strict: true, file: path },
  segment: { $$strict: true, segment: { type: 'string', empty: false } },
} as const;
type Form = keyof typeof DEDUCTION_FORMS;
const FORM_KEYS = Object.keys(DEDUCTION_FORMS) as Form[];
const checkForm = Object.fromEntries(FORM_KEYS.map((form) => [form, validator.compile(DEDUCTION_FORMS[form] as object)])) as Record<Form, ReturnType<typeof validator.compile>>;

const checkTop = validator.compile({
  $$strict: true,
  name: { type: 'string', optional: true, empty: false },
  uplift: { type: 'any' },
  deductions: byKey({ type: 'any' }),
  fill: { type: 'enum', optional: true, values: ['none', 'interpolate', 'weekdayMean'] },
  codeHistory: { type: 'string', optional: true, empty: false },
  calendar: calendarSchema,
});
const checkUpliftObject = validator.compile({ $$strict: true, default: nonNegative, bySegment: byKey(nonNegative) });
const checkNumber = validator.compile({ $$root: true, ...nonNegative });

/**
 * Check a parsed model: the list of problems, each with its JSON path and a message that says
 * what was expected (empty when the model is valid). Unknown keys are refused, so a misspelt
 * option does not pass unnoticed; dates in `periods` must exist and run forwards.
 *
 * @example
 * checkModel({ uplift: 0.06, deductions: { residents: 20000 } }); // []
 * checkModel({ uplift: 0.06, deductions: { workers: { value: 1000, weekday: [1, 1] } } });
 * // [{ path: 'deductions.workers.weekday', message: 'deductions.workers.weekday must have 7 items, got 2' }]
 */
export function checkModel(model: unknown): ModelProblem[] {
  const problems = findings(checkTop(model), '');
  if (problems.length > 0) return problems;
  const { uplift, deductions } = model as { uplift: unknown; deductions: Record<string, unknown> };
  problems.push(...checkEither(uplift, 'uplift', checkUpliftObject, '{ "default": number, "bySegment": { "<segment>": number } }'));
  for (const [name, deduction] of Object.entries(deductions)) problems.push(...checkDeduction(deduction, `deductions.${name}`));
  return problems;
}

function checkDeduction(deduction: unknown, at: string): ModelProblem[] {
  const forms = typeof deduction === 'object' && deduction !== null && !Array.isArray(deduction) ? FORM_KEYS.filter((key) => Object.hasOwn(deduction, key)) : [];
  if (forms.length !== 1 || typeof deduction === 'number') {
    const expected = `a number ≥ 0 or an object with one of ${FORM_KEYS.join(', ')}`;
    if (typeof deduction === 'number') return findings(checkNumber(deduction), at);
    const got = forms.length > 1 ? `both ${forms.join(' and ')}` : JSON.stringify(deduction);
    return [{ path: at, message: `${at} must be ${expected}, got ${got}` }];
  }
  const problems = findings(checkForm[forms[0]!](deduction), at);
  const periods = (deduction as { periods?: Array<{ from: string; to: string }> }).periods;
  if (problems.length === 0 && periods !== undefined) {
    periods.forEach(({ from, to }, index) => {
      const where = `${at}.periods[${index}]`;
      const [first, last] = [parseDay(from), parseDay(to)];
      if (first === undefined) problems.push({ path: `${where}.from`, message: `${where}.from is not a date: ${from}` });
      if (last === undefined) problems.push({ path: `${where}.to`, message: `${where}.to is not a date: ${to}` });
      if (first !== undefined && last !== undefined && last < first) problems.push({ path: where, message: `${where} ends (${to}) before it starts (${from})` });
    });
  }
  return problems;
}

/** A number ≥ 0, or an object checked by `checkObject`. */
function checkEither(value: unknown, at: string, checkObject: (value: unknown) => unknown, objectForm: string): ModelProblem[] {
  if (typeof value === 'number') return findings(checkNumber(value), at);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return findings(checkObject(value), at);
  return [{ path: at, message: `${at} must be a number ≥ 0 or ${objectForm}, got ${JSON.stringify(value)}` }];
}

/** fastest-validator's findings as problems, their paths under `at`. */
function findings(result: unknown, at: string): ModelProblem[] {
  if (result === true) return [];
  return (result as ValidationError[]).map((error) => {
    const field = error.field === undefined || error.field === '$$root' ? '' : error.field;
    const path = at === '' ? field : field === '' ? at : `${at}.${field}`;
    return { path, message: describe(error, path) };
  });
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
    case 'array': return `${subject} must be a list${got}`;
    case 'arrayLength': return `${subject} must have ${error.expected} items, got ${error.actual}`;
    case 'string': return `${subject} must be a string${got}`;
    case 'stringEmpty': return `${subject} must not be empty`;
    case 'enumValue': return `${subject} must be one of ${error.expected}${got}`;
    case 'stringPattern': return `${subject} must be a date YYYY-MM-DD${got}`;
    default: return `${subject}: ${error.message ?? error.type}`;
  }
}
