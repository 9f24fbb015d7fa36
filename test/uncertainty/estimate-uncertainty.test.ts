import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { estimate } from '../../src/pipeline/estimate.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readModel } from '../../src/model/read-model.js';
import type { Summary } from '../../src/summary/summary.js';
import { hallingdalRegionDevices, mulberry32, quantileType7 } from '../helpers/hallingdal-devices.js';
import { repoRoot } from '../helpers/repo-root.js';
import { tempDir } from '../helpers/temp-dir.js';

// Intervals checked against closed forms and an independent Monte Carlo. On the Hallingdal
// fixture every deduction is a constant, so the region's guest-nights per year is
// 365 × (D̄ × (1 + uplift) − Σ deductions), with D̄ the regional devices per complete day,
// summed here from the CSV text.

const { days, meanDevices } = hallingdalRegionDevices();
const hallingdalCounts = join(repoRoot, 'fixtures/hallingdal/counts.csv');

/** Estimate the Hallingdal counts with a model written to a file and read back as a user's would be. */
async function estimateHallingdal(model: object, options: { draws: number; seed?: number; probabilities?: number[] }): Promise<Summary> {
  const file = tempDir().write('model.json', JSON.stringify(model));
  const { model: read } = await readModel(file);
  const { counts } = await readCounts(hallingdalCounts);
  return (await estimate(counts, read, { ...options, workers: 0, modelFile: file })).summary;
}

function assertWithin(actual: number | undefined, expected: number, relative: number, what: string): void {
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= relative * Math.abs(expected),
    `${what}: ${actual} is not within ${relative * 100} % of ${expected}`,
  );
}

/** The triangular distribution's quantile function (min a, mode c, max b). */
function triangularQuantile(a: number, c: number, b: number, p: number): number {
  return p < (c - a) / (b - a) ? a + Math.sqrt(p * (b - a) * (c - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - c));
}

const Fixture = suite('the Hallingdal fixture as the closed forms read it');

Fixture('has 547 complete days and about 46 724 devices a day', () => {
  assert.is(days, 547);
  assert.is(Math.round(meanDevices), 46724);
});

Fixture.run();

const UpliftOnly = suite('a triangular uplift with fixed deductions');

UpliftOnly('gives guest-nights per year at the closed-form quantiles of the triangle 0.04–0.06–0.09', async () => {
  const summary = await estimateHallingdal(
    {
      name: 'H',
      uplift: { value: 0.06, min: 0.04, max: 0.09 },
      deductions: { residents: 20000, externalWorkers: 1000, throughTraffic: 1000, dayTrippers: 1000 },
    },
    { draws: 10_000 },
  );
  const interval = summary.uncertainty!.region.guestNightsPerYear!;
  for (const [key, p] of [
    ['p5', 0.05],
    ['p50', 0.5],
    ['p95', 0.95],
  ] as const) {
    const uplift = triangularQuantile(0.04, 0.06, 0.09, p);
    assertWithin(interval[key], 365 * (meanDevices * (1 + uplift) - 23_000), 0.005, `guestNightsPerYear ${key}`);
  }
});

UpliftOnly('gives the uplift per day at D̄ times the triangle’s quantiles', async () => {
  const summary = await estimateHallingdal(
    {
      name: 'H',
      uplift: { value: 0.06, min: 0.04, max: 0.09 },
      deductions: { residents: 20000, externalWorkers: 1000, throughTraffic: 1000, dayTrippers: 1000 },
    },
    { draws: 10_000 },
  );
  const interval = summary.uncertainty!.region.upliftPerDay!;
  // By hand: p5 = 0.04 + √(0.05 × 0.05 × 0.02) = 0.047071; p50 = 0.09 − √(0.5 × 0.05 × 0.03) = 0.062614; p95 = 0.09 − √(0.05 × 0.05 × 0.03) = 0.081340.
  assertWithin(triangularQuantile(0.04, 0.06, 0.09, 0.05), 0.047071, 1e-5, 'F⁻¹(0.05)');
  assertWithin(triangularQuantile(0.04, 0.06, 0.09, 0.5), 0.062614, 1e-5, 'F⁻¹(0.5)');
  assertWithin(triangularQuantile(0.04, 0.06, 0.09, 0.95), 0.08134, 1e-5, 'F⁻¹(0.95)');
  for (const [key, p] of [
    ['p5', 0.05],
    ['p50', 0.5],
    ['p95', 0.95],
  ] as const) {
    assertWithin(interval[key], meanDevices * triangularQuantile(0.04, 0.06, 0.09, p), 0.005, `upliftPerDay ${key}`);
  }
});

