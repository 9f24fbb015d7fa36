/**
 * Makes docs/report-hallingdal.png: the report of the SYNTHETIC Hallingdal fixture in bokmål,
 * as Chromium shows it (`npm run docs:screenshot`; needs /usr/bin/chromium). The model is
 * renamed so that the picture itself says the data are synthetic.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../test/helpers/chromium.js';
import { cli } from '../test/helpers/run-cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'teleguest-docs-'));
copyFileSync(join(root, 'fixtures/hallingdal/counts.csv'), join(dir, 'counts.csv'));
const model = JSON.parse(readFileSync(join(root, 'fixtures/hallingdal/model.json'), 'utf8'));
writeFileSync(join(dir, 'model.json'), JSON.stringify({ ...model, name: `${model.name} (SYNTETISKE data)` }));
const run = spawnSync(process.execPath, [cli, 'report', 'counts.csv', '--model', 'model.json', '--html', 'report.html', '--quiet'], {
  cwd: dir,
  encoding: 'utf8',
});
if (run.status !== 0) throw new Error(run.stderr);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(pathToFileURL(join(dir, 'report.html')).href, { waitUntil: 'load' });
  await page.screenshot({ path: join(root, 'docs/report-hallingdal.png'), fullPage: true });
} finally {
  await browser.close();
}
