import { dirname, resolve } from 'node:path';
import { readDailyValues } from '../io/read-daily-values.js';
import type { DeductionInputs } from './resolve-deductions.js';
import type { Model } from './model.js';

/**
 * Read the files the model's deductions name (`file`), each once, with paths taken relative
 * to the model file's folder (the working directory for a model given in code).
 *
 * @example
 * const inputs = await readDeductionFiles(model, 'fixtures/hallingdal/model-every-form.json');
 * inputs.files?.get('dayTrippers')?.perArea; // false
 */
export async function readDeductionFiles(model: Model, modelFile: string): Promise<DeductionInputs> {
  const folder = dirname(modelFile);
  const files = new Map<string, Awaited<ReturnType<typeof readDailyValues>>>();
  for (const [name, deduction] of Object.entries(model.deductions)) {
    if (typeof deduction === 'object' && 'file' in deduction) files.set(name, await readDailyValues(resolve(folder, deduction.file)));
  }
  return { modelFile, files };
}