UpliftOnly.run();

// Asymmetric triangles (min, mode, max) for uplift and every deduction.
const TRIANGLES = {
  uplift: [0.03, 0.06, 0.1],
  residents: [18_000, 20_000, 26_000],
  externalWorkers: [400, 1000, 1300],
  throughTraffic: [800, 1000, 2000],
  dayTrippers: [200, 1000, 1600],
} as const;
type Name = keyof typeof TRIANGLES;
const range = (name: Name) => ({ value: TRIANGLES[name][1], min: TRIANGLES[name][0], max: TRIANGLES[name][2] });
const severalModel = {
  name: 'H',
  uplift: range('uplift'),
  deductions: {
    residents: range('residents'),
    externalWorkers: range('externalWorkers'),
    throughTraffic: range('throughTraffic'),
    dayTrippers: range('dayTrippers'),
  },
};
const annualOf = (uplift: number, deductions: number) => 365 * (meanDevices * (1 + uplift) - deductions);

const Several = suite('several triangular ranges against an independent Monte Carlo');

Several('matches a million draws of 365 × (D̄(1 + u) − Σ deductions) at p5, p50 and p95 within 1 %', async () => {
  const summary = await estimateHallingdal(severalModel, { draws: 10_000, seed: 12345 });
  // Our own sampler: inverse transform of the triangle, fed by mulberry32.
  const random = mulberry32(20261126);
  const draw = (name: Name) => triangularQuantile(TRIANGLES[name][0], TRIANGLES[name][1], TRIANGLES[name][2], random());
  const annual = new Float64Array(1_000_000);
  for (let i = 0; i < annual.length; i++) {
    const uplift = draw('uplift');
    annual[i] = annualOf(uplift, draw('residents') + draw('externalWorkers') + draw('throughTraffic') + draw('dayTrippers'));
  }
  annual.sort();
  const interval = summary.uncertainty!.region.guestNightsPerYear!;
  for (const [key, p] of [
    ['p5', 0.05],
    ['p50', 0.5],
    ['p95', 0.95],
  ] as const)
    assertWithin(interval[key], quantileType7(annual, p), 0.01, `guestNightsPerYear ${key}`);
});

Several('puts each parameter of the tornado at its min and max with the others at their modes, largest swing first', async () => {
  const summary = await estimateHallingdal(severalModel, { draws: 100 });
  const tornado = summary.uncertainty!.tornado;
  const modes = { uplift: 0.06, deductions: 20_000 + 1000 + 1000 + 1000 };
  const expected = (Object.keys(TRIANGLES) as Name[]).map((name) => {
    const [low, , high] = TRIANGLES[name];
    const at = (value: number) =>
      name === 'uplift' ? annualOf(value, modes.deductions) : annualOf(modes.uplift, modes.deductions - TRIANGLES[name][1] + value);
    return { parameter: name === 'uplift' ? 'uplift' : `deductions.${name}`, low, high, atLow: at(low), atHigh: at(high) };
  });
  // By hand, the swings: uplift 0.07 × D̄ × 365 ≈ 1.19 M; residents 8000 × 365 = 2.92 M; workers 900 × 365;
  // through-traffic 1200 × 365; day-trippers 1400 × 365. So residents, uplift, day-trippers, through-traffic, workers.
  assert.equal(
    tornado.map((bar) => bar.parameter),
    ['deductions.residents', 'uplift', 'deductions.dayTrippers', 'deductions.throughTraffic', 'deductions.externalWorkers'],
  );
  for (const bar of tornado) {
    const want = expected.find((entry) => entry.parameter === bar.parameter)!;
    assert.is(bar.low, want.low, `${bar.parameter} low`);
    assert.is(bar.high, want.high, `${bar.parameter} high`);
    assertWithin(bar.atLow, want.atLow, 1e-6, `${bar.parameter} atLow`);
    assertWithin(bar.atHigh, want.atHigh, 1e-6, `${bar.parameter} atHigh`);
    assertWithin(bar.swing, Math.abs(want.atHigh - want.atLow), 1e-6, `${bar.parameter} swing`);
  }
  for (let i = 1; i < tornado.length; i++) assert.ok(tornado[i - 1]!.swing >= tornado[i]!.swing, 'sorted by swing, largest first');
});

