import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError, ModelError } from '../../src/errors.js';
import { parseScenario, readScenario } from '../../src/simulate/read-scenario.js';
import { emptyMunicipality, tinyScenario } from './tiny-scenario.js';

/** The repository root: this file runs from dist/test/simulate/. */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const ReadScenario = suite('readScenario');

function problemsOf(value: unknown): string[] {
  try {
    readScenario(value, 'bad.json');
  } catch (error) {
    assert.instance(error, ModelError);
    return (error as ModelError).problems.map((problem) => `${problem.path}: ${problem.message}`);
  }
  return assert.unreachable('accepted') as never;
}

ReadScenario('reads the Hallingdal scenario, labelled SYNTHETIC', () => {
  const scenario = parseScenario(readFileSync(`${repoRoot}/fixtures/simulate/hallingdal.scenario.json`, 'utf8'));
  assert.equal(
    scenario.municipalities.map((municipality) => municipality.code),
    ['3320', '3322', '3324', '3326', '3328', '3330'],
  );
  assert.ok(scenario.description.startsWith('SYNTHETIC'));
  // Flå 1 050 + Nesbyen 3 300 + Gol 4 650 + Hemsedal 2 500 + Ål 4 700 + Hol 4 500 = 20 700; cabins 18 500.
  assert.is(
    scenario.municipalities.reduce((sum, municipality) => sum + municipality.residents, 0),
    20_700,
  );
  assert.is(
    scenario.municipalities.reduce((sum, municipality) => sum + municipality.cabins, 0),
    18_500,
  );
});

ReadScenario('names the JSON path of a bad number', () => {
  const scenario = tinyScenario([emptyMunicipality('1', { residents: -5 })]);
  assert.equal(problemsOf(scenario), ['municipalities[0].residents: municipalities[0].residents must be a whole number from 0 to 1000000, got -5']);
});

ReadScenario('names an unknown pattern, an unknown code and shares that do not add up to 1, all at once', () => {
  const scenario = tinyScenario([emptyMunicipality('1', { commercialPattern: 'skiing' })], { entrances: [{ area: '9', share: 0.5 }] });
  assert.equal(problemsOf(scenario), [
    'entrances[0].area: entrances[0].area must be the code of a municipality in the scenario, got "9"',
    'entrances: entrances: the shares must add up to 1, got 0.5',
    'municipalities[0].commercialPattern: municipalities[0].commercialPattern must name a pattern in patterns (flat), got "skiing"',
  ]);
});

ReadScenario('refuses stays of guests longer than 14 nights (the operator would take them for residents)', () => {
  const scenario = tinyScenario([emptyMunicipality('1')]);
  scenario.commercial.stayNights.summer = [7, 21];
  assert.equal(problemsOf(scenario), ['commercial.stayNights.summer[1]: commercial.stayNights.summer[1] must be a whole number from 1 to 14, got 21']);
});

ReadScenario('refuses the code "region", which teleguest keeps for its own rows', () => {
  assert.equal(problemsOf(tinyScenario([emptyMunicipality('region')])), [
    'municipalities[0].code: municipalities[0].code "region" is reserved for the region\'s rows',
  ]);
});

ReadScenario('refuses text that is not JSON with an InputError', () => {
  try {
    parseScenario('{ "name": ', 'broken.json');
    assert.unreachable('accepted');
  } catch (error) {
    assert.instance(error, InputError);
    assert.is((error as InputError).code, 'E_JSON');
    assert.match((error as Error).message, /^broken.json: not valid JSON/);
  }
});

/** A scenario with every count of a municipality at its bound, plus `beyond`. */
function countsAtBounds(beyond: number) {
  const scenario = tinyScenario([
    emptyMunicipality('1', {
      residents: 1_000_000 + beyond,
      cabins: 100_000 + beyond,
      dayTrippers: 1_000_000 + beyond,
      commutersIn: 1_000_000 + beyond,
      nightShiftPosts: 10_000 + beyond,
      seasonalWorkers: { winter: 100_000 + beyond, summer: 100_000 },
    }),
  ]);
  scenario.commercial.guestNightsPerYear = 100_000_000 + beyond;
  scenario.throughTraffic.personsPerDay = 1_000_000 + beyond;
  return scenario;
}

