import FastestValidator, { type ValidationError } from 'fastest-validator';
import { showValue, type ModelProblem } from '../errors.js';
import { findHiddenCharacter } from '../read/hidden-characters.js';
import { formatDay, parseDay } from '../clock/day-number.js';
import { calendarSchema } from '../calendar/calendar-schema.js';
import { COUNTS_COLUMNS, TEXT_ENCODINGS } from '../read/counts-layout.js';

// The package is CommonJS (`module.exports = Validator`) but its types declare an ES default
// export; under NodeNext the default import is the class itself at run time.
const Validator = FastestValidator as unknown as typeof FastestValidator.default;
// null is a value here: fastest-validator would otherwise let it stand for an optional key left out.
const validator = new Validator({ haltOnFirstError: false, considerNullAsAValue: true });

type Rule = Record<string, unknown>;

/** What a rule expects, as its message for a null says: `calendar must be an object, got null`. */
function expected(rule: Rule): string {
  if (rule.type === 'enum') return `one of ${(rule.values as string[]).join(', ')}`;
  return { object: 'an object', record: 'an object', array: 'a list', number: 'a number', string: 'a string' }[rule.type as string] ?? String(rule.type);
}

/**
 * `rule` and every rule within it refusing null, optional or not (JSON's null is no way to leave a
 * key out), the message naming what was expected. `any` rules take null: the checks after the
 * schema say what they expect there.
 */
function refuseNull(rule: Rule): Rule {
  if (rule.type === 'any') return rule;
  const refused = { ...rule, nullable: false, messages: { ...(rule.messages as object), required: expected(rule) } };
  if (rule.props !== undefined) return { ...refused, props: eachRule(rule.props as Rule) };
  const entries = rule.type === 'array' ? 'items' : rule.type === 'record' ? 'value' : undefined;
  if (entries === undefined || (rule[entries] as Rule).type === 'any') return refused;
  // fastest-validator would report a null item against the list's path: the list's own check names its index.
  const entry = refuseNull(rule[entries] as Rule);
  if (rule.custom !== undefined) throw new Error('refuseNull: a list or record with its own custom check');
  return { ...refused, [entries]: { ...entry, nullable: true }, custom: nullEntries(expected(entry)) };
}

/**
 * A custom check (fastest-validator's old signature) of a list's or record's null entries, each
 * an error of type `null` whose `expected` holds the entry's path below the container.
 */
const nullEntries = (what: string) => (value: unknown) => {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value)
    .filter(([, entry]) => entry === null)
    .map(([key]) => ({ type: 'null', actual: null, expected: Array.isArray(value) ? `[${key}]` : `.${key}`, message: what }));
};

/** A schema's rules (its keys but the `$$` ones) refusing null; a `$$root` schema is one rule. */
function eachRule(schema: Rule): Rule {
  if (schema.$$root === true) return refuseNull(schema);
  return Object.fromEntries(Object.entries(schema).map(([key, rule]) => [key, key.startsWith('$$') ? rule : refuseNull(rule as Rule)]));
}

const compile = (schema: object) => validator.compile(eachRule(schema as Rule));

const nonNegative = { type: 'number', min: 0, finite: true, convert: false } as const;
const byKey = (value: object) => ({ type: 'record', key: { type: 'string', empty: false }, value }) as const;
const path = { type: 'string', empty: false } as const;
const isoDate = { type: 'string', pattern: /^\d{4}-\d{2}-\d{2}$/, messages: { stringPattern: 'YYYY-MM-DD' } } as const;

// A value that may be a range: checked by `checkRanged` once the form around it has passed.
const ranged = { type: 'any' } as const;
/** The keys that make a value a range, beside `value`. */
const rangeKeys = {
  min: { ...nonNegative, optional: true },
  max: { ...nonNegative, optional: true },
  sd: { type: 'number', positive: true, finite: true, convert: false, optional: true },
  dist: { type: 'enum', optional: true, values: ['triangular', 'uniform', 'normal'] },
} as const;
const RANGE_FORM = '{ "value", "min", "max" } or { "value", "sd" }';

