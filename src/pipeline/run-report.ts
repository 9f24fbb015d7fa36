import { rejectsFile } from '../write/rejects-file.js';
import { writeFilesAtomically, type FileToWrite } from '../write/write-files-atomically.js';
import { compareWithSsb } from '../ssb/compare-with-ssb.js';
import { peakPresence } from '../peak/peak.js';
import { estimateFromFiles } from './estimate-from-files.js';
import type { HourlyEstimate } from '../hourly/estimate-hourly.js';
import type { ReportInvocation } from '../cli/parse-arguments.js';
import { readSsbFiles } from '../ssb/read-ssb-files.js';

/** The steps `teleguest report` shows on its progress bar. */
export const REPORT_STEPS = ['reading', 'estimating', 'charts', 'writing'] as const;

/**
 * `teleguest report`: estimate (and with `--ssb` compare with SSB, as `teleguest compare` does),
 * then write the HTML report (and the rejects file, if asked for) in one all-or-none step. The
 * report builder, and Vega with it, is loaded only here.
 *
 * @example
 * await runReport(invocation, { note: (line) => process.stderr.write(`${line}\n`), onStep: progress.step });
 */
export async function runReport(invocation: ReportInvocation, options: { note: (line: string) => void; onStep?: (step: string) => void }): Promise<void> {
  const { ssb } = invocation;
  // The SSB files are read while the counts are; a bad one stops the run like a bad count file.
  const [{ result, rejected }, ssbFiles] = await Promise.all([
    estimateFromFiles(invocation, { ...options, daily: true }),
    ssb === undefined ? undefined : readSsbFiles({ ssb, cabins: invocation.cabins, regions: invocation.regions }),
  ]);
  const comparison = ssbFiles === undefined ? undefined : compareWithSsb(result.summary, ssbFiles.ssb, ssbFiles.options);
  for (const line of comparison?.notes ?? []) options.note(line);
  options.onStep?.('charts');
  const { buildReport } = await import('../report/build-report.js');
  // Hourly counts: presence is each day's busiest hour, as `teleguest peak` reports it.
  const peak = 'reduction' in result ? (await import('../peak/peak-hourly.js')).peakPresenceHourly(result as HourlyEstimate & typeof result) : peakPresence(result);
  const html = await buildReport(
    {
      estimate: result,
      peak,
      comparison,
      rejected: invocation.rejects === undefined ? undefined : { file: invocation.rejects, rows: rejected },
      sources: { counts: invocation.counts, model: invocation.model },
    },
    { language: invocation.language },
  );
  options.onStep?.('writing');
  const files: FileToWrite[] = [{ target: invocation.html, content: () => [html] }];
  if (invocation.rejects !== undefined) files.push(rejectsFile(invocation.rejects, rejected));
  await writeFilesAtomically(files);
  options.note(`wrote ${invocation.html}`);
}
