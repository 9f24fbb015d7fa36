import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { simulateRegion } from '../../src/simulate/simulate-region.js';
import { MAX_SIMULATED_DAYS, simulationSpanProblem } from '../../src/simulate/simulation-bounds.js';
import { emptyMunicipality, tinyScenario } from './tiny-scenario.js';

const Bounds = suite('simulationSpanProblem');
const OPTIONS = ['--from', '--to'] as const;

Bounds('refuses a span of more than 20 years, naming both options', () => {
  assert.is(
    simulationSpanProblem('1800-01-01', '2024-01-01', undefined, OPTIONS),
    '--from 1800-01-01 to --to 2024-01-01 is 81815 days, more than the 20 years (7305 days) a run may simulate',
  );
  assert.is(
    simulationSpanProblem('2005-01-01', '2025-01-01', undefined, OPTIONS),
    '--from 2005-01-01 to --to 2025-01-01 is 7306 days, more than the 20 years (7305 days) a run may simulate',
  );
});

Bounds('takes twenty whole calendar years, 7305 days with five leap days', () => {
  assert.is(MAX_SIMULATED_DAYS, 7305);
  assert.is(simulationSpanProblem('2005-01-01', '2024-12-31', undefined, OPTIONS), undefined);
  assert.is(simulationSpanProblem('2024-01-01', '2024-01-01'), undefined, 'one day');
});

Bounds('refuses more than 120 municipality-years: 20 years of 7 municipalities, 10 years of 13', () => {
  assert.is(
    simulationSpanProblem('2005-01-01', '2024-12-31', 7, OPTIONS),
    '--from 2005-01-01 to --to 2024-12-31 is 20 years of 7 municipalities, 140 municipality-years, more than the 120 a run may simulate (20 years of 6 municipalities, 2 years of 50)',
  );
  assert.match(
    simulationSpanProblem('2015-01-01', '2024-12-31', 13)!,
    /^options\.from 2015-01-01 to options\.to 2024-12-31 is 10 years of 13 municipalities, 130 municipality-years/,
  );
});

Bounds('takes 20 years of 6 municipalities (exactly 120 municipality-years), 2 years of 50 and a leap year of 119', () => {
  assert.is(simulationSpanProblem('2005-01-01', '2024-12-31', 6, OPTIONS), undefined);
  assert.is(simulationSpanProblem('2023-01-01', '2024-12-31', 50, OPTIONS), undefined);
  assert.is(simulationSpanProblem('2024-01-01', '2024-12-31', 119), undefined, '366 days of 119: 119.2 municipality-years, the nearest below');
  assert.ok(simulationSpanProblem('2024-01-01', '2024-12-31', 120) !== undefined, '366 days of 120: 120.2');
});

Bounds('leaves dates that are not dates, or in the wrong order, to the checks that say so', () => {
  assert.is(simulationSpanProblem('1800-13-01', '2024-01-01'), undefined);
  assert.is(simulationSpanProblem('2024-01-01', '1800-01-01', 400), undefined);
});

Bounds('simulateRegion refuses such a span with a RangeError before any work', () => {
  const scenario = tinyScenario([emptyMunicipality('1')]);
  assert.throws(
    () => simulateRegion(scenario, { seed: 1, from: '1800-01-01', to: '2024-01-01' }),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message === 'options.from 1800-01-01 to options.to 2024-01-01 is 81815 days, more than the 20 years (7305 days) a run may simulate',
  );
});

Bounds.run();
