import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dayOfDate } from '../../src/clock/day-number.js';
import { annualBias } from '../../src/validate/annual-bias.js';
import { intervalCoverage, intervalCovers } from '../../src/validate/interval-coverage.js';
import { monthlyError } from '../../src/validate/monthly-error.js';
import { peakNightError } from '../../src/validate/peak-night-error.js';
import { scoreByArea, scoreEstimate } from '../../src/validate/score-estimate.js';

function close(actual: number, expected: number, what = ''): void {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);
}

// Four nights across a new year: the evenings of 30 and 31 December 2023 and of 1 and 2 January 2024.
const firstDay = dayOfDate(2023, 12, 30);
const truth = Float64Array.of(100, 300, 400, 200);
const estimate = Float64Array.of(120, 330, 360, NaN);

const AnnualBias = suite('annualBias');

AnnualBias('sums the nights that have an estimate and compares them with the truth of the same nights', () => {
  // Estimated nights: 120 + 330 + 360 = 810 against 100 + 300 + 400 = 800: +1.25 %.
  close(annualBias(truth, estimate, firstDay).biasPercent, 1.25);
});

AnnualBias('splits the nights by the year of their evening', () => {
  // 2023: 450 against 400, +12.5 %; 2024: 360 against 400 (the 2 January night is missing), −10 %.
  const { years } = annualBias(truth, estimate, firstDay);
  assert.equal(
    years.map((year) => [year.year, year.nights, year.truth, year.estimate]),
    [
      [2023, 2, 400, 450],
      [2024, 1, 400, 360],
    ],
  );
  close(years[0]!.biasPercent, 12.5);
  close(years[1]!.biasPercent, -10);
});

AnnualBias.run();

const MonthlyError = suite('monthlyError');

MonthlyError('averages the absolute error of each month with equal weight', () => {
  // December 2023: +12.5 %; January 2024: −10 %. Mean of 12.5 and 10: 11.25 %.
  const result = monthlyError(truth, estimate, firstDay);
  assert.equal(
    result.months.map((month) => month.month),
    ['2023-12', '2024-01'],
  );
  close(result.meanAbsolutePercent, 11.25);
});

MonthlyError('leaves out a month with no estimate', () => {
  const result = monthlyError(truth, Float64Array.of(110, 330, NaN, NaN), firstDay);
  // Only December: 440 against 400, +10 %.
  assert.is(result.months.length, 1);
  close(result.meanAbsolutePercent, 10);
});

MonthlyError.run();

const PeakNight = suite('peakNightError');

PeakNight("measures the estimate on the truth's busiest night", () => {
  // The peak is 400 on the evening of 1 January 2024; the estimate says 360: −10 %.
  const result = peakNightError(truth, estimate, firstDay);
  assert.is(result.night, '2024-01-01');
  assert.is(result.truth, 400);
  close(result.errorPercent, -10);
});

PeakNight('is NaN where the estimate misses the peak night', () => {
  assert.ok(Number.isNaN(peakNightError(truth, Float64Array.of(1, 1, NaN, 1), firstDay).errorPercent));
});

PeakNight.run();

const Intervals = suite('interval coverage');

Intervals('holds a truth inside or on the ends of an interval, not outside', () => {
  assert.ok(intervalCovers([10, 20], 10));
  assert.ok(intervalCovers([10, 20], 20));
  assert.not.ok(intervalCovers([10, 20], 20.5));
});

Intervals('gives the share of intervals that hold their truth', () => {
  assert.is(
    intervalCoverage(
      [
        [1, 3],
        [4, 6],
        [7, 9],
        [0, 1],
      ],
      [2, 5, 10, 1],
    ),
    0.75,
  );
  assert.throws(() => intervalCoverage([[1, 2]], []), /intervals and truths must be as many, got 1 and 0/);
});

Intervals.run();

const ByArea = suite('scoreByArea');

ByArea('scores each row of the simulator layout: areas, then the region', () => {
  // Two nights; area A estimated +10 % each night, the region −20 % (both rows flat 100 and 200).
  const rows = Float64Array.of(100, 200, 100, 200);
  const estimated = Float64Array.of(110, 220, 80, 160);
  const scores = scoreByArea(rows, estimated, ['A', 'region'], 2, dayOfDate(2024, 3, 1));
  close(scores.A!.annual.biasPercent, 10);
  close(scores.region!.monthly.meanAbsolutePercent, 20);
  close(scores.region!.peakNight.errorPercent, -20);
  assert.throws(() => scoreEstimate(rows, Float64Array.of(1), 0), /one value per night of the truth \(4\), got 1/);
});

ByArea.run();