Several('gives each parameter its share of the variance of a sum of independent terms', async () => {
  const summary = await estimateHallingdal(severalModel, { draws: 10_000 });
  // Var(annual) = 365² × (D̄² Var(u) + Σ Var(dₖ)); a triangle's variance is (a² + b² + c² − ab − ac − bc) / 18.
  const variance = (name: Name) => {
    const [a, c, b] = TRIANGLES[name];
    return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
  };
  const parts = (Object.keys(TRIANGLES) as Name[]).map((name) => ({
    parameter: name === 'uplift' ? 'uplift' : `deductions.${name}`,
    part: name === 'uplift' ? meanDevices * meanDevices * variance(name) : variance(name),
  }));
  const total = parts.reduce((sum, { part }) => sum + part, 0);
  const shares = summary.uncertainty!.varianceShares;
  // By hand: residents 0.82, uplift 0.13, then three of 0.01–0.02, too close to order from 10 000 draws.
  assert.equal(
    shares.slice(0, 2).map((share) => share.parameter),
    ['deductions.residents', 'uplift'],
  );
  for (let i = 1; i < shares.length; i++) assert.ok(shares[i - 1]!.share >= shares[i]!.share, 'largest share first');
  for (const { parameter, part } of parts) {
    const share = shares.find((entry) => entry.parameter === parameter)!.share;
    assert.ok(Math.abs(share - part / total) <= 0.02, `${parameter}: share ${share}, by hand ${part / total}`);
  }
});

Several.run();

