import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chiSquareUpperTail } from '../../src/operators/chi-square-upper-tail.js';

const ChiSquare = suite('chiSquareUpperTail');

const close = (actual: number, expected: number, relative: number) =>
  assert.ok(Math.abs(actual - expected) <= relative * expected, `${actual} against ${expected}`);

ChiSquare('gives the textbook critical values: 3.8415 (1 df), 11.0705 (5 df) at 5 %, 23.2093 (10 df) at 1 %', () => {
  close(chiSquareUpperTail(3.841459, 1), 0.05, 1e-5);
  close(chiSquareUpperTail(11.0705, 5), 0.05, 1e-4);
  close(chiSquareUpperTail(23.2093, 10), 0.01, 1e-4);
});

ChiSquare('matches the closed forms: erfc(√(x/2)) with 1 df, e^(−x/2) with 2, and the 3-df form', () => {
  // 1 df, x = 28.5714 (the disagreement of the combine test): erfc(√14.2857) = 9.0305e-8 (Python's math.erfc).
  close(chiSquareUpperTail(28.571428571, 1), 9.03048868236349e-8, 1e-8);
  for (const x of [0.1, 1, 7, 30, 80]) close(chiSquareUpperTail(x, 2), Math.exp(-x / 2), 1e-10);
  // 3 df: erfc(√(x/2)) + √(2x/π) e^(−x/2); at x = 11.0705 that is 0.0113507001 (by hand in Python).
  close(chiSquareUpperTail(11.0705, 3), 0.011350700134318175, 1e-9);
});

ChiSquare('is 1 at and below zero, and NaN for NaN', () => {
  assert.is(chiSquareUpperTail(0, 2), 1);
  assert.is(chiSquareUpperTail(-1, 1), 1);
  assert.ok(Number.isNaN(chiSquareUpperTail(NaN, 1)));
});

ChiSquare.run();
