import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HourlyMethod } from '../hourly/hourly-method.js';
import type { Deduction, Model } from '../model/model.js';
import { InputError } from '../errors.js';
import type { Estimate } from '../pipeline/estimate.js';
import { estimateFile } from '../pipeline/estimate-file.js';
import { renderSimulationFiles } from '../simulate/render-simulation-files.js';
import type { SimulationResult } from '../simulate/simulation-result.js';
import { scoreEstimate, type EstimateScore } from './score-estimate.js';

/** One of teleguest's methods, as `validate` runs it: which of the operator's files, and how. */
export interface ValidatedMethod {
  name: string;
  /** The simulated file it reads (what the operator sells). */
  counts: 'daily.csv' | 'region-daily.csv' | 'hourly.csv' | 'hourly-segments.csv';
  method?: HourlyMethod;
  /** The residents deduction: the registered residents (per municipality), or the devices the operator counts as at home. */
  residents: 'registered' | 'home segment';
}

/**
 * teleguest's methods for each kind of counts an operator sells, each as `teleguest estimate`
 * runs it: the plan's formula on daily counts (summed over municipalities, and on a count of
 * unique devices in the whole region), and the hourly methods.
 */
export const VALIDATED_METHODS: readonly ValidatedMethod[] = [
  { name: "plan's formula, daily counts per municipality", counts: 'daily.csv', residents: 'registered' },
  { name: "plan's formula, region's unique daily count", counts: 'region-daily.csv', residents: 'registered' },
  { name: 'busiest hour − registered residents', counts: 'hourly.csv', method: 'busiest-hour', residents: 'registered' },
  { name: 'night presence − registered residents', counts: 'hourly.csv', method: 'night-presence', residents: 'registered' },
  { name: 'night presence − quiet-weeknight baseline', counts: 'hourly.csv', method: 'night-presence-baseline', residents: 'registered' },
  { name: 'night presence − home devices', counts: 'hourly-segments.csv', method: 'night-presence', residents: 'home segment' },
  { name: 'visitor night presence', counts: 'hourly-segments.csv', method: 'visitor-night-presence', residents: 'registered' },
];

/**
 * The analyst's uplift by default: the plan's 0.06, as a triangular range from −0.05 to 0.17 —
 * persons per device 0.95 to 1.17, about ±10 %: persons without a counted phone 5–10 %, with two
 * devices 4–10 %, and an operator whose share among visitors is not its share of the country.
 */
export const ANALYST_UPLIFT = { value: 0.06, min: -0.05, max: 0.17 } as const;

/** What the analyst knows: persons per device − 1 as a range around the plan's value, and how to draw it. */
export interface AnalystModel {
  /** The uplift: its value (the point estimate's) and the triangular range the draws take. */
  uplift: { value: number; min: number; max: number };
  /** Draws of the ranges for each method's 90 % interval (p5 to p95); 0 for none. */
  draws: number;
  workers?: number | 'auto';
}

/** A method's score on one simulation: the region's nights, the mean absolute annual bias over the municipalities, and its interval. */
export interface MethodRun {
  method: ValidatedMethod;
  region: EstimateScore;
  /** Mean over the municipalities of |annual bias| (%); NaN for a count of the region alone. */
  areaAnnualBiasPercent: number;
  /** The region's true guest-nights per year over the nights the method has: their mean × 365. */
  truePerYear: number;
  /** The 90 % interval (p5, p95) of the region's guest-nights per year; null without draws. One-sided (`low` 0) where the counts bound guest-nights from above only (daily counts). */
  interval: { low: number; high: number; oneSided: boolean } | null;
  /** Why the method refused the counts (as `estimate` would), when it did: its figures are then NaN. */
  refused?: string;
}

/**
 * Run every method (or those given) on a simulation's counts, with the model an analyst has
 * (persons per device 1 + the uplift, as a range, and the published registered residents), and
 * score each method's guest-nights per night against the truth, and its 90 % interval of the
 * annual figure. Nights are dated by the evening they start, as the truth, SSB and the hourly
 * methods date them.
 *
 * @example
 * const runs = await validateMethods(simulateRegion(scenario, { seed: 1, from: '2024-01-01', to: '2024-12-31' }), { uplift: ANALYST_UPLIFT, draws: 1_000 });
 * runs.map((run) => [run.region.annual.biasPercent, run.interval]);
 */