/** The standard normal distribution function, by Abramowitz & Stegun 7.1.26 (error < 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Its inverse, by bisection. */
function normalQuantile(p: number): number {
  let [low, high] = [-10, 10];
  for (let i = 0; i < 100; i++) {
    const mid = (low + high) / 2;
    if (normalCdf(mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

const Normal = suite('normal ranges, truncated at 0');

Normal('draw a deduction of 1000 ± 300 with its median at 1000 and its p5 at 1000 − 1.6449 × 300', async () => {
  const summary = await estimateHallingdal(
    { name: 'H', uplift: 0.06, deductions: { residents: 20000, externalWorkers: { value: 1000, sd: 300 }, throughTraffic: 1000, dayTrippers: 1000 } },
    { draws: 100_000 },
  );
  // The deduction is the same every day, so its mean per day is the drawn value itself.
  const interval = summary.uncertainty!.region.deductionsPerDay.externalWorkers!;
  assertWithin(normalQuantile(0.05), -1.6449, 1e-4, 'our z at 0.05');
  assertWithin(interval.p50, 1000, 0.01, 'p50');
  assertWithin(interval.p5, 1000 - 1.6449 * 300, 0.02, 'p5');
  assertWithin(interval.p95, 1000 + 1.6449 * 300, 0.02, 'p95');
});

Normal('never draw a deduction of 100 ± 300 below 0, and put its median where the truncated normal has it', async () => {
  const summary = await estimateHallingdal(
    { name: 'H', uplift: 0.06, deductions: { residents: 20000, externalWorkers: { value: 100, sd: 300 }, throughTraffic: 1000, dayTrippers: 1000 } },
    { draws: 20_000, probabilities: [0, 0.05, 0.5] },
  );
  const interval = summary.uncertainty!.region.deductionsPerDay.externalWorkers!;
  assert.ok(interval.p0! >= 0, `the smallest draw is ${interval.p0}`);
  assert.ok(interval.p5! >= 0, `p5 is ${interval.p5}`);
  // Truncated at 0: P(X ≤ m | X ≥ 0) = 1/2 ⇔ Φ((m − 100)/300) = Φ(−1/3) + (1 − Φ(−1/3))/2 — about 244.
  const below = normalCdf(-100 / 300);
  const median = 100 + 300 * normalQuantile(below + (1 - below) / 2);
  assert.ok(median > 240 && median < 250, `the truncated median by hand is ${median}`);
  assertWithin(interval.p50, median, 0.02, 'p50');
});

Normal('put a normal range’s tornado bar at value ∓ 1.6449 sd, not below 0', async () => {
  const summary = await estimateHallingdal(
    {
      name: 'H',
      uplift: 0.06,
      deductions: { residents: { value: 20000, sd: 1000 }, externalWorkers: { value: 100, sd: 300 }, throughTraffic: 1000, dayTrippers: 1000 },
    },
    { draws: 10 },
  );
  const bars = summary.uncertainty!.tornado;
  const annual = (deductions: number) => 365 * (meanDevices * 1.06 - deductions);
  const residents = bars.find((bar) => bar.parameter === 'deductions.residents')!;
  assertWithin(residents.low, 20000 - 1.6448536 * 1000, 1e-7, 'residents low');
  assertWithin(residents.high, 20000 + 1.6448536 * 1000, 1e-7, 'residents high');
  assertWithin(residents.atLow, annual(20000 - 1.6448536 * 1000 + 2100), 1e-6, 'residents atLow');
  const workers = bars.find((bar) => bar.parameter === 'deductions.externalWorkers')!;
  assert.is(workers.low, 0, '100 − 1.6449 × 300 is below 0');
  assertWithin(workers.high, 100 + 1.6448536 * 300, 1e-7, 'workers high');
  assertWithin(workers.atLow, annual(22000), 1e-6, 'workers atLow');
  assertWithin(workers.atHigh, annual(22000 + 100 + 1.6448536 * 300), 1e-6, 'workers atHigh');
  assert.equal(
    bars.map((bar) => bar.parameter),
    ['deductions.residents', 'deductions.externalWorkers'],
  );
});

Normal('draw a normal weekday factor never below 0', async () => {
  const summary = await estimateHallingdal(
    {
      name: 'H',
      uplift: 0.06,
      deductions: {
        residents: 20000,
        externalWorkers: { value: 1000, weekday: [1, 1, 1, 1, 1, { value: 0.1, sd: 0.5 }, { value: 0.1, sd: 0.5 }] },
        throughTraffic: 1000,
        dayTrippers: 1000,
      },
    },
    { draws: 5000, probabilities: [0, 0.5, 1] },
  );
  // The 547 days run from Sunday 1 January 2023; with the weekend at factor ≥ 0 the workers per day are at
  // least 1000 × the share of Monday–Friday days, and would fall below it with any negative factor.
  let weekdays = 0;
  for (let day = 0; day < 547; day++) if (new Date(Date.UTC(2023, 0, 1 + day)).getUTCDay() % 6 !== 0) weekdays++;
  assert.is(weekdays, 390, '78 whole weeks, 1 January 2023 to 30 June 2024');
  const interval = summary.uncertainty!.region.deductionsPerDay.externalWorkers!;
  assert.ok(interval.p0! >= (1000 * weekdays) / 547 - 1e-9, `the smallest mean is ${interval.p0}`);
});

Normal.run();

const Quantiles = suite('quantiles over the draws');

Quantiles('are type 7: linear between order statistics at (n − 1) p', async () => {
  const summary = await estimateHallingdal(
    { name: 'H', uplift: { value: 0.06, min: 0.04, max: 0.09 }, deductions: { residents: 20000 } },
    { draws: 5, probabilities: [0, 0.1, 0.25, 0.5, 0.7, 0.75, 1] },
  );
  // Five draws x₁ ≤ … ≤ x₅: p0, p25, p50, p75, p100 are x₁ … x₅ themselves; p10 = x₁ + 0.4 (x₂ − x₁); p70 = x₃ + 0.8 (x₄ − x₃).
  const { p0, p10, p25, p50, p70, p75, p100 } = summary.uncertainty!.region.guestNightsPerYear! as Record<string, number>;
  assert.ok(p0! < p25! && p25! < p50! && p50! < p75! && p75! < p100!, 'five different draws');
  assertWithin(p10, p0! + 0.4 * (p25! - p0!), 1e-12, 'p10');
  assertWithin(p70, p50! + 0.8 * (p75! - p50!), 1e-12, 'p70');
});

Quantiles('are keyed by their percent, p2.5 and p97.5 included', async () => {
  const summary = await estimateHallingdal(
    { name: 'H', uplift: { value: 0.06, min: 0.04, max: 0.09 }, deductions: { residents: 20000 } },
    { draws: 100, probabilities: [0.025, 0.5, 0.975] },
  );
  assert.equal(Object.keys(summary.uncertainty!.region.guestNightsPerYear!), ['p2.5', 'p50', 'p97.5']);
  assert.equal(summary.uncertainty!.probabilities, [0.025, 0.5, 0.975]);
});

Quantiles.run();
