import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseScenario } from '../../src/simulate/read-scenario.js';
import type { Scenario } from '../../src/simulate/scenario.js';
import { simulateRegion } from '../../src/simulate/simulate-region.js';

/** The repository root: this file runs from dist/test/simulate/. */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The Hallingdal scenario at 1/20 of its size: every group present, a few seconds to run. */
function smallHallingdal(): Scenario {
  const scenario = parseScenario(readFileSync(`${repoRoot}/fixtures/simulate/hallingdal.scenario.json`, 'utf8'));
  const shrink = (count: number) => Math.round(count / 20);
  for (const municipality of scenario.municipalities) {
    for (const field of ['residents', 'cabins', 'commercialBeds', 'dayTrippers', 'commutersIn', 'nightShiftPosts'] as const)
      municipality[field] = shrink(municipality[field]);
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

const Invariants = suite('invariants of the counts and the truth');
const { areaCodes, dayCount, counts, truth } = first;
const areaCount = areaCodes.length;

Invariants('split counts add up to the unsplit ones', () => {
  for (let area = 0; area < areaCount; area++) {
    for (let day = 0; day < dayCount; day++) {
      const home = counts.dailySegments[area * dayCount + day]!;
      const visitor = counts.dailySegments[(areaCount + area) * dayCount + day]!;
      assert.is(home + visitor, counts.daily[area * dayCount + day]!);
    }
  }
});

Invariants("no hour has more devices than the day's unique count, and the region's unique count is at most the sum of the municipalities'", () => {
  for (let area = 0; area < areaCount; area++) {
    for (let day = 0; day < dayCount; day++) {
      const daily = counts.daily[area * dayCount + day]!;
      for (let hour = 0; hour < 24; hour++)
        assert.ok(counts.hourly[(area * dayCount + day) * 24 + hour]! <= daily, `${areaCodes[area]} day ${day} hour ${hour}`);
    }
  }
  for (let day = 0; day < dayCount; day++) {
    let sum = 0;
    for (let area = 0; area < areaCount; area++) sum += counts.daily[area * dayCount + day]!;
    assert.ok(counts.regionDaily[day]! <= sum);
  }
});

Invariants("the region's night rows are the sums of the municipalities', and no more residents are present than registered", () => {
  for (let day = 0; day < dayCount; day++) {
    let guests = 0;
    let present = 0;
    for (let area = 0; area < areaCount; area++) {
      guests += truth.guestNights[area * dayCount + day]!;
      present += truth.residentsPresent[area * dayCount + day]!;
      assert.ok(truth.residentsPresent[area * dayCount + day]! <= first.residents[area]!);
    }
    assert.is(truth.guestNights[areaCount * dayCount + day], guests);
    assert.is(truth.residentsPresent[areaCount * dayCount + day], present);
  }
});

Invariants.run();