export async function validateMethods(
  simulation: SimulationResult,
  analyst: AnalystModel,
  methods: readonly ValidatedMethod[] = VALIDATED_METHODS,
): Promise<MethodRun[]> {
  const dir = await mkdtemp(join(tmpdir(), 'teleguest-validate-'));
  try {
    const files = renderSimulationFiles(simulation, [...new Set(methods.map((method) => method.counts))]);
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    const runs: MethodRun[] = [];
    for (const method of methods) runs.push(await runMethod(method, join(dir, method.counts), simulation, analyst));
    return runs;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function runMethod(method: ValidatedMethod, counts: string, simulation: SimulationResult, analyst: AnalystModel): Promise<MethodRun> {
  const { areaCodes, residents, dayCount, firstDay, truth } = simulation;
  const registered: Deduction =
    method.counts === 'region-daily.csv'
      ? residents.reduce((sum, count) => sum + count, 0)
      : { byArea: Object.fromEntries(areaCodes.map((code, area) => [code, residents[area]!])) };
  const deduction: Deduction = method.residents === 'home segment' ? { segment: 'home' } : registered;
  const { value, min, max } = analyst.uplift;
  const model: Model = {
    name: simulation.scenarioName,
    uplift: value,
    deductions: { residents: deduction },
    ranges: [{ name: 'uplift', site: { kind: 'uplift' }, value, dist: 'triangular', min, max }],
  };
  let result: Estimate;
  try {
    result = (
      await estimateFile(counts, model, {
        modelFile: counts,
        daily: true,
        workers: analyst.workers ?? 0,
        ...(analyst.draws > 0 && { draws: analyst.draws, probabilities: [0.05, 0.95] }),
        ...(method.method && { method: method.method }),
      })
    ).result;
  } catch (error) {
    // Counts the method cannot take (too short a span, say): no figures, and why.
    if (!(error instanceof InputError)) throw error;
    const none = scoreEstimate(truth.guestNights.subarray(0, dayCount), new Float64Array(dayCount).fill(NaN), firstDay);
    return { method, region: none, areaAnnualBiasPercent: NaN, truePerYear: NaN, interval: null, refused: error.problem };
  }
  const { grid } = result;
  const guestNights = result.daily!.guestNights;
  const rows = grid.areaCodes.length;
  // The estimate's rows as the truth's (municipalities, region last), on the truth's nights (both
  // dated by the evening; a day's figure of the daily methods is that evening's); the region's row
  // of a region's own count holds its guest-nights (a region-wide deduction).
  const rowOf = (code: string) => (code === 'region' ? rows : grid.areaCodes.indexOf(code));
  const seriesOf = (code: string) => {
    const row = rowOf(code);
    const series = new Float64Array(dayCount).fill(NaN);
    if (row === -1) return series;
    for (let night = 0; night < dayCount; night++) {
      const day = firstDay + night - grid.firstDay;
      if (day >= 0 && day < grid.dayCount) series[night] = guestNights[row * grid.dayCount + day]!;
    }
    return series;
  };
  const truthOf = (row: number) => truth.guestNights.subarray(row * dayCount, (row + 1) * dayCount);
  const region = scoreEstimate(truthOf(areaCodes.length), seriesOf('region'), firstDay);
  const nights = region.annual.years.reduce((sum, year) => sum + year.nights, 0);
  const truePerYear = (region.annual.years.reduce((sum, year) => sum + year.truth, 0) / nights) * 365;
  const perYear = result.summary.uncertainty?.region.guestNightsPerYear;
  const interval =
    perYear === undefined || perYear === null ? null : { low: perYear.p5!, high: perYear.p95!, oneSided: result.summary.uncertainty!.oneSided === true };
  const scored = { method, region, truePerYear, interval };
  if (method.counts === 'region-daily.csv') return { ...scored, areaAnnualBiasPercent: NaN };
  let areaBias = 0;
  for (let area = 0; area < areaCodes.length; area++)
    areaBias += Math.abs(scoreEstimate(truthOf(area), seriesOf(areaCodes[area]!), firstDay).annual.biasPercent);
  return { ...scored, areaAnnualBiasPercent: areaBias / areaCodes.length };
}
