import { UsageError } from '../errors.js';
import { readScenarioFile } from '../simulate/read-scenario-file.js';
import { simulationSpanProblem } from '../simulate/simulation-bounds.js';
import { simulateRegion } from '../simulate/simulate-region.js';
import { summarizeTruth } from '../simulate/render-simulation-files.js';
import type { Scenario } from '../simulate/scenario.js';
import { intervalCovers } from '../validate/interval-coverage.js';
import { SCENARIO_VARIATIONS, varyScenario } from '../validate/scenario-variations.js';
import { validateMethods, type AnalystModel, type MethodRun } from '../validate/validate-methods.js';
import type { CommandIo, Printed } from './command-io.js';

/** `teleguest validate`: every method's error against a simulated region's truth. */
export interface ValidateCommand {
  scenario: string;
  /** The first seed; `runs` simulations use seeds `seed`, `seed + 1`, … */
  seed: number;
  runs: number;
  from: string;
  to: string;
  /** Persons per device − 1 as the analyst assumes it (the plan's 0.06), and the range the draws take. */
  uplift: AnalystModel['uplift'];
  /** Draws for each method's 90 % interval; 0 for none. */
  draws: number;
  /** Also run the built-in variations of the scenario (`SCENARIO_VARIATIONS`). */
  variations: boolean;
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
  /** Half the 90 % interval's width (p5 to p95 of guest-nights per year), in per cent of the truth. */
  intervalHalfWidthPercent: Spread;
  /** The runs whose interval held the truth, of those with one; null without draws. */
  coverage: Coverage | null;
  /** True where the method's interval is one-sided (from 0: daily counts bound guest-nights from above only). */
  oneSided: boolean;
  /** Why the method refused the counts of a run, where it did (as `estimate` would say it). */
  refused?: string;
}

export interface Spread {
  mean: number;
  min: number;
  max: number;
}

export interface Coverage {
  covered: number;
  runs: number;
}

/** Every method on one scenario, over the seeds. */
export interface ScenarioValidation {
  scenario: string;
  /** Its column in the table of variations. */
  label: string;
  /** The true guest-nights of the region over the nights validated, per run. */
  trueGuestNights: number[];
  methods: MethodValidation[];
}

/** What `validate` reports. */
export interface Validation {
  scenario: string;
  seeds: number[];
  from: string;
  to: string;
  uplift: AnalystModel['uplift'];
  draws: number;
  /** The scenario as given first, then its variations. */
  scenarios: ScenarioValidation[];
  /** Per method, over every scenario and seed: the runs whose 90 % interval held the truth; empty without draws. */
  coverage: Array<{ method: string; counts: string } & Coverage>;
}

/**
 * `teleguest validate`: simulate the scenario `runs` times (and each of its variations as many),
 * run every estimation method on each run's counts as `estimate` runs it (`validateMethods`),
 * and report each method's annual bias, mean absolute monthly error, error on the peak night,
 * mean absolute bias per municipality and whether its 90 % interval held the truth, as a table or
 * JSON.
 *
 * @example
 * const printed = await validateCommand({ scenario: 'fixtures/simulate/hallingdal.scenario.json', seed: 1, runs: 1, from: '2024-01-01', to: '2024-12-31', uplift: ANALYST_UPLIFT, draws: 1_000, variations: false, json: false, workers: 0 }, { note: console.error });
 */
export async function validateCommand(command: ValidateCommand, io: CommandIo): Promise<Printed> {
  const given = await readScenarioFile(command.scenario);
  const tooLarge = simulationSpanProblem(command.from, command.to, given.municipalities.length, ['--from', '--to']);
  if (tooLarge !== undefined) throw new UsageError(tooLarge);
  const seeds = Array.from({ length: command.runs }, (_, run) => command.seed + run);
  const analyst: AnalystModel = { uplift: command.uplift, draws: command.draws, workers: command.workers };
  const scenarios: Array<{ scenario: Scenario; label: string }> = [
    { scenario: given, label: 'as given' },
    ...(command.variations ? SCENARIO_VARIATIONS.map((variation) => ({ scenario: varyScenario(given, variation), label: variation.label })) : []),
  ];
  const validated: Array<{ validation: ScenarioValidation; runs: MethodRun[][] }> = [];
  for (const { scenario, label } of scenarios) {
    const runs: MethodRun[][] = [];
    const trueGuestNights: number[] = [];
    for (const seed of seeds) {
      io.onStep?.('simulating');
      const simulation = simulateRegion(scenario, { seed, from: command.from, to: command.to });
      trueGuestNights.push(summarizeTruth(simulation).guestNights.total);
      io.onStep?.('estimating');
      runs.push(await validateMethods(simulation, analyst));
    }
    validated.push({ validation: { scenario: scenario.name, label, trueGuestNights, methods: summarizeRuns(runs, command.draws > 0) }, runs });
  }
  const coverage =
    command.draws === 0
      ? []
      : validated[0]!.runs[0]!.map(({ method }, index) => {
          const all = validated.flatMap(({ runs }) => runs.map((run) => run[index]!));
          return { method: method.name, counts: method.counts, ...coverageOf(all) };
        });
  const validation: Validation = {
    scenario: given.name,
    seeds,
    from: command.from,
    to: command.to,
    uplift: command.uplift,
    draws: command.draws,
    scenarios: validated.map(({ validation: scenario }) => scenario),
    coverage,
  };
  if (command.json) return [`${JSON.stringify(validation, null, 2)}\n`];
  return [(await import('../write/table/format-validation.js')).formatValidation(validation)];
}

/** Each method's figures over the runs of one scenario (runs × methods, in `VALIDATED_METHODS` order). */
function summarizeRuns(runs: MethodRun[][], drawn: boolean): MethodValidation[] {
  return runs[0]!.map((first, index) => {
    const of = runs.map((run) => run[index]!);
    const spread = (figure: (run: MethodRun) => number): Spread => {
      const values = of.map(figure);
      return { mean: values.reduce((sum, value) => sum + value, 0) / values.length, min: Math.min(...values), max: Math.max(...values) };
    };
    return {
      method: first.method.name,
      counts: first.method.counts,
      annualBiasPercent: spread((run) => run.region.annual.biasPercent),
      monthlyMaePercent: spread((run) => run.region.monthly.meanAbsolutePercent),
      peakNightErrorPercent: spread((run) => run.region.peakNight.errorPercent),
      areaAnnualBiasPercent: spread((run) => run.areaAnnualBiasPercent),
      intervalHalfWidthPercent: spread((run) => (run.interval === null ? NaN : ((run.interval.high - run.interval.low) / 2 / run.truePerYear) * 100)),
      coverage: drawn ? coverageOf(of) : null,
      oneSided: of.some((run) => run.interval?.oneSided === true),
      ...(of.some((run) => run.refused !== undefined) && { refused: of.find((run) => run.refused !== undefined)!.refused }),
    };
  });
}

/** Of the runs with an interval (a refused run has none), those whose interval held the truth. */
function coverageOf(runs: MethodRun[]): Coverage {
  const intervals = runs.filter((run) => run.interval !== null);
  return { covered: intervals.filter((run) => intervalCovers([run.interval!.low, run.interval!.high], run.truePerYear)).length, runs: intervals.length };
}