/**
 * The largest values a model may give, far beyond any real one, so that every figure stays finite
 * (1e308 deducted twice printed -Infinity). A deduction: 1e9 persons a day, more than the world
 * has. The uplift: 100 persons per device (above 1 is already warned about). A weekday, month or
 * period factor: 1000; the periods covering one day, which multiply, 1e6 together. A range is
 * held to them by its value, min, max and sd.
 */
const BOUNDS = { persons: 1e9, uplift: 100, factor: 1000, periods: 1e6 } as const;
/** The most persons a day a deduction may take away, in the model or in a file it names (`BOUNDS`). */
export const MOST_PERSONS_PER_DAY = BOUNDS.persons;
/** A bound as messages write it: 1e9, 1000. */
const showBound = (bound: number) => (bound >= 1e6 ? bound.toExponential().replace('e+', 'e') : String(bound));

/** Weekday, month and dated factors: any form with a base value may carry them, each factor a number or a range. */
const profile = {
  weekday: { type: 'array', optional: true, length: 7, items: ranged },
  month: { type: 'array', optional: true, length: 12, items: ranged },
  periods: { type: 'array', optional: true, items: { type: 'object', strict: true, props: { from: isoDate, to: isoDate, factor: ranged } } },
} as const;

/**
 * The forms a deduction object may take, told apart by the one key that names the form. Each is
 * checked on its own, so a problem is reported against the form the user meant.
 */
const DEDUCTION_FORMS = {
  value: { $$strict: true, value: nonNegative, ...rangeKeys, ...profile },
  byArea: { $$strict: true, byArea: byKey(ranged), ...profile },
  population: { $$strict: true, population: path, ...profile },
  file: { $$strict: true, file: path },
  segment: { $$strict: true, segment: { type: 'string', empty: false } },
} as const;
type Form = keyof typeof DEDUCTION_FORMS;
const FORM_KEYS = Object.keys(DEDUCTION_FORMS) as Form[];
const checkForm = Object.fromEntries(FORM_KEYS.map((form) => [form, compile(DEDUCTION_FORMS[form])])) as Record<Form, ReturnType<typeof validator.compile>>;

const checkTop = compile({
  $$strict: true,
  name: { type: 'string', optional: true, empty: false },
  uplift: { type: 'any' },
  deductions: byKey({ type: 'any' }),
  fill: { type: 'enum', optional: true, values: ['none', 'interpolate', 'weekdayMean'] },
  minCount: { type: 'number', optional: true, integer: true, min: 0, convert: false },
  codeHistory: { type: 'string', optional: true, empty: false },
  calendar: calendarSchema,
  counts: {
    type: 'object',
    optional: true,
    strict: true,
    props: {
      columns: {
        type: 'object',
        optional: true,
        strict: true,
        props: Object.fromEntries(COUNTS_COLUMNS.map((column) => [column, { ...path, optional: true }])),
      },
      encoding: { type: 'enum', optional: true, values: [...TEXT_ENCODINGS] },
      suppressed: { type: 'array', optional: true, items: { type: 'string', empty: false } },
    },
  },
});
const checkSegmentUplift = compile({ $$strict: true, default: ranged, bySegment: byKey(ranged) });
const checkRange = compile({ $$strict: true, value: nonNegative, ...rangeKeys });
// The uplift's range may reach below 0: fewer persons than devices, where many carry two.
const upliftBound = { type: 'number', min: -0.5, finite: true, convert: false, optional: true } as const;
const checkUpliftRange = compile({ $$strict: true, value: nonNegative, ...rangeKeys, min: upliftBound, max: upliftBound });
const checkNumber = compile({ $$root: true, ...nonNegative });

/**
 * Check a parsed model: the list of problems, each with its JSON path and a message that says
 * what was expected (empty when the model is valid). Unknown keys are refused, so a misspelt
 * option does not pass unnoticed; null is no value; dates in `periods` must exist and run
 * forwards; numbers stay within `BOUNDS`.
 *
 * @example
 * findModelProblems({ uplift: 0.06, deductions: { residents: 20000 } }); // []
 * findModelProblems({ uplift: 0.06, deductions: { workers: { value: 1000, weekday: [1, 1] } } });
 * // [{ path: 'deductions.workers.weekday', message: 'deductions.workers.weekday must have 7 items, got 2' }]
 */
