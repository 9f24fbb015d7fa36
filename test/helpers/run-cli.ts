import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './repo-root.js';

/** The compiled CLI, as `npm test` builds it. */
export const cli = join(repoRoot, 'dist/src/cli/main.js');

/** Run `teleguest …` to completion, as a user would, and return what it said. */
export function teleguest(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
