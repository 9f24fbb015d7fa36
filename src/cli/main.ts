#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { InputError, ModelError, UsageError } from '../errors.js';
import { estimate } from '../estimate.js';
import { outputFiles } from '../io/output-files.js';
import { readCounts } from '../io/read-counts.js';
import { rejectsFile } from '../io/rejects-file.js';
import type { RejectedRow } from '../io/rejected-row.js';
import { interruptWrites, writeFilesAtomically, type FileToWrite } from '../io/write-files-atomically.js';
import { readModel } from '../model/read-model.js';
import { readCapacities } from '../io/read-capacities.js';
import { peakPresence } from '../peak.js';
import { formatPeak } from './format-peak.js';
import { formatEstimate } from './format-estimate.js';
import { parseArguments, USAGE } from './parse-arguments.js';

/** Run the CLI; returns the exit code: 0 done, 2 bad input or usage, 1 internal fault. */
async function main(argv: string[]): Promise<number> {
  try {
    const invocation = parseArguments(argv);
    if (invocation.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (invocation.command === 'version') {
      const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
      process.stdout.write(`${version}\n`);
      return 0;
    }
    if (invocation.command === 'convert') {
      const { counts, notes } = await readCounts(invocation.counts);
      for (const line of notes) process.stderr.write(`teleguest: ${line}\n`);
      const { countsTable } = await import('../io/counts-table.js');
      const { tableToIPC } = await import('apache-arrow');
      await writeFilesAtomically([{ target: invocation.arrow, content: () => [tableToIPC(countsTable(counts), 'file')] }]);
      process.stderr.write(`teleguest: wrote ${counts.length} rows to ${invocation.arrow}\n`);
      return 0;
    }
    if (invocation.command === 'peak') {
      const [{ counts, notes }, { model, warnings }, capacities] = await Promise.all([
        readCounts(invocation.counts),
        readModel(invocation.model),
        invocation.capacity === undefined ? {} : readCapacities(invocation.capacity),
      ]);
      const result = await estimate(counts, model, { workers: invocation.workers, modelFile: invocation.model, daily: true });
      for (const line of [...notes, ...warnings, ...result.notes]) process.stderr.write(`teleguest: ${line}\n`);
      const presence = peakPresence(result, { top: invocation.top, capacities });
      process.stdout.write(invocation.json ? `${JSON.stringify(presence, null, 2)}\n` : formatPeak(presence));
      return 0;
    }
    if (invocation.command === 'compare') {
      const { compareCommand } = await import('./compare-command.js');
      await compareCommand(invocation);
      return 0;
    }
    const rejected: RejectedRow[] = [];
    const onReject = invocation.rejects === undefined ? undefined : (row: RejectedRow) => void rejected.push(row);
    const [{ counts, notes }, { model, warnings }] = await Promise.all([readCounts(invocation.counts, { onReject }), readModel(invocation.model)]);
    const result = await estimate(counts, model, {
      workers: invocation.workers,
      modelFile: invocation.model,
      daily: invocation.out !== undefined,
      onDuplicate: invocation.onDuplicate,
    });
    const { input } = result.summary;
    if (input.rejectedRows > 0) notes.push(`${input.rejectedRows} rows rejected, listed in ${invocation.rejects}`);
    if (input.duplicateRows > 0) notes.push(`${input.duplicateRows} duplicate rows ${input.onDuplicate === 'sum' ? 'added to the first' : 'replaced earlier ones'}`);
    for (const line of [...notes, ...warnings, ...result.notes]) process.stderr.write(`teleguest: ${line}\n`);

    const files: FileToWrite[] = [];
    const { daily } = result;
    if (invocation.out !== undefined && daily !== undefined) files.push(...(await outputFiles(invocation.out, { ...result, daily })));
    if (invocation.rejects !== undefined) files.push(rejectsFile(invocation.rejects, rejected));
    await writeFilesAtomically(files);
    process.stdout.write(invocation.json ? `${JSON.stringify(result.summary, null, 2)}\n` : formatEstimate(result.summary));
    return 0;
  } catch (error) {
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
