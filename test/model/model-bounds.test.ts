import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ModelError } from '../../src/errors.js';
import { checkModel } from '../../src/model/check-model.js';
import { findModelProblems } from '../../src/model/model-schema.js';

// The largest values a model may give, so every figure stays finite: 1e9 persons a day for a
// deduction, 100 for the uplift, 1000 for a factor, 1e6 for the periods covering one day together.

const messagesOf = (model: object) => findModelProblems(model).map((problem) => problem.message);
const withDeduction = (deduction: unknown) => ({ uplift: 0.06, deductions: { x: deduction } });
const period = (from: string, to: string, factor: unknown) => ({ from, to, factor });

const Bounds = suite('findModelProblems on values too large for finite figures');

Bounds('refuses the huge values that printed -Infinity guest-nights or got through', () => {
  assert.equal(messagesOf({ uplift: 0.06, deductions: { residents: 1e308, x: 1e308 } }), [
    'deductions.residents must be ≤ 1e9, got 1e+308',
    'deductions.x must be ≤ 1e9, got 1e+308',
  ]);
  assert.equal(messagesOf({ uplift: 1e308, deductions: {} }), ['uplift must be ≤ 100, got 1e+308']);
  assert.equal(messagesOf(withDeduction({ value: 1, month: [1, 1, 1, 1e308, 1, 1, 1, 1, 1, 1, 1, 1] })), ['deductions.x.month[3] must be ≤ 1000, got 1e+308']);
  assert.throws(
    () => checkModel({ uplift: 0.06, deductions: { residents: 1e308 } }),
    (error: unknown) => error instanceof ModelError && error.message === 'model: deductions.residents must be ≤ 1e9, got 1e+308',
  );
});

Bounds('takes each bound itself and refuses just above it, wherever a number or a range key stands', () => {
  const profile = (kind: 'weekday' | 'month', factor: unknown) => ({
    value: 1,
    [kind]: Array.from({ length: kind === 'weekday' ? 7 : 12 }, (_, i) => (i === 2 ? factor : 1)),
  });
  const places: Array<[bound: number, place: (value: number) => object, path: string]> = [
    [1e9, (value) => withDeduction(value), 'deductions.x'],
    [1e9, (value) => withDeduction({ value }), 'deductions.x.value'],
    [1e9, (value) => withDeduction({ value: 1, min: 0, max: value }), 'deductions.x.max'],
    [1e9, (value) => withDeduction({ value: 1, sd: value }), 'deductions.x.sd'],
    [1e9, (value) => withDeduction({ byArea: { '3320': value } }), 'deductions.x.byArea.3320'],
    [1e9, (value) => withDeduction({ byArea: { '3320': { value: 1, min: 0, max: value } } }), 'deductions.x.byArea.3320.max'],
    [1000, (value) => withDeduction(profile('weekday', value)), 'deductions.x.weekday[2]'],
    [1000, (value) => withDeduction(profile('month', { value: 1, sd: value })), 'deductions.x.month[2].sd'],
    [1000, (value) => withDeduction({ value: 1, periods: [period('2024-01-01', '2024-01-02', value)] }), 'deductions.x.periods[0].factor'],
    [
      1000,
      (value) => withDeduction({ byArea: { a: 1 }, periods: [period('2024-01-01', '2024-01-02', { value, min: 0, max: 1000 })] }),
      'deductions.x.periods[0].factor.value',
    ],
    [100, (value) => ({ uplift: value, deductions: {} }), 'uplift'],
    [100, (value) => ({ uplift: { value: 1, min: 0, max: value }, deductions: {} }), 'uplift.max'],
    [100, (value) => ({ uplift: { default: value, bySegment: {} }, deductions: {} }), 'uplift.default'],
    [100, (value) => ({ uplift: { default: 0, bySegment: { foreign: { value: 0, sd: value } } }, deductions: {} }), 'uplift.bySegment.foreign.sd'],
  ];
  for (const [bound, place, path] of places) {
    assert.equal(findModelProblems(place(bound)), [], `${path} at ${bound}`);
    const above = bound * 1.5;
    const shown = bound >= 1e6 ? `${bound / 1e9}e9` : String(bound);
    assert.equal(findModelProblems(place(above)), [{ path, message: `${path} must be ≤ ${shown}, got ${above}` }], path);
  }
});

Bounds('holds the periods covering one day to 1e6 together, each at its most, and names the first such day', () => {
  const twice = [period('2024-01-01', '2024-01-10', 1000), period('2024-01-10', '2024-01-20', 1000)];
  assert.equal(findModelProblems(withDeduction({ value: 1, periods: twice })), [], '1000 × 1000 on 2024-01-10');
  const thrice = [...twice, period('2024-01-11', '2024-01-11', 1000)];
  assert.equal(findModelProblems(withDeduction({ value: 1, periods: thrice })), [], 'never more than two on a day');
  assert.equal(findModelProblems(withDeduction({ value: 1, periods: [...twice, period('2024-01-10', '2024-01-12', 1.01)] })), [
    { path: 'deductions.x.periods', message: 'deductions.x.periods: the factors of the periods covering 2024-01-10 multiply to more than 1e6' },
  ]);
  // Many periods, none overlapping: a holiday every year.
  const yearly = Array.from({ length: 200 }, (_, i) => period(`${1900 + i}-04-01`, `${1900 + i}-04-10`, 1000));
  assert.equal(findModelProblems(withDeduction({ value: 1, periods: yearly })), []);
  // A range at its most: max, or value + 9 sd (a draw may reach 8.6 sd); a factor below 1 does not offset one above.
  const ranged = (factor: unknown) => [period('2024-01-01', '2024-01-10', 1000), period('2024-01-05', '2024-01-05', factor)];
  assert.equal(findModelProblems(withDeduction({ value: 1, periods: [...ranged({ value: 100, sd: 101 }), period('2024-01-05', '2024-01-05', 0.001)] })), [
    { path: 'deductions.x.periods', message: 'deductions.x.periods: the factors of the periods covering 2024-01-05 multiply to more than 1e6' },
  ]);
  assert.equal(findModelProblems(withDeduction({ value: 1, periods: ranged({ value: 10, sd: 110 }) })), [], '10 + 9 × 110 = 1000');
  assert.equal(findModelProblems(withDeduction({ value: 1, periods: ranged({ value: 1, min: 0.5, max: 1000 }) })), []);
  assert.equal(
    findModelProblems(withDeduction({ value: 1, periods: [...ranged({ value: 1, min: 0.5, max: 1000 }), period('2024-01-05', '2024-01-06', 1.01)] })),
    [{ path: 'deductions.x.periods', message: 'deductions.x.periods: the factors of the periods covering 2024-01-05 multiply to more than 1e6' }],
  );
});

Bounds.run();
