import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Model } from '../model/model.js';

/** A path a run reads or writes, with what it is for the message (`counts`, `--rejects`, `model deduction residents`). */
export interface RolePath {
  path: string;
  role: string;
}

/** A path as the file system sees it: its real path, and its device and inode where it exists. */
interface Identity {
  real: string;
  dev?: number;
  ino?: number;
}

/**
 * Refuse a run whose outputs would overwrite one of its inputs, or in which two outputs are
 * one file, before anything is read or written. Files are compared by identity, not by how
 * they are written: an existing file by device and inode (so a hard link, a symbolic link or a
 * path through a linked folder is caught), an output that does not exist yet by its real
 * folder and name against the inputs' real paths. Inputs that do not exist are left to their
 * readers to report. Throws a `UsageError` (exit 2) naming both paths and their roles.
 *
 * @example
 * await refuseAliases(
 *   [{ path: 'counts.csv', role: 'counts' }, { path: 'model.json', role: '--model' }],
 *   [{ path: 'out/summary.json', role: '--out summary.json' }, { path: 'rejects.csv', role: '--rejects' }],
 * );
 * // throws 'the output --rejects (rejects.csv) is the input counts (counts.csv): …' where they are one file
 */
export async function refuseAliases(inputs: readonly RolePath[], outputs: readonly RolePath[]): Promise<void> {
  const inputIds = await Promise.all(inputs.map(({ path }) => identityOf(path)));
  const outputIds = await Promise.all(outputs.map(({ path }) => identityOf(path)));
  for (const [o, output] of outputs.entries()) {
    const id = outputIds[o]!;
    for (const [i, input] of inputs.entries()) {
      const other = inputIds[i]!;
      if (other.dev === undefined) continue; // an input that is not there: its reader says so
      if (sameFile(id, other)) {
        throw new UsageError(
          `the output ${output.role} (${output.path}) is the input ${input.role} (${input.path}): writing it would destroy the input; choose another output path`,
        );
      }
    }
    for (let earlier = 0; earlier < o; earlier++) {
      if (sameFile(id, outputIds[earlier]!)) {
        throw new UsageError(
          `the outputs ${outputs[earlier]!.role} (${outputs[earlier]!.path}) and ${output.role} (${output.path}) are one file; choose different paths`,
        );
      }
    }
  }
}

/**
 * The files a model names, for `refuseAliases`: deduction `file`s and `population` tables and
 * the `codeHistory`, relative to the model file's folder as `readDeductionFiles` reads them.
 *
 * @example
 * modelInputFiles(model, 'models/hallingdal.json');
 * // [{ path: 'models/day-trippers.csv', role: 'model deduction dayTrippers' }, …]
 */
export function modelInputFiles(model: Pick<Model, 'deductions' | 'codeHistory'>, modelFile: string): RolePath[] {
  const folder = dirname(modelFile);
  const files: RolePath[] = [];
  for (const [name, deduction] of Object.entries(model.deductions)) {
    if (typeof deduction !== 'object' || deduction === null) continue;
    if ('file' in deduction) files.push({ path: resolve(folder, deduction.file), role: `model deduction ${name}` });
    if ('population' in deduction) files.push({ path: resolve(folder, deduction.population), role: `model deduction ${name} (population)` });
  }
  if (model.codeHistory !== undefined) files.push({ path: resolve(folder, model.codeHistory), role: 'model codeHistory' });
  return files;
}

function sameFile(a: Identity, b: Identity): boolean {
  if (a.dev !== undefined && b.dev !== undefined) return a.dev === b.dev && a.ino === b.ino;
  return a.real === b.real;
}

/**
 * Where a path leads: an existing file by its identity; a path not there yet by the real path of
 * its deepest existing folder and the rest of the path (`out/` to be created under a linked folder).
 */
async function identityOf(path: string): Promise<Identity> {
  const absolute = resolve(path);
  const stats = await stat(absolute).catch(() => undefined);
  if (stats !== undefined) return { real: await realpath(absolute).catch(() => absolute), dev: stats.dev, ino: stats.ino };
  const rest: string[] = [];
  let at = absolute;
  for (;;) {
    const real = await realpath(at).catch(() => undefined);
    if (real !== undefined) return { real: join(real, ...rest) };
    if (dirname(at) === at) return { real: absolute };
    rest.unshift(basename(at));
    at = dirname(at);
  }
}
