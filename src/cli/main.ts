#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { InputError, ModelError, UsageError } from '../errors.js';
import { estimate } from '../pipeline/estimate.js';
import { CSV_DIALECTS } from '../write/csv-export-dialect.js';
import { jsonChunks } from '../write/json-chunks.js';
import { readCounts } from '../read/read-counts.js';
import { interruptWrites, writeFilesAtomically, type FileToWrite } from '../write/write-files-atomically.js';
import { readModel } from '../model/read-model.js';
import { estimateFromFiles } from '../pipeline/estimate-from-files.js';
import { parseArguments, USAGE } from './parse-arguments.js';
import { startProgress, type Progress } from './progress.js';

/** Run the CLI; returns the exit code: 0 done, 2 bad input or usage, 1 internal fault. */
async function main(argv: string[]): Promise<number> {
  let progress: Progress | undefined;
  try {
    const invocation = parseArguments(argv);
    // Notes are for people; --quiet drops them. Errors are always written (below).
    // Through the progress bar, when there is one, so a note never lands inside it.
    const note = (line: string) => {
      if (invocation.quiet) return;
      if (progress === undefined) process.stderr.write(`teleguest: ${line}\n`);
      else progress.write(`teleguest: ${line}\n`);
    };
    if (invocation.command === 'help') {
      const { COMMAND_HELP } = await import('./command-help.js');
      process.stdout.write(`${COMMAND_HELP[invocation.topic ?? ''] ?? USAGE}\n`);
      return 0;
    }
    if (invocation.command === 'version') {
      const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
      process.stdout.write(`${version}\n`);
      return 0;
    }
    if (invocation.command === 'convert') {
      const { counts, notes } = await readCounts(invocation.counts);
      for (const line of notes) note(line);
      const { countsTable } = await import('../write/counts-table.js');
      const { tableToIPC } = await import('apache-arrow');
      await writeFilesAtomically([{ target: invocation.arrow, content: () => [tableToIPC(countsTable(counts), 'file')] }]);
      note(`wrote ${counts.length} rows to ${invocation.arrow}`);
      return 0;
    }
    if (invocation.command === 'report') {
      const { runReport, REPORT_STEPS } = await import('../pipeline/run-report.js');
      progress = startProgress(REPORT_STEPS, { enabled: !invocation.quiet });
      await runReport(invocation, { note, onStep: progress.step });
      progress.stop();
      return 0;
    }
    if (invocation.command === 'peak') {
      const [{ readCapacities }, { peakPresence }, { formatPeak }] = await Promise.all([import('../peak/read-capacities.js'), import('../peak/peak.js'), import('../write/table/format-peak.js')]);
      progress = startProgress(['reading', 'estimating'], { enabled: !invocation.quiet });
      const [{ counts, notes }, { model, warnings }, capacities] = await Promise.all([
        readCounts(invocation.counts, { workers: invocation.workers }),
        readModel(invocation.model),
        invocation.capacity === undefined ? {} : readCapacities(invocation.capacity),
      ]);
      progress.step('estimating');
      const options = { workers: invocation.workers, modelFile: invocation.model, daily: true } as const;
      // Hourly counts: daily presence is each day's busiest hour, and the busiest hour is reported.
      const hourly = counts.utcHour === undefined ? undefined : await import('../peak/peak-hourly.js');
      let presence;
      if (hourly === undefined) {
        const result = await estimate(counts, model, options);
        for (const line of [...notes, ...warnings, ...result.notes]) note(line);
        presence = peakPresence(result, { top: invocation.top, capacities });
      } else {
        const result = await (await import('../hourly/estimate-hourly.js')).estimateHourly(counts, model, { ...options, method: 'busiest-hour' });
        for (const line of [...notes, ...warnings, ...result.notes]) note(line);
        presence = hourly.peakPresenceHourly(result, { top: invocation.top, capacities });
      }
      progress.stop();
      process.stdout.write(invocation.json ? `${JSON.stringify(presence, null, 2)}\n` : formatPeak(presence));
      return 0;
    }
    if (invocation.command === 'compare') {
      const { compareCommand } = await import('../pipeline/compare-command.js');
      await compareCommand(invocation);
      return 0;
    }
    progress = startProgress(['reading', 'estimating', 'writing'], { enabled: !invocation.quiet });
    const { result, rejected } = await estimateFromFiles(invocation, { daily: invocation.out !== undefined, note, onStep: progress.step });
    progress.step('writing');
    const files: FileToWrite[] = [];
    const { daily } = result;
    const csvDialect = CSV_DIALECTS[invocation.csvDialect];
    // The writers of files and of the table are imported only when used: each command loads what it needs.
    if (invocation.out !== undefined && daily !== undefined) files.push(...(await (await import('../write/output-files.js')).outputFiles(invocation.out, { ...result, daily }, { csvDialect })));
    if (invocation.rejects !== undefined) files.push((await import('../write/rejects-file.js')).rejectsFile(invocation.rejects, rejected));
    await writeFilesAtomically(files);
    progress.stop();
    if (!invocation.json) process.stdout.write((await import('../write/table/format-estimate.js')).formatEstimate(result.summary));
    // In pieces: the JSON of thousands of areas would otherwise be one string of hundreds of megabytes.
    else for (const chunk of jsonChunks(result.summary)) process.stdout.write(chunk);
    return 0;
  } catch (error) {
    // The bar goes before the message, so the message stands alone on its line.
    progress?.stop();
    const isBadInput = error instanceof InputError || error instanceof ModelError || error instanceof UsageError;
    process.stderr.write(`teleguest: ${isBadInput ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
    if (error instanceof UsageError) process.stderr.write('Run teleguest --help for usage.\n');
    return isBadInput ? 2 : 1;
  }
}

// An interrupted run removes its half-written outputs; exiting also stops the worker threads.
const INTERRUPTED = {
  discarded: 'earlier outputs are as they were',
  none: 'no output was written',
  complete: 'the outputs had all been written',
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`teleguest: stopped by ${signal}; ${INTERRUPTED[interruptWrites()]}\n`);
    // 128 + the signal's number, as shells report it.
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

process.exitCode = await main(process.argv.slice(2));
