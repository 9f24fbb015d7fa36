import { readScenarioFile } from '../simulate/read-scenario-file.js';
import { simulateRegion } from '../simulate/simulate-region.js';
import { summarizeTruth } from '../simulate/render-simulation-files.js';
import { validateMethods, type MethodRun } from '../validate/validate-methods.js';
import type { CommandIo, Printed } from './command-io.js';

/** `teleguest validate`: every method's error against a simulated region's truth. */
export interface ValidateCommand {
  scenario: string;
  /** The first seed; `runs` simulations use seeds `seed`, `seed + 1`, … */
  seed: number;
  runs: number;
  from: string;
  to: string;
  /** Persons per device − 1, as the analyst assumes it (the plan's 0.06). */
  uplift: number;
  json: boolean;
  workers: number | 'auto';
}

/** One method over every run: each figure's mean, and its lowest and highest run. */
export interface MethodValidation {
  method: string;
  counts: string;
  annualBiasPercent: Spread;
  monthlyMaePercent: Spread;
  peakNightErrorPercent: Spread;
  areaAnnualBiasPercent: Spread;
}

export interface Spread {
  mean: number;
  min: number;
  max: number;
}

/** What `validate` reports. */
export interface Validation {
  scenario: string;
  seeds: number[];
  from: string;
  to: string;
  uplift: number;
  /** The true guest-nights of the region over the nights validated, per run. */
  trueGuestNights: number[];
  methods: MethodValidation[];
}

/**
 * `teleguest validate`: simulate the scenario `runs` times, run every estimation method on each
 * run's counts as `estimate` runs it (`validateMethods`), and report each method's annual bias,
 * mean absolute monthly error, error on the peak night and mean absolute bias per municipality,
 * as a table or JSON.
 *
 * @example
 * const printed = await validateCommand({ scenario: 'fixtures/simulate/hallingdal.scenario.json', seed: 1, runs: 1, from: '2024-01-01', to: '2024-12-31', uplift: 0.06, json: false, workers: 0 }, { note: console.error });
 */
export async function validateCommand(command: ValidateCommand, io: CommandIo): Promise<Printed> {
  const scenario = await readScenarioFile(command.scenario);
  const seeds = Array.from({ length: command.runs }, (_, run) => command.seed + run);
  const runs: MethodRun[][] = [];
  const trueGuestNights: number[] = [];
  for (const seed of seeds) {
    io.onStep?.('simulating');
    const simulation = simulateRegion(scenario, { seed, from: command.from, to: command.to });
    trueGuestNights.push(summarizeTruth(simulation).guestNights.total);
    io.onStep?.('estimating');
    runs.push(await validateMethods(simulation, { uplift: command.uplift, workers: command.workers }));
  }
  const methods = runs[0]!.map((first, index): MethodValidation => {
    const spread = (figure: (run: MethodRun) => number): Spread => {
      const values = runs.map((run) => figure(run[index]!));
      return { mean: values.reduce((sum, value) => sum + value, 0) / values.length, min: Math.min(...values), max: Math.max(...values) };
    };
    return {
      method: first.method.name,
      counts: first.method.counts,
      annualBiasPercent: spread((run) => run.region.annual.biasPercent),
      monthlyMaePercent: spread((run) => run.region.monthly.meanAbsolutePercent),
      peakNightErrorPercent: spread((run) => run.region.peakNight.errorPercent),
      areaAnnualBiasPercent: spread((run) => run.areaAnnualBiasPercent),
    };
  });
  const validation: Validation = { scenario: scenario.name, seeds, from: command.from, to: command.to, uplift: command.uplift, trueGuestNights, methods };
  if (command.json) return [`${JSON.stringify(validation, null, 2)}\n`];
  return [(await import('../write/table/format-validation.js')).formatValidation(validation)];
}
