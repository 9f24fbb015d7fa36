import { rejectsFile } from '../io/rejects-file.js';
import { writeFilesAtomically, type FileToWrite } from '../io/write-files-atomically.js';
import { peakPresence } from '../peak.js';
import { estimateFromFiles } from './estimate-from-files.js';
import type { HourlyEstimate } from '../estimate-hourly.js';
import type { ReportInvocation } from './parse-arguments.js';

/** The steps `teleguest report` shows on its progress bar. */
export const REPORT_STEPS = ['reading', 'estimating', 'charts', 'writing'] as const;

/**
 * `teleguest report`: estimate, then write the HTML report (and the rejects file, if asked
 * for) in one all-or-none step. The report builder, and Vega with it, is loaded only here.
 *
 * @example
 * await runReport(invocation, { note: (line) => process.stderr.write(`${line}\n`), onStep: progress.step });
 */
export async function runReport(invocation: ReportInvocation, options: { note: (line: string) => void; onStep?: (step: string) => void }): Promise<void> {
  const { result, rejected } = await estimateFromFiles(invocation, { ...options, daily: true });
  options.onStep?.('charts');
  const { buildReport } = await import('../report/build-report.js');
  // Hourly counts: presence is each day's busiest hour, as `teleguest peak` reports it.
  const peak = 'reduction' in result ? (await import('../peak-hourly.js')).peakPresenceHourly(result as HourlyEstimate & typeof result) : peakPresence(result);
  const html = await buildReport(
    {
      estimate: result,
      peak,
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
