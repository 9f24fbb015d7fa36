import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, used when it is installed; playwright-core drives it without downloading a browser. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Headless Chromium for looking at a report as a reader would. Background networking is off, so
 * any request the page shows is the page's own. The browser is, in this order: `CHROMIUM_PATH`,
 * the system's Chromium, or the one the devDependency @sparticuz/chromium ships (see
 * `unpackedChromium`), so `npm ci && npm test` needs no browser installed.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : await unpackedChromium());
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
}

/**
 * @sparticuz/chromium's browser, unpacked once into a folder of its own under the temporary folder
 * and reused by later runs. The package unpacks into fixed names in `os.tmpdir()` and takes a
 * file that is there as complete, so two runs at once could each start the other's half-written
 * binary. Here each run unpacks into a fresh folder (the package reads `TMPDIR` when it unpacks)
 * and publishes it by renaming it to the shared name, which succeeds for one run only: a run that
 * finds the name taken deletes its own copy and uses the published one, which is whole.
 */
async function unpackedChromium(): Promise<string> {
  const { default: Sparticuz } = await import('@sparticuz/chromium');
  const shared = join(tmpdir(), `teleguest-chromium-${await sparticuzVersion()}`);
  const binary = join(shared, 'chromium');
  if (existsSync(binary)) return binary;
  const own = await mkdtemp(join(tmpdir(), 'teleguest-chromium-unpacking-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = own;
  try {
    await Sparticuz.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
  try {
    await rename(own, shared);
  } catch {
    // Another run published first (the name is a folder that is not empty): use its copy.
    await rm(own, { recursive: true, force: true });
  }
  return binary;
}

/** The installed package's version (its exports do not include package.json: found from its entry, build/cjs/index.cjs). */
async function sparticuzVersion(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  return (JSON.parse(await readFile(join(dirname(entry), '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}
