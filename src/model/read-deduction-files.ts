import { dirname, resolve } from 'node:path';
import { currentArea, type CodeHistory } from '../areas/code-history.js';
import { readDailyValues, type DailyValues } from './read-daily-values.js';
import type { DeductionInputs, Population } from './resolve-deductions.js';
import type { Model } from './model.js';

/**
 * Read the files the model's deductions name (`file`, `population`), with paths taken relative
 * to the model file's folder (the working directory for a model given in code). Population
 * figures under old municipality codes are moved to today's codes by `history` (summed where
 * municipalities merged), so a 2019 table joins 2024 counts.
 *
 * @example
 * const inputs = await readDeductionFiles(model, 'fixtures/every-form/model-hallingdal.json', BUILT_IN_CODE_HISTORY);
 * inputs.files?.get('dayTrippers')?.perArea; // false
 */
export async function readDeductionFiles(model: Model, modelFile: string, history: CodeHistory): Promise<DeductionInputs> {
  const folder = dirname(modelFile);
  const files = new Map<string, DailyValues>();
  const populations = new Map<string, Population>();
  for (const [name, deduction] of Object.entries(model.deductions)) {
    if (typeof deduction !== 'object') continue;
    if ('file' in deduction) files.set(name, await readDailyValues(resolve(folder, deduction.file)));
    if (!('population' in deduction)) continue;
    // Imported only when used: the SSB table reader is not loaded for a model without population deductions.
    const { readPopulation } = await import('../ssb/read-population.js');
    populations.set(name, recodePopulation(await readPopulation(resolve(folder, deduction.population)), history));
  }
  return { modelFile, files, populations };
}

function recodePopulation(population: Population, history: CodeHistory): Population {
  const recoded: Population = new Map();
  for (const [code, years] of population) {
    const now = currentArea(history, code)?.code ?? code;
    const target = recoded.get(now) ?? new Map<number, number>();
    for (const [year, persons] of years) target.set(year, (target.get(year) ?? 0) + persons);
    recoded.set(now, target);
  }
  return recoded;
}
