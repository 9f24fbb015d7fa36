import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { readScenarioFile } from '../simulate/read-scenario-file.js';
import { simulationSpanProblem } from '../simulate/simulation-bounds.js';
import { renderSimulationFiles } from '../simulate/render-simulation-files.js';
import { simulateRegion } from '../simulate/simulate-region.js';
import { writeOutputs } from '../write/write-outputs.js';
import type { CommandIo, Printed } from './command-io.js';

/** `teleguest simulate`: a SYNTHETIC region's counts and the truth behind them. */
export interface SimulateCommand {
  /** The scenario (JSON): municipalities, people, cabins, phones, counting rules. */
  scenario: string;
  seed: number;
  /** The first and last day to write, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** The folder to write the counts and the truth into. */
  out: string;
}

/**
 * `teleguest simulate`: simulate the scenario agent by agent (`simulateRegion`, the same result
 * for the same seed) and write what an operator sells (daily, hourly, split by home, a region's
 * unique daily count) and the truth (guest-nights per night, dated by the evening), all or none.
 *
 * @example
 * await simulateCommand({ scenario: 'fixtures/simulate/hallingdal.scenario.json', seed: 1, from: '2024-01-01', to: '2024-12-31', out: 'sim' }, { note: console.error });
 */
export async function simulateCommand(command: SimulateCommand, io: CommandIo): Promise<Printed> {
  const scenario = await readScenarioFile(command.scenario);
  const tooLarge = simulationSpanProblem(command.from, command.to, scenario.municipalities.length, ['--from', '--to']);
  if (tooLarge !== undefined) throw new UsageError(tooLarge);
  io.onStep?.('simulating');
  const result = simulateRegion(scenario, { seed: command.seed, from: command.from, to: command.to });
  io.onStep?.('writing');
  const files = Object.entries(renderSimulationFiles(result)).map(([name, text]) => ({ target: join(command.out, name), content: () => [text] }));
  await writeOutputs(files, [{ path: command.scenario, role: '--scenario' }]);
  io.note(`simulated ${result.dayCount} days of ${scenario.name} (seed ${command.seed}); wrote ${files.map(({ target }) => target).join(', ')}`);
  return [];
}
