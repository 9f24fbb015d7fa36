import { refuseAliases, type RolePath } from './refuse-aliases.js';
import { writeFilesAtomically, type FileToWrite } from './write-files-atomically.js';

/**
 * Write a run's outputs all or none (`writeFilesAtomically`), after refusing any that is one of
 * the run's inputs or another output, by file identity (`refuseAliases`).
 *
 * @example
 * await writeOutputs(files, [{ path: 'counts.csv', role: 'counts' }]);
 */
export async function writeOutputs(files: readonly FileToWrite[], inputs: readonly RolePath[]): Promise<void> {
  await refuseAliases(
    inputs,
    files.map(({ target }) => ({ path: target, role: target })),
  );
  await writeFilesAtomically([...files]);
}
