import { spawn } from 'node:child_process';
import { cli } from './run-cli.js';

/** How a bounded run of the CLI ended. */
export interface BoundedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the run was killed for taking longer than its limit. */
  timedOut: boolean;
}

/**
 * Run `teleguest …` in a child with a bounded heap (`--max-old-space-size`), killed with SIGKILL
 * when it runs past `limitMs`: a hang or a runaway allocation fails the test instead of the machine.
 * Output beyond 1 MB is dropped (a run that writes more has failed anyway).
 */
export function teleguestBounded(args: string[], options: { limitMs?: number; heapMb?: number; cwd?: string } = {}): Promise<BoundedRun> {
  const { limitMs = 10_000, heapMb = 256, cwd } = options;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '' };
    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      if (out[stream].length < 1_000_000) out[stream] += chunk.toString('utf8');
    };
    child.stdout.on('data', collect('stdout'));
    child.stderr.on('data', collect('stderr'));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ...out, timedOut });
    });
  });
}

/** Run `task` over `items`, at most `concurrency` at a time, in order of the items. */
export async function mapBounded<T, U>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<U>): Promise<U[]> {
  const results: U[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
