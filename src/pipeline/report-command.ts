import type { OnDuplicate } from '../grid/count-grid.js';
import type { Language } from '../report/labels/language.js';
import { compareWithSsb } from '../ssb/compare-with-ssb.js';
import { readSsbFiles, ssbInputs } from '../ssb/read-ssb-files.js';
import { peakPresence } from '../peak/peak.js';
import { rejectsFile } from '../write/rejects-file.js';
import type { FileToWrite } from '../write/write-files-atomically.js';
import { writeOutputs } from '../write/write-outputs.js';
import type { CommandIo, Printed } from './command-io.js';
import { estimateFile, isHourly } from './estimate-file.js';

/** `teleguest report`: the estimate as an HTML page. */
export interface ReportCommand {
  counts: string;
  model: string;
  /** The HTML file to write. */
  /** The HTML file to write; `-` prints the page on standard output. */
  html: string;
  /** What the report calls the counts, where not their file's name (`stdin`). */
  countsName?: string;
  language: Language;
  workers: number | 'auto';
  rejects?: string;
  onDuplicate: OnDuplicate;
  /** Disclosure control's threshold (`--min-count`); default the model's, else 16; 0 turns it off. */
  minCount?: number;
  draws?: number;
  seed?: number;
  probabilities?: number[];
  /** With `ssb` (and optionally `cabins`, `regions`, as `compare` takes them): the SSB comparison section. */
  ssb?: string;
  cabins?: string;
  regions?: string;
}

/** The steps `report` shows on its progress bar. */
export const REPORT_STEPS = ['reading', 'estimating', 'charts', 'writing'] as const;

/**
 * `teleguest report`: estimate the file (`estimateFile`), with `ssb` compare with SSB as
 * `teleguest compare` does, then write the HTML report (and the rejects file, if asked for) in
 * one all-or-none step. The report builder, and Vega with it, is loaded only here.
 *
 * @example
 * await reportCommand({ counts: 'counts.csv', model: 'model.json', html: 'report.html', language: 'nb', workers: 0, onDuplicate: 'error' }, { note: console.error });
 */
export async function reportCommand(command: ReportCommand, io: CommandIo): Promise<Printed> {
  const { ssb } = command;
  // The SSB files are read while the counts are; a bad one stops the run like a bad count file.
  const [{ result, rejected, notes, inputs }, ssbFiles] = await Promise.all([
    estimateFile(command.counts, command.model, {
      ...command,
      daily: true,
      sideInputs: ssb === undefined ? [] : ssbInputs({ ...command, ssb }),
      outputs: command.html === '-' ? [] : [{ path: command.html, role: '--html' }],
      onStep: io.onStep,
    }),
    ssb === undefined ? undefined : readSsbFiles({ ssb, cabins: command.cabins, regions: command.regions }),
  ]);
  for (const line of notes) io.note(line);
  const comparison = ssbFiles === undefined ? undefined : compareWithSsb(result.summary, ssbFiles.ssb, ssbFiles.options);
  for (const line of comparison?.notes ?? []) io.note(line);
  io.onStep?.('charts');
  const { buildReport } = await import('../report/build-report.js');
  const daily = result.daily!;
  // Hourly counts: presence is each day's busiest hour, as `teleguest peak` reports it.
  const peak = isHourly(result) ? (await import('../peak/peak-hourly.js')).peakPresenceHourly({ ...result, daily }) : peakPresence({ ...result, daily });
  const html = await buildReport(
    {
      estimate: { ...result, daily },
      peak,
      comparison,
      rejected: command.rejects === undefined ? undefined : { file: command.rejects, rows: rejected },
      sources: { counts: command.countsName ?? command.counts, model: command.model },
    },
    { language: command.language },
  );
  io.onStep?.('writing');
  const toStdout = command.html === '-';
  const files: FileToWrite[] = toStdout ? [] : [{ target: command.html, content: () => [html] }];
  if (command.rejects !== undefined) files.push(rejectsFile(command.rejects, rejected));
  await writeOutputs(files, inputs);
  if (toStdout) return [html];
  io.note(`wrote ${command.html}`);
  return [];
}
