import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { candidateDays } from '../../src/kernels/candidate-days.js';

/** Brute force: an observed day stays unless another observed day is ≥ in every term and either beats it somewhere or is the same and earlier. */
function bruteForce(coefficients: Float64Array, devices: Float64Array, termCount: number, dayCount: number): number[] {
  const observed = [...Array(dayCount).keys()].filter((day) => !Number.isNaN(devices[day]!));
  const value = (term: number, day: number) => coefficients[term * dayCount + day]!;
  return observed.filter(
    (day) =>
      !observed.some((other) => {
        if (other === day) return false;
        const terms = [...Array(termCount).keys()];
        const atLeast = terms.every((term) => value(term, other) >= value(term, day));
        const same = terms.every((term) => value(term, other) === value(term, day));
        return atLeast && (!same || other < day);
      }),
  );
}

const Candidates = suite('candidateDays');

Candidates('keeps day 1 (beats day 0 in both terms) and day 2 (best in the second)', () => {
  assert.equal([...candidateDays(Float64Array.of(1, 2, 0, 1, 3, 5), Float64Array.of(1, 1, 1), 0, 0, 2, 3)], [1, 2]);
});

Candidates('is the set of unbeaten observed days, the earliest of equal ones, for any small grid', () => {
  let withTies = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 40 }),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 160, maxLength: 160 }),
      fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      (termCount, dayCount, cells, blanks) => {
        const coefficients = Float64Array.from({ length: termCount * dayCount }, (_, index) => cells[index]!);
        const devices = Float64Array.from({ length: dayCount }, (_, day) => (blanks[day] ? NaN : 1));
        const expected = bruteForce(coefficients, devices, termCount, dayCount);
        if (new Set(cells.slice(0, termCount * dayCount)).size < termCount * dayCount) withTies++;
        assert.equal([...candidateDays(coefficients, devices, 0, 0, termCount, dayCount)], expected);
      },
    ),
    { numRuns: 300 },
  );
  assert.ok(withTies > 100, `${withTies} grids with equal coefficients`);
});

Candidates.run();
