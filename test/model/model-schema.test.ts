import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findModelProblems } from '../../src/model/model-schema.js';

// The messages a user gets for a range written wrong, at every kind of place a range may stand.
// Expected texts are the messages the issue specifies, not read back from the code.

const messagesOf = (model: object) => findModelProblems(model).map((problem) => problem.message);
const withDeduction = (deduction: unknown) => ({ uplift: 0.06, deductions: { x: deduction } });

const Valid = suite('findModelProblems on well-formed ranges');

Valid('accepts a range at every place a number may carry one', () => {
  const range = { value: 1, min: 0.5, max: 2 };
  assert.equal(
    findModelProblems({
      uplift: { default: { value: 0.06, min: 0.04, max: 0.09 }, bySegment: { foreign: { value: 0, min: 0, max: 0.02, dist: 'uniform' } } },
      deductions: {
        residents: { value: 20000, sd: 1500 },
        workers: {
          value: 1000,
          min: 500,
          max: 1500,
          dist: 'triangular',
          weekday: [range, 1, 1, 1, 1, range, 1],
          month: [1, 1, 1, 1, 1, 1, { value: 0.8, sd: 0.1, dist: 'normal' }, 1, 1, 1, 1, 1],
        },
        traffic: {
          byArea: { '3320': { value: 250, min: 200, max: 400 }, '3322': 150 },
          periods: [{ from: '2023-06-24', to: '2023-08-13', factor: { value: 2, min: 1.5, max: 3 } }],
        },
        population: { population: 'population.json', month: Array.from({ length: 12 }, () => range) },
      },
    }),
    [],
  );
  assert.equal(findModelProblems({ uplift: { value: 0.06, min: 0.06, max: 0.06 }, deductions: {} }), [], 'a zero-wide range');
});

Valid('takes an uplift range reaching below 0, to −0.5 (fewer persons than devices), and no other', () => {
  assert.equal(findModelProblems({ uplift: { value: 0.06, min: -0.05, max: 0.17 }, deductions: {} }), []);
  assert.equal(findModelProblems({ uplift: { default: 0, bySegment: { home: { value: 0.06, min: -0.5, max: 0.1 } } }, deductions: {} }), []);
  assert.equal(messagesOf({ uplift: { value: 0.06, min: -0.6, max: 0.17 }, deductions: {} }), ['uplift.min must be ≥ -0.5, got -0.6']);
  assert.equal(messagesOf({ uplift: -0.05, deductions: {} }), ['uplift must be ≥ 0, got -0.05']);
  assert.equal(messagesOf(withDeduction({ value: 5, min: -1, max: 9 })), ['deductions.x.min must be ≥ 0, got -1']);
});

Valid.run();

const Messages = suite('findModelProblems on ranges written wrong');

Messages('says the value must lie between min and max, wherever the range is', () => {
  assert.equal(messagesOf(withDeduction({ value: 5, min: 6, max: 9 })), ['deductions.x: value 5 must lie between min 6 and max 9']);
  assert.equal(messagesOf(withDeduction({ value: 10, min: 6, max: 9 })), ['deductions.x: value 10 must lie between min 6 and max 9']);
  assert.equal(messagesOf({ uplift: { value: 0.1, min: 0.04, max: 0.09 }, deductions: {} }), ['uplift: value 0.1 must lie between min 0.04 and max 0.09']);
  assert.equal(messagesOf(withDeduction({ byArea: { '3320': { value: 5, min: 6, max: 9 } } })), [
    'deductions.x.byArea.3320: value 5 must lie between min 6 and max 9',
  ]);
  assert.equal(messagesOf(withDeduction({ value: 1, weekday: [1, 1, 1, 1, 1, { value: 2, min: 0, max: 1 }, 1] })), [
    'deductions.x.weekday[5]: value 2 must lie between min 0 and max 1',
  ]);
  assert.equal(messagesOf(withDeduction({ value: 1, periods: [{ from: '2024-01-01', to: '2024-01-02', factor: { value: 0.5, min: 1, max: 2 } }] })), [
    'deductions.x.periods[0].factor: value 0.5 must lie between min 1 and max 2',
  ]);
  assert.equal(messagesOf({ uplift: { default: 0.06, bySegment: { foreign: { value: 0.5, min: 0, max: 0.1 } } }, deductions: {} }), [
    'uplift.bySegment.foreign: value 0.5 must lie between min 0 and max 0.1',
  ]);
});

Messages('says a range needs both bounds, naming the one it got', () => {
  assert.equal(messagesOf(withDeduction({ value: 5, min: 4 })), ['deductions.x: a range needs both min and max, got only min']);
  assert.equal(messagesOf(withDeduction({ value: 5, max: 7 })), ['deductions.x: a range needs both min and max, got only max']);
  assert.equal(messagesOf({ uplift: { value: 0.06, min: 0.04 }, deductions: {} }), ['uplift: a range needs both min and max, got only min']);
});

Messages('refuses bounds and a spread together', () => {
  assert.equal(messagesOf(withDeduction({ value: 5, min: 4, max: 7, sd: 1 })), ['deductions.x: give min and max, or sd, not both']);
  assert.equal(messagesOf(withDeduction({ byArea: { a: { value: 5, min: 4, sd: 1 } } })), ['deductions.x.byArea.a: give min and max, or sd, not both']);
});

Messages('says which keys each distribution needs', () => {
  assert.equal(messagesOf(withDeduction({ value: 5, min: 4, max: 7, dist: 'normal' })), ['deductions.x: dist "normal" needs sd']);
  assert.equal(messagesOf(withDeduction({ value: 5, dist: 'normal' })), ['deductions.x: dist "normal" needs sd']);
  assert.equal(messagesOf(withDeduction({ value: 5, sd: 1, dist: 'uniform' })), ['deductions.x: dist "uniform" needs min and max']);
  assert.equal(messagesOf({ uplift: { value: 0.06, dist: 'uniform' }, deductions: {} }), ['uplift: dist "uniform" needs min and max']);
  assert.equal(messagesOf(withDeduction({ value: 5, dist: 'triangular' })), ['deductions.x: dist "triangular" needs min and max']);
});

Messages('refuses a distribution it does not know, a spread of 0 and negative bounds', () => {
  assert.equal(
    findModelProblems(withDeduction({ value: 5, min: 4, max: 7, dist: 'lognormal' })).map((problem) => problem.path),
    ['deductions.x.dist'],
  );
  assert.equal(
    findModelProblems(withDeduction({ value: 5, sd: 0 })).map((problem) => problem.path),
    ['deductions.x.sd'],
  );
  assert.equal(
    findModelProblems(withDeduction({ value: 5, min: -1, max: 7 })).map((problem) => problem.path),
    ['deductions.x.min'],
  );
  assert.equal(
    findModelProblems({ uplift: 0.06, deductions: { x: { byArea: { a: { value: 5, min: 4, max: 7, spread: 1 } } } } }).map((problem) => problem.path),
    ['deductions.x.byArea.a'],
  );
});

Messages('does not let a form without a value of its own take range keys', () => {
  assert.equal(findModelProblems(withDeduction({ byArea: { a: 5 }, min: 4, max: 7 })).length > 0, true, 'byArea with min and max beside it');
  assert.equal(findModelProblems(withDeduction({ file: 'x.csv', sd: 1 })).length > 0, true, 'file with sd beside it');
});

Messages.run();