export function findModelProblems(model: unknown): ModelProblem[] {
  // Names first: fastest-validator copies records by assignment, where a `__proto__` key vanishes.
  const names = checkAllNames(model);
  if (names.length > 0) return names;
  const problems = findings(checkTop(model), '');
  if (problems.length > 0) return problems;
  const { uplift, deductions } = model as { uplift: unknown; deductions: Record<string, unknown> };
  problems.push(...checkUplift(uplift));
  for (const [name, deduction] of Object.entries(deductions)) problems.push(...checkDeduction(deduction, `deductions.${name}`));
  return problems;
}

/** Names every JavaScript object has as properties: as data they would reach into the object's prototype. */
const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** The names a model gives: deductions', `bySegment`'s and every `byArea`'s keys. */
function checkAllNames(model: unknown): ModelProblem[] {
  if (!isObject(model)) return [];
  const { uplift, deductions } = model as { uplift?: unknown; deductions?: unknown };
  const problems: ModelProblem[] = [];
  if (isObject(uplift) && isObject((uplift as { bySegment?: unknown }).bySegment)) {
    problems.push(...checkNames(Object.keys((uplift as { bySegment: object }).bySegment), 'uplift.bySegment', 'a segment name'));
  }
  if (!isObject(deductions)) return problems;
  problems.push(...checkNames(Object.keys(deductions), 'deductions', 'a deduction name'));
  for (const [name, deduction] of Object.entries(deductions)) {
    if (isObject(deduction) && isObject((deduction as { byArea?: unknown }).byArea)) {
      problems.push(...checkNames(Object.keys((deduction as { byArea: object }).byArea), `deductions.${name}.byArea`, 'an area code'));
    }
  }
  return problems;
}

/** Names are data: none of `RESERVED_NAMES`, and no control or invisible characters that would hide in a table. */
function checkNames(names: string[], at: string, what: string): ModelProblem[] {
  return names.flatMap((name) => {
    if (RESERVED_NAMES.has(name)) return [{ path: `${at}.${name}`, message: `${at}: "${name}" cannot be ${what} (JavaScript reserves it on every object)` }];
    const hidden = findHiddenCharacter(name);
    if (hidden !== undefined) return [{ path: `${at}.${showValue(name)}`, message: `${at}: ${what} ${JSON.stringify(showValue(name))} holds ${hidden}` }];
    return [];
  });
}

/** The uplift: a number, a range, or `{ default, bySegment }` whose values are numbers or ranges. */
function checkUplift(uplift: unknown): ModelProblem[] {
  if (isObject(uplift) && Object.hasOwn(uplift, 'default')) {
    const problems = findings(checkSegmentUplift(uplift), 'uplift');
    if (problems.length > 0) return problems;
    const { default: share, bySegment } = uplift as { default: unknown; bySegment: Record<string, unknown> };
    return [
      ...checkRanged(share, 'uplift.default', BOUNDS.uplift, checkUpliftRange),
      ...Object.entries(bySegment).flatMap(([segment, value]) => checkRanged(value, `uplift.bySegment.${segment}`, BOUNDS.uplift, checkUpliftRange)),
    ];
  }
  if (typeof uplift === 'number' || (isObject(uplift) && Object.hasOwn(uplift, 'value'))) return checkRanged(uplift, 'uplift', BOUNDS.uplift, checkUpliftRange);
  return [
    {
      path: 'uplift',
      message: `uplift must be a number ≥ 0, a range ${RANGE_FORM}, or { "default", "bySegment": { "<segment>": … } }, got ${showValue(String(JSON.stringify(uplift)))}`,
    },
  ];
}

/**
 * A number from 0 to `bound`, or a range around a value: `{ value, min, max [, dist: "uniform"] }`
 * or `{ value, sd }` (checked by `check`: an uplift's bounds may lie below 0), no key above `bound`.
 */
