import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseScenario } from '../../src/simulate/read-scenario.js';
import type { Scenario } from '../../src/simulate/scenario.js';
import { simulateRegion } from '../../src/simulate/simulate-region.js';
import { repoRoot } from '../helpers/repo-root.js';

/** The Hallingdal scenario at 1/20 of its size: every group present, a few seconds to run. */
function smallHallingdal(): Scenario {
  const scenario = parseScenario(readFileSync(`${repoRoot}/fixtures/simulate/hallingdal.scenario.json`, 'utf8'));
  const shrink = (count: number) => Math.round(count / 20);
  for (const municipality of scenario.municipalities) {
    for (const field of ['residents', 'cabins', 'commercialBeds', 'dayTrippers', 'commutersIn', 'nightShiftPosts'] as const) municipality[field] = shrink(municipality[field]);
    municipality.seasonalWorkers = { winter: shrink(municipality.seasonalWorkers.winter), summer: shrink(municipality.seasonalWorkers.summer) };
  }
  scenario.commercial.guestNightsPerYear /= 20;
  scenario.throughTraffic.personsPerDay /= 20;
  return scenario;
}

const Determinism = suite('determinism');
const options = { from: '2024-02-01', to: '2024-02-29' };
const scenario = smallHallingdal();
const first = simulateRegion(scenario, { seed: 11, ...options });

Determinism('gives identical counts and truth for the same seed', () => {
  const again = simulateRegion(scenario, { seed: 11, ...options });
  assert.equal(again.counts, first.counts);
  assert.equal(again.truth, first.truth);
});

Determinism('gives other counts for another seed', () => {
  const other = simulateRegion(scenario, { seed: 12, ...options });
  assert.not.equal(other.counts.hourly, first.counts.hourly);
  assert.not.equal(other.truth.guestNights, first.truth.guestNights);
});

Determinism('has every group of the scenario in the truth', () => {
  const region = (values: Float64Array) => values.subarray(first.areaCodes.length * first.dayCount).reduce((sum, value) => sum + value, 0);
  for (const name of ['guestNights', 'residentsPresent', 'nonResidentWorkers', 'dayVisitors', 'throughTraffic', 'commutersIn'] as const) {
    assert.ok(region(first.truth[name]) > 0, name);
  }
});

Determinism('refuses options it cannot use, naming them', () => {
  assert.throws(() => simulateRegion(scenario, { seed: 1, from: '2024-02-30', to: '2024-03-01' }), /options.from must be a date YYYY-MM-DD, got "2024-02-30"/);
  assert.throws(() => simulateRegion(scenario, { seed: 1, from: '2024-03-02', to: '2024-03-01' }), /options.to \(2024-03-01\) must not be before options.from/);
  assert.throws(() => simulateRegion(scenario, { seed: 1.5, ...options }), /options.seed must be a whole number, got 1.5/);
});

Determinism.run();
