import { inspectCounts } from '../read/inspect-counts.js';
import { readRows } from '../read/read-counts.js';
import { checkInputFile } from '../read/check-input-file.js';
import type { DateWindow } from '../read/date-window.js';
import type { CountsLayout } from '../read/counts-layout.js';
import { refuseAliases } from '../write/refuse-aliases.js';
import { writeOutputs } from '../write/write-outputs.js';
import type { CommandIo, Printed } from './command-io.js';

/** `teleguest convert`: check the counts once and cache them as Arrow IPC. */
export interface ConvertCommand {
  counts: string;
  /** The Arrow file to write; `-` prints its bytes on standard output. */
  arrow: string;
  /** The days counts may fall on (default 1990–2100). */
  dateWindow?: DateWindow;
  /** The file's own column names, encoding and suppression markers. */
  layout?: CountsLayout;
}

/**
 * `teleguest convert`: read the counts as rows (every check a run makes), then write them as an
 * Arrow IPC file that `estimate` reads without parsing.
 *
 * @example
 * await convertCommand({ counts: 'counts.csv', arrow: 'counts.arrow' }, { note: console.error });
 */
export async function convertCommand(command: ConvertCommand, io: CommandIo): Promise<Printed> {
  await checkInputFile(command.counts, 'the counts');
  const inputs = [{ path: command.counts, role: 'counts' }];
  if (command.arrow !== '-') await refuseAliases(inputs, [{ path: command.arrow, role: 'the Arrow file' }]);
  const { counts, notes } = await readRows(await inspectCounts(command.counts, { layout: command.layout }), {
    dateWindow: command.dateWindow,
    layout: command.layout,
  });
  for (const line of notes) io.note(line);
  const [{ countsTable }, { tableToIPC }] = await Promise.all([import('../write/counts-table.js'), import('apache-arrow')]);
  const bytes = () => [tableToIPC(countsTable(counts), 'file')];
  if (command.arrow === '-') return bytes();
  await writeOutputs([{ target: command.arrow, content: bytes }], inputs);
  io.note(`wrote ${counts.length} rows to ${command.arrow}`);
  return [];
}
