import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ModelError } from '../../src/errors.js';
import { checkModel } from '../../src/model/check-model.js';
import { findModelProblems } from '../../src/model/model-schema.js';
import { COUNTS_COLUMNS } from '../../src/read/counts-layout.js';

// JSON's null where the model takes a value, optional or not: refused with its path, never let
// through to crash the estimate (`calendar: null` did, in buildCalendar).

const range = { value: 1, min: 0.5, max: 2 };
const profile = {
  weekday: [1, 1, 1, 1, 1, range, 1],
  month: [1, 1, 1, 1, 1, 1, { value: 0.8, sd: 0.1, dist: 'normal' }, 1, 1, 1, 1, 1],
  periods: [{ from: '2024-03-23', to: '2024-04-01', factor: { value: 1.5, min: 1, max: 2, dist: 'uniform' } }],
};

/** Every key the model may have, every deduction form and every kind of range. */
const full = {
  name: 'Full',
  uplift: { default: { value: 0.06, min: 0.04, max: 0.09 }, bySegment: { foreign: { value: 0.01, sd: 0.01 }, home: 0 } },
  deductions: {
    residents: { value: 20000, min: 19000, max: 21000, dist: 'triangular', ...profile },
    workers: { byArea: { '3320': 250, '3322': { value: 400, sd: 50 } }, ...profile },
    population: { population: 'ssb-07459.json', ...profile },
    dayTrippers: { file: 'day-trippers.csv' },
    present: { segment: 'home' },
    throughTraffic: 1000,
  },
  fill: 'interpolate',
  minCount: 16,
  codeHistory: 'codes.csv',
  calendar: { seasons: [{ name: 'low', ranges: [{ from: '04-15', to: '06-15' }] }], default: 'high', winterBreakWeeks: [8, 9] },
  counts: { columns: Object.fromEntries(COUNTS_COLUMNS.map((column) => [column, column.toUpperCase()])), encoding: 'latin1', suppressed: ['<n'] },
};
/** The same with an uplift range, not the per-segment form. */
const withUpliftRange = { ...full, uplift: { value: 0.06, sd: 0.01, dist: 'normal' } };

/** The JSON path of every value within `value` (keys after a dot, list items in brackets), and a copy of `model` with null there. */
function* nullAtEachPath(model: object): Generator<[string, object]> {
  function* walk(value: unknown, keys: Array<string | number>): Generator<Array<string | number>> {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      const at = [...keys, Array.isArray(value) ? Number(key) : key];
      yield at;
      yield* walk(inner, at);
    }
  }
  for (const keys of walk(model, [])) {
    const copy = structuredClone(model) as Record<string | number, unknown>;
    let parent = copy;
    for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[keys.at(-1)!] = null;
    const path = keys.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
    yield [path, copy];
  }
}

const NullValues = suite('null in the model');

NullValues('the full models are valid as they stand', () => {
  assert.equal(findModelProblems(full), []);
  assert.equal(findModelProblems(withUpliftRange), []);
});

NullValues('is refused at every path of a model using every key, with that path and what was expected', () => {
  let paths = 0;
  for (const model of [full, withUpliftRange]) {
    for (const [path, withNull] of nullAtEachPath(model)) {
      paths++;
      const problems = findModelProblems(withNull);
      const problem = problems.find((found) => found.path === path);
      assert.ok(problem, `null at ${path}: ${JSON.stringify(problems)}`);
      assert.ok(problem.message.startsWith(`${path} must be `) && problem.message.endsWith(', got null'), problem.message);
      assert.throws(
        () => checkModel(withNull),
        (error: unknown) => error instanceof ModelError && !error.message.includes('\n'),
        path,
      );
    }
  }
  assert.ok(paths > 150, `${paths} paths`);
});

NullValues('names what each key expected, for the optional keys that crashed the estimate', () => {
  const messagesOf = (model: object) => findModelProblems({ uplift: 0.06, deductions: { residents: 1 }, ...model }).map((problem) => problem.message);
  assert.equal(messagesOf({ calendar: null }), ['calendar must be an object, got null']);
  assert.equal(messagesOf({ codeHistory: null }), ['codeHistory must be a string, got null']);
  assert.equal(messagesOf({ fill: null }), ['fill must be one of none, interpolate, weekdayMean, got null']);
  assert.equal(messagesOf({ deductions: { x: { value: 1, weekday: null, month: null, periods: null } } }), [
    'deductions.x.weekday must be a list, got null',
    'deductions.x.month must be a list, got null',
    'deductions.x.periods must be a list, got null',
  ]);
});

NullValues('names the item of a list or the entry of a map, not the list or the map', () => {
  const messagesOf = (model: object) => findModelProblems({ uplift: 0.06, deductions: {}, ...model }).map((problem) => problem.message);
  assert.equal(messagesOf({ deductions: { a: 1, residents: null } }), [
    'deductions.residents must be a number ≥ 0 or an object with one of value, byArea, population, file, segment, got null',
  ]);
  assert.equal(messagesOf({ counts: { suppressed: ['<n', null, null] } }), [
    'counts.suppressed[1] must be a string, got null',
    'counts.suppressed[2] must be a string, got null',
  ]);
  assert.equal(messagesOf({ calendar: { winterBreakWeeks: [8, null] } }), ['calendar.winterBreakWeeks[1] must be a number, got null']);
  assert.equal(messagesOf({ deductions: { x: { value: 1, periods: [null] } } }), ['deductions.x.periods[0] must be an object, got null']);
});

NullValues.run();
