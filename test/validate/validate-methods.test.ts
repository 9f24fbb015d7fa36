import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { readScenarioFile } from '../../src/simulate/read-scenario-file.js';
import { simulateRegion } from '../../src/simulate/simulate-region.js';
import { scoreEstimate } from '../../src/validate/score-estimate.js';
import { ANALYST_UPLIFT, validateMethods } from '../../src/validate/validate-methods.js';
import { lessResidents, nightPresence } from './oracle/night-presence.js';
import { planFormula, planFormulaOnRegion } from './oracle/plan-formula.js';
import { quietBaseline } from './oracle/quiet-baseline.js';
import { segmentNightPresence } from './oracle/segment-night-presence.js';
import { repoRoot } from '../helpers/repo-root.js';

const Validate = suite('validateMethods (teleguest’s methods against a simulated truth)');

// Two winter months of the SYNTHETIC Hallingdal scenario: small enough for a test, ski season and winter holiday included.
const scenario = await readScenarioFile(join(repoRoot, 'fixtures/simulate/hallingdal.scenario.json'));
const simulation = simulateRegion(scenario, { seed: 3, from: '2024-02-01', to: '2024-03-31' });
const runs = await validateMethods(simulation, { uplift: ANALYST_UPLIFT, draws: 0 });
const bias = (name: string) => runs.find((run) => run.method.name === name)!.region;

Validate('agree with an independent implementation of each method on typed arrays, to a tenth of a per cent', () => {
  const { counts, residents, dayCount, firstDay, truth, areaCodes } = simulation;
  const areaCount = areaCodes.length;
  const regionTruth = truth.guestNights.subarray(areaCount * dayCount);
  const region = (rows: Float64Array) => rows.subarray(areaCount * dayCount, (areaCount + 1) * dayCount);
  const allResidents = residents.reduce((sum, count) => sum + count, 0);
  // The tool's night window 02–04 is the hours starting 02:00 and 03:00; nights dated by the evening.
  const night = { hours: [2, 3], uplift: 0.06, dateBy: 'evening' } as const;
  const oracle: [string, Float64Array][] = [
    ["plan's formula, daily counts per municipality", region(planFormula(counts.daily, residents, dayCount, { uplift: 0.06, otherDeductions: 0 }))],
    [
      "plan's formula, region's unique daily count",
      region(planFormulaOnRegion(counts.regionDaily, allResidents, areaCount, dayCount, { uplift: 0.06, otherDeductions: 0 })),
    ],
    ['night presence − registered residents', region(lessResidents(nightPresence(counts.hourly, areaCount, dayCount, firstDay, night), residents, dayCount))],
    ['visitor night presence', region(segmentNightPresence(counts.hourlySegments, 1, areaCount, dayCount, firstDay, night))],
    ['night presence − quiet-weeknight baseline', region(quietBaseline(counts.hourly, areaCount, dayCount, firstDay, { share: 0.9, uplift: 0.06 }))],
  ];
  for (const [name, estimate] of oracle) {
    const expected = scoreEstimate(regionTruth, estimate, firstDay).annual.biasPercent;
    const actual = bias(name).annual.biasPercent;
    assert.ok(Math.abs(actual - expected) < 0.1, `${name}: teleguest ${actual.toFixed(3)} %, oracle ${expected.toFixed(3)} %`);
  }
});

Validate('gives the same nights for visitor night presence and night presence less the home devices, as the split says it must', () => {
  const visitors = bias('visitor night presence');
  const lessHome = bias('night presence − home devices');
  assert.ok(Math.abs(visitors.annual.biasPercent - lessHome.annual.biasPercent) < 1e-9);
});

Validate('finds the default method on hourly counts split by home within 5 % a year and 8 % a month, and the plan’s formula on daily counts far above', () => {
  const visitors = bias('visitor night presence');
  assert.ok(Math.abs(visitors.annual.biasPercent) < 5, `annual ${visitors.annual.biasPercent}`);
  assert.ok(visitors.monthly.meanAbsolutePercent < 8, `monthly ${visitors.monthly.meanAbsolutePercent}`);
  // Devices counted in every municipality they pass, and days counted as nights: several times the truth.
  assert.ok(bias("plan's formula, daily counts per municipality").annual.biasPercent > 100);
});

Validate.run();
