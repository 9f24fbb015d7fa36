import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dayOfDate } from '../../../src/clock/day-number.js';
import { simulateRegion } from '../../../src/simulate/simulate-region.js';
import { measureMethods } from './measure-methods.js';
import { lessResidents, nightPresence } from './night-presence.js';
import { planFormula, planFormulaOnRegion } from './plan-formula.js';
import { quietBaseline } from './quiet-baseline.js';
import { guestsLessHomePresent } from './segment-night-presence.js';
import { emptyMunicipality, tinyScenario } from '../../simulate/tiny-scenario.js';

function close(actual: number, expected: number, what = ''): void {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);
}

const PlanFormula = suite('the plan formula');

PlanFormula('deducts residents per municipality and everything for the region', () => {
  // Areas of 10 000 and 20 000 devices, 4 000 and 16 000 residents: 10 600 − 4 000 = 6 600; 21 200 − 16 000 = 5 200;
  // the region 31 800 − 20 000 − 3 000 = 8 800.
  const nights = planFormula(Float64Array.of(10_000, 20_000), [4_000, 16_000], 1, { uplift: 0.06, otherDeductions: 3_000 });
  [6_600, 5_200, 8_800].forEach((expected, row) => close(nights[row]!, expected, `row ${row}`));
  const region = planFormulaOnRegion(Float64Array.of(30_000), 20_000, 2, 1, { uplift: 0.06, otherDeductions: 3_000 });
  assert.ok(Number.isNaN(region[0]!) && Number.isNaN(region[1]!));
  close(region[2]!, 8_800);
});

PlanFormula.run();

const NightPresence = suite('nightPresence');
// One area, two days from Monday 2024-01-08: every hour 100 on the first day, 200 on the second.
const hourly = new Float64Array(48);
hourly.fill(100, 0, 24);
hourly.fill(200, 24, 48);

NightPresence('dates the morning of day d + 1 as the night of d (by its evening), the last night unknown', () => {
  // Night of the 8th: 200 × 1.06 = 212; night of the 9th: no morning of the 10th.
  const nights = nightPresence(hourly, 1, 2, dayOfDate(2024, 1, 8), { hours: [3], uplift: 0.06, dateBy: 'evening' });
  close(nights[0]!, 212);
  assert.ok(Number.isNaN(nights[1]!));
  close(nights[2]!, 212, "the region's row");
});

NightPresence('dated by the morning, takes the same day', () => {
  const nights = nightPresence(hourly, 1, 2, dayOfDate(2024, 1, 8), { hours: [2, 3, 4], uplift: 0, dateBy: 'morning' });
  assert.equal(Array.from(nights.subarray(0, 2)), [100, 200]);
});

NightPresence('leaves out 02:00 on the day the clocks skip it', () => {
  // 2024-03-31 has no 02: hours 3 and 4 only, 30 and 40 → mean 35 (hour 2's 1 000 is not read).
  const march = new Float64Array(24);
  march[2] = 1_000;
  march[3] = 30;
  march[4] = 40;
  close(nightPresence(march, 1, 1, dayOfDate(2024, 3, 31), { hours: [2, 3, 4], uplift: 0, dateBy: 'morning' })[0]!, 35);
});

NightPresence('less residents: each row its own, the region all', () => {
  // Areas 500 and 700 persons with 400 and 600 residents; the region 1 200 − 1 000.
  assert.equal(Array.from(lessResidents(Float64Array.of(500, 700, 1_200), [400, 600], 1)), [100, 100, 200]);
});

NightPresence.run();

const HomeSegment = suite('guestsLessHomePresent');

HomeSegment('counts home persons as residents present, up to the register', () => {
  // Night 1: home 900, visitors 300, register 1 000: 1 200 − 900 = 300.
  // Night 2: home 1 100, visitors 300: 1 400 − 1 000 = 400.
  const guests = guestsLessHomePresent(Float64Array.of(900, 1_100, 0, 0), Float64Array.of(300, 300, 0, 0), [1_000], 2);
  assert.equal(Array.from(guests), [300, 400, 300, 400]);
});

HomeSegment.run();

const Measure = suite('measureMethods');

Measure('finds the visitor segment 6 % over a cabin weekend with one device per person (the uplift 0.06 too much)', () => {
  // 3 persons, nights of Friday 12 and Saturday 13 January: truth 6; visitor devices at 02–04 on the Saturday and Sunday
  // mornings: 3 each, × 1.06 = 3.18; 6.36 against 6: +6 %, also on the peak night (3.18 against 3).
  const scenario = tinyScenario([emptyMunicipality('1')], {
    scripted: { stays: [{ group: 'cabins', area: '1', arrive: '2024-01-12', nights: 2, persons: 3 }] },
  });
  const scores = measureMethods(simulateRegion(scenario, { seed: 1, from: '2024-01-08', to: '2024-01-21' }), { uplift: 0.06, otherDeductions: 0 });
  const visitor = scores.find((score) => score.method === 'visitor segment at night 02–04')!;
  close(visitor.annualBiasPercent, 6);
  close(visitor.peakNightErrorPercent, 6);
  assert.is(scores.length, 7);
});

Measure.run();

const Baseline = suite('quietBaseline');

Baseline("takes the quietest month's weeknights as the baseline, by hand", () => {
  // One area, November 2024 and the morning of 1 December: 100 devices at 02:00 and 03:00, 150 on Saturday and Sunday
  // mornings. November's weeknights (Monday to Thursday evenings: 4–7, 11–14, 18–21, 25–28) all have 100: the baseline
  // is 0.9 × 100 = 90, and a night of 100 devices gives (100 − 90) × 1.06 = 10.6 guest-nights; Friday and Saturday
  // evenings (150 the next morning) give (150 − 90) × 1.06 = 63.6.
  const firstDay = dayOfDate(2024, 11, 1);
  const dayCount = 31;
  const hourly = new Float64Array(dayCount * 24);
  for (let day = 0; day < dayCount; day++) {
    const weekend = [0, 6].includes(new Date((firstDay + day) * 86_400_000).getUTCDay());
    hourly.fill(weekend ? 150 : 100, day * 24, (day + 1) * 24);
  }
  const guests = quietBaseline(hourly, 1, dayCount, firstDay, { share: 0.9, uplift: 0.06 });
  close(guests[3]!, 10.6, 'Monday 4 November');
  close(guests[1]!, 63.6, 'Saturday 2 November, Sunday morning');
  close(guests[dayCount + 1]!, 63.6, "the region's row");
  assert.ok(Number.isNaN(guests[30]!), 'the last evening has no morning');
});

Baseline.run();
