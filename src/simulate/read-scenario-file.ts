import { readFile } from 'node:fs/promises';
import { fileError } from '../errors.js';
import { parseScenario } from './read-scenario.js';
import type { Scenario } from './scenario.js';

/**
 * Read and check a scenario file (`parseScenario`); a file that cannot be read is an `InputError`.
 *
 * @example
 * (await readScenarioFile('fixtures/simulate/hallingdal.scenario.json')).municipalities.length; // 6
 */
export async function readScenarioFile(file: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw fileError(file, 'read', error);
  }
  return parseScenario(text, file);
}