ReadScenario('refuses counts of a municipality above their bounds, naming the path and the bound', () => {
  assert.equal(problemsOf(countsAtBounds(1)), [
    'municipalities[0].residents: municipalities[0].residents must be a whole number from 0 to 1000000, got 1000001',
    'municipalities[0].cabins: municipalities[0].cabins must be a whole number from 0 to 100000, got 100001',
    'municipalities[0].dayTrippers: municipalities[0].dayTrippers must be a whole number from 0 to 1000000, got 1000001',
    'municipalities[0].commutersIn: municipalities[0].commutersIn must be a whole number from 0 to 1000000, got 1000001',
    'municipalities[0].nightShiftPosts: municipalities[0].nightShiftPosts must be a whole number from 0 to 10000, got 10001',
    'municipalities[0].seasonalWorkers.winter: municipalities[0].seasonalWorkers.winter must be a whole number from 0 to 100000, got 100001',
    'commercial.guestNightsPerYear: commercial.guestNightsPerYear must be a number from 0 to 100000000, got 100000001',
    'throughTraffic.personsPerDay: throughTraffic.personsPerDay must be a number from 0 to 1000000, got 1000001',
  ]);
  // A billion residents, the typing error that ran for minutes, is refused the same way.
  const billion = countsAtBounds(0);
  billion.municipalities[0]!.residents = 1e9;
  assert.equal(problemsOf(billion), ['municipalities[0].residents: municipalities[0].residents must be a whole number from 0 to 1000000, got 1000000000']);
});

ReadScenario('refuses a list of party sizes past 255, and takes one of 255', () => {
  // Party sizes are kept in bytes: a 256th weight (size 256) would wrap to 0.
  const scenario = tinyScenario([emptyMunicipality('1')]);
  scenario.cabins.partySizes = Array(256).fill(1);
  assert.equal(problemsOf(scenario), ['cabins.partySizes: cabins.partySizes must have at most 255 entries (party sizes 1 to 255), got 256']);
  scenario.cabins.partySizes = Array(255).fill(1);
  assert.is(readScenario(scenario, 'big.json'), scenario);
});

ReadScenario('takes every count of a municipality at its bound', () => {
  const scenario = countsAtBounds(0);
  assert.is(readScenario(scenario, 'big.json'), scenario);
});

ReadScenario('refuses more than 5 000 000 persons kept from month to month, all municipalities together', () => {
  const full = Array.from({ length: 5 }, (_, index) => emptyMunicipality(String(index + 1), { residents: 1_000_000 }));
  assert.is(readScenario(tinyScenario(full), 'full.json').municipalities.length, 5, '5 000 000 residents: at the bound');
  // Night-shift workers from outside count too: 2 posts ÷ 0.5 of nights = 4 workers, half from outside.
  const over = tinyScenario([...full, emptyMunicipality('6', { nightShiftPosts: 2 })], { nightShifts: { fromOutside: 0.5, shiftShare: 0.5 } });
  assert.equal(problemsOf(over), [
    'municipalities: municipalities: residents, cabins, seasonal workers and night-shift workers from outside add up to 5000002, more than the 5000000 a run may keep from month to month',
  ]);
});

ReadScenario('refuses more than 400 municipalities with that one problem, and takes 400', () => {
  const many = (count: number) => tinyScenario(Array.from({ length: count }, (_, index) => emptyMunicipality(String(index + 1))));
  assert.is(readScenario(many(400), 'norway.json').municipalities.length, 400);
  assert.equal(problemsOf({ ...many(401), name: '' }), ['municipalities: municipalities must have at most 400 entries, got 401']);
});

ReadScenario.run();
