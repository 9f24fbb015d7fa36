#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { fileError, InputError, ModelError, UsageError } from '../errors.js';
import { interruptWrites } from '../write/write-files-atomically.js';
import type { CommandIo, Printed } from '../pipeline/command-io.js';
import { parseArguments, USAGE, type Invocation } from './parse-arguments.js';
import { print, STDOUT_NAME } from './print.js';
import { startProgress, type Progress } from './progress.js';
import { spoolStdin, STDIN_NAME, type SpooledStdin } from './spool-stdin.js';

/** Run the CLI; returns the exit code: 0 done, 2 bad input or usage, 1 internal fault. */
async function main(argv: string[]): Promise<number> {
  let progress: Progress | undefined;
  let stdin: SpooledStdin | undefined;
  const show = (text: string) => stdin?.show(text) ?? text;
  try {
    const invocation = parseArguments(argv);
    if (invocation.command === 'help') {
      const { COMMAND_HELP } = await import('./command-help.js');
      await print(
        [`${(invocation.topic !== undefined && Object.hasOwn(COMMAND_HELP, invocation.topic) ? COMMAND_HELP[invocation.topic] : undefined) ?? USAGE}\n`],
        process.stdout,
      );
      return 0;
    }
    if (invocation.command === 'version') {
      const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
      await print([`${version}\n`], process.stdout);
      return 0;
    }
    // Notes are for people; --quiet drops them. Errors are always written (below). Through the
    // progress bar, when there is one, so a note never lands inside it.
    const note = (line: string) => {
      if (!invocation.quiet) say(`teleguest: ${show(line)}\n`, progress);
    };
    // `-` for the counts: standard input, copied to a file of its own that messages call stdin.
    if ('counts' in invocation && invocation.counts === '-') {
      stdin = await spoolStdin();
      invocation.counts = stdin.path;
      if (invocation.command === 'report') invocation.countsName = STDIN_NAME;
    }
    const run = await commandOf(invocation);
    progress = startProgress(run.steps, { enabled: !invocation.quiet });
    const printed = await run.start({ note, onStep: progress.step });
    progress.stop();
    await print(printed, process.stdout);
    return 0;
  } catch (error) {
    // The bar goes before the message, so the message stands alone on its line.
    progress?.stop();
    const isBadInput = error instanceof InputError || error instanceof ModelError || error instanceof UsageError;
    say(`teleguest: ${show(isBadInput ? (error as Error).message : String((error as Error).stack ?? error))}\n`);
    if (error instanceof UsageError) say('Run teleguest --help for usage.\n');
    return isBadInput ? 2 : 1;
  }
}

/** The pipeline's command for an invocation, loaded only when used: each command loads what it needs. */
async function commandOf(
  invocation: Exclude<Invocation, { command: 'help' | 'version' }>,
): Promise<{ steps: readonly string[]; start: (io: CommandIo) => Promise<Printed> }> {
  switch (invocation.command) {
    case 'estimate': {
      const { estimateCommand, ESTIMATE_STEPS } = await import('../pipeline/estimate-command.js');
      return { steps: ESTIMATE_STEPS, start: (io) => estimateCommand(invocation, io) };
    }
    case 'peak': {
      const { peakCommand, PEAK_STEPS } = await import('../pipeline/peak-command.js');
      return { steps: PEAK_STEPS, start: (io) => peakCommand(invocation, io) };
    }
    case 'report': {
      const { reportCommand, REPORT_STEPS } = await import('../pipeline/report-command.js');
      return { steps: REPORT_STEPS, start: (io) => reportCommand(invocation, io) };
    }
    case 'compare': {
      const { compareCommand, COMPARE_STEPS } = await import('../pipeline/compare-command.js');
      return { steps: COMPARE_STEPS, start: (io) => compareCommand(invocation, io) };
    }
    case 'simulate': {
      const { simulateCommand } = await import('../pipeline/simulate-command.js');
      return { steps: ['reading', 'simulating', 'writing'], start: (io) => simulateCommand(invocation, io) };
    }
    case 'validate': {
      const { validateCommand } = await import('../pipeline/validate-command.js');
      return { steps: ['simulating', 'estimating'], start: (io) => validateCommand(invocation, io) };
    }
    case 'convert': {
      const { convertCommand } = await import('../pipeline/convert-command.js');
      return { steps: ['reading', 'writing'], start: (io) => convertCommand(invocation, io) };
    }
  }
}

/**
 * Write a message on stderr, through the progress bar when there is one. A stderr that cannot
 * be written to (`2>/dev/full`) loses the message and changes nothing else: nothing is thrown,
 * and the exit code still says how the run went.
 */
function say(text: string, progress?: Progress): void {
  try {
    if (progress === undefined) process.stderr.write(text);
    else progress.write(text);
  } catch {
    // Nowhere left to say it.
  }
}
process.stderr.on('error', () => {});

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`teleguest … --json | head`) is not an error of the run: stop printing, exit 0.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // Any other failure (`> /dev/full`): while `main` runs, `print` throws it and `main` says so
  // and exits 2. One that comes after `main` returned 0 is said here, in the same words.
  if (process.exitCode !== 0) return;
  say(`teleguest: ${fileError(STDOUT_NAME, 'write', error).message}\n`);
  process.exit(2);
});

// An interrupted run removes its half-written outputs; exiting also stops the worker threads.
const INTERRUPTED = {
  discarded: 'earlier outputs are as they were',
  none: 'no output was written',
  complete: 'the outputs had all been written',
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say(`teleguest: stopped by ${signal}; ${INTERRUPTED[interruptWrites()]}\n`);
    // 128 + the signal's number, as shells report it.
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

process.exitCode = await main(process.argv.slice(2));