function checkRanged(value: unknown, at: string, bound: number, check = checkRange): ModelProblem[] {
  if (typeof value === 'number') {
    const problems = findings(checkNumber(value), at);
    return problems.length > 0 ? problems : checkBound(value, at, bound);
  }
  if (!isObject(value)) return [{ path: at, message: `${at} must be a number ≥ 0 or a range ${RANGE_FORM}, got ${showValue(String(JSON.stringify(value)))}` }];
  const problems = findings(check(value), at);
  return problems.length > 0 ? problems : checkRangeKeys(value as RangeKeys, at, bound);
}

/** A number no larger than `bound` (one of `BOUNDS`). */
function checkBound(value: number, at: string, bound: number): ModelProblem[] {
  return value > bound ? [{ path: at, message: `${at} must be ≤ ${showBound(bound)}, got ${value}` }] : [];
}

interface RangeKeys {
  value: number;
  min?: number;
  max?: number;
  sd?: number;
  dist?: string;
}

/** The range keys beside a `value` make sense together: none above `bound`, both bounds around the value, or a spread; a distribution that fits them. */
function checkRangeKeys(range: RangeKeys, at: string, bound: number): ModelProblem[] {
  const above = (['value', 'min', 'max', 'sd'] as const).flatMap((key) => (range[key] === undefined ? [] : checkBound(range[key], `${at}.${key}`, bound)));
  if (above.length > 0) return above;
  const { value, min, max, sd, dist } = range;
  const problem = (message: string) => [{ path: at, message: `${at}: ${message}` }];
  const bounded = min !== undefined || max !== undefined;
  if (bounded && sd !== undefined) return problem('give min and max, or sd, not both');
  if (bounded && (min === undefined || max === undefined)) return problem(`a range needs both min and max, got only ${min === undefined ? 'max' : 'min'}`);
  if (bounded && !(min! <= value && value <= max!)) return problem(`value ${value} must lie between min ${min} and max ${max}`);
  if (dist === 'normal' && sd === undefined) return problem('dist "normal" needs sd');
  if (dist !== undefined && dist !== 'normal' && !bounded) return problem(`dist "${dist}" needs min and max`);
  if (dist !== undefined && dist !== 'normal' && sd !== undefined) return problem(`dist "${dist}" takes min and max, not sd`);
  return [];
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkDeduction(deduction: unknown, at: string): ModelProblem[] {
  const forms =
    typeof deduction === 'object' && deduction !== null && !Array.isArray(deduction) ? FORM_KEYS.filter((key) => Object.hasOwn(deduction, key)) : [];
  if (forms.length !== 1 || typeof deduction === 'number') {
    const expected = `a number ≥ 0 or an object with one of ${FORM_KEYS.join(', ')}`;
    if (typeof deduction === 'number') return checkRanged(deduction, at, BOUNDS.persons);
    const got = forms.length > 1 ? `both ${forms.join(' and ')}` : JSON.stringify(deduction);
    return [{ path: at, message: `${at} must be ${expected}, got ${got}` }];
  }
  const problems = findings(checkForm[forms[0]!](deduction), at);
  if (problems.length > 0) return problems;
  problems.push(...checkRangedValues(deduction as RangedDeduction, at));
  const periods = (deduction as { periods?: Array<{ from: string; to: string }> }).periods;
  if (periods !== undefined) {
    periods.forEach(({ from, to }, index) => {
      const where = `${at}.periods[${index}]`;
      const [first, last] = [parseDay(from), parseDay(to)];
      if (first === undefined) problems.push({ path: `${where}.from`, message: `${where}.from is not a date: ${from}` });
      if (last === undefined) problems.push({ path: `${where}.to`, message: `${where}.to is not a date: ${to}` });
      if (first !== undefined && last !== undefined && last < first)
        problems.push({ path: where, message: `${where} ends (${to}) before it starts (${from})` });
    });
    if (problems.length === 0) problems.push(...checkPeriodsTogether(periods as Array<{ from: string; to: string; factor: unknown }>, `${at}.periods`));
  }
  return problems;
}

/**
 * The factors of the periods covering one day multiply: each at its most (see `mostOf`), they may
 * not come to more than `BOUNDS.periods` on any day.
 */
function checkPeriodsTogether(periods: Array<{ from: string; to: string; factor: unknown }>, at: string): ModelProblem[] {
  // Logarithms added and taken away, which cannot overflow where the product could; factors below 1 only lower it.
  const changes = periods.flatMap(({ from, to, factor }) => {
    const log = Math.log(Math.max(mostOf(factor as number | RangeKeys), 1));
    return [
      { day: parseDay(from)!, log },
      { day: parseDay(to)! + 1, log: -log },
    ];
  });
  changes.sort((a, b) => a.day - b.day);
  let sum = 0;
  for (const [index, { day, log }] of changes.entries()) {
    sum += log;
    if (changes[index + 1]?.day !== day && sum > Math.log(BOUNDS.periods) + 1e-9)
      return [{ path: at, message: `${at}: the factors of the periods covering ${formatDay(day)} multiply to more than ${showBound(BOUNDS.periods)}` }];
  }
  return [];
}

/** The most a number or a range can be: itself, its max, or value + 9 sd (a Box–Muller draw stays within 8.6 sd). */
function mostOf(written: number | RangeKeys): number {
  if (typeof written === 'number') return written;
  return written.max ?? written.value + 9 * (written.sd ?? 0);
}

interface RangedDeduction {
  value?: number;
  byArea?: Record<string, unknown>;
  weekday?: unknown[];
  month?: unknown[];
  periods?: Array<{ factor: unknown }>;
}

/** The values of a deduction that may be ranges: its own value, byArea values, profile factors. */
function checkRangedValues(deduction: RangedDeduction, at: string): ModelProblem[] {
  return [
    ...(deduction.value === undefined ? [] : checkRangeKeys(deduction as RangeKeys, at, BOUNDS.persons)),
    ...Object.entries(deduction.byArea ?? {}).flatMap(([area, value]) => checkRanged(value, `${at}.byArea.${area}`, BOUNDS.persons)),
    ...(deduction.weekday ?? []).flatMap((value, index) => checkRanged(value, `${at}.weekday[${index}]`, BOUNDS.factor)),
    ...(deduction.month ?? []).flatMap((value, index) => checkRanged(value, `${at}.month[${index}]`, BOUNDS.factor)),
    ...(deduction.periods ?? []).flatMap(({ factor }, index) => checkRanged(factor, `${at}.periods[${index}].factor`, BOUNDS.factor)),
  ];
}

/** fastest-validator's findings as problems, their paths under `at`. */
function findings(result: unknown, at: string): ModelProblem[] {
  if (result === true) return [];
  return (result as ValidationError[]).map((error) => {
    const own = error.field === undefined || error.field === '$$root' ? '' : error.field;
    const field = error.type === 'null' ? `${own}${error.expected}` : own;
    const path = at === '' ? field : field === '' ? at : `${at}.${field}`;
    return { path, message: describe(error, path) };
  });
}

function describe(error: ValidationError, path: string): string {
  const got = `, got ${showValue(String(JSON.stringify(error.actual)))}`;
  const subject = path === '' ? 'the model' : path;
  switch (error.type) {
    case 'required':
      return error.actual === null ? `${subject} must be ${error.message}, got null` : `${subject} is required`;
    case 'null':
      return `${subject} must be ${error.message}, got null`;
    case 'number':
      return `${subject} must be a number${got}`;
    case 'numberMin':
      return `${subject} must be ≥ ${error.expected}${got}`;
    case 'numberInteger':
      return `${subject} must be a whole number${got}`;
    case 'numberPositive':
      return `${subject} must be > 0${got}`;
    case 'numberNotFinite':
      return `${subject} must be a finite number${got}`;
    case 'object':
      return `${subject} must be an object${got}`;
    case 'objectStrict':
      return `${subject} has unknown key "${error.actual}" (allowed: ${error.expected})`;
    case 'array':
      return `${subject} must be a list${got}`;
    case 'arrayLength':
      return `${subject} must have ${error.expected} items, got ${error.actual}`;
    case 'string':
      return `${subject} must be a string${got}`;
    case 'stringEmpty':
      return `${subject} must not be empty`;
    case 'enumValue':
      return `${subject} must be one of ${error.expected}${got}`;
    case 'stringPattern':
      return `${subject} must be a date YYYY-MM-DD${got}`;
    default:
      return `${subject}: ${error.message ?? error.type}`;
  }
}
