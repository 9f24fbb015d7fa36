import { inspectCounts } from '../read/inspect-counts.js';
import { readRows } from '../read/read-counts.js';
import { writeFilesAtomically } from '../write/write-files-atomically.js';
import type { CommandIo, Printed } from './command-io.js';

/** `teleguest convert`: check the counts once and cache them as Arrow IPC. */
export interface ConvertCommand {
  counts: string;
  /** The Arrow file to write. */
  arrow: string;
}

/**
 * `teleguest convert`: read the counts as rows (every check a run makes), then write them as an
 * Arrow IPC file that `estimate` reads without parsing.
 *
 * @example
 * await convertCommand({ counts: 'counts.csv', arrow: 'counts.arrow' }, { note: console.error });
 */
export async function convertCommand(command: ConvertCommand, io: CommandIo): Promise<Printed> {
  const { counts, notes } = await readRows(await inspectCounts(command.counts));
  for (const line of notes) io.note(line);
  const [{ countsTable }, { tableToIPC }] = await Promise.all([import('../write/counts-table.js'), import('apache-arrow')]);
  await writeFilesAtomically([{ target: command.arrow, content: () => [tableToIPC(countsTable(counts), 'file')] }]);
  io.note(`wrote ${counts.length} rows to ${command.arrow}`);
  return [];
}
