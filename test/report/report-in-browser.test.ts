import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../helpers/chromium.js';
import { repoRoot } from '../helpers/repo-root.js';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const counts = join(repoRoot, 'fixtures/hallingdal/counts.csv');
const model = join(repoRoot, 'fixtures/hallingdal/model.json');
const ssb = ['--ssb', join(repoRoot, 'fixtures/ssb/guest-nights-monthly.json'), '--regions', join(repoRoot, 'fixtures/ssb/regions.json')];

const InBrowser = suite('the report in a browser');

InBrowser('opens from disk with its charts drawn, the peak marked and SSB beside telecom, requesting nothing', async () => {
  const { dir } = tempDir();
  const html = join(dir, 'report.html');
  assert.is(teleguest('report', counts, '--model', model, '--html', html, ...ssb, '--quiet').code, 0);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });

    // Only the file itself (and data: URLs, were there any) may be loaded.
    assert.ok(requests.length >= 1);
    assert.ok(
      requests.every((url) => url.startsWith('file:') || url.startsWith('data:')),
      requests.join('\n'),
    );
    // A content-security violation would show up as a console error.
    assert.equal(errors, []);

    // Day by day: one line per series (persons present, guest-nights), drawn with some size.
    const lines = page.locator('#daily svg .mark-line path');
    assert.is(await lines.count(), 2);
    for (const line of await lines.all()) assert.ok(((await line.boundingBox())?.width ?? 0) > 500);
    // The peak annotation: its label, and the rule at the peak day.
    const label = page.locator('#daily svg g[class*="peak_"] text');
    assert.is(await label.count(), 1);
    assert.match((await label.textContent()) ?? '', /^Topp \d+\. \p{L}+ \d{4}: \d{2}[\u00a0\u202f]\d{3}$/u);
    assert.is(await page.locator('#daily svg .mark-rule.role-mark path, #daily svg .mark-rule.role-mark line').count(), 1);
    // Month by month: 6 areas × 18 months of bars.
    assert.is(await page.locator('#months svg .mark-rect.role-mark path').count(), 6 * 18);
    const monthsBox = await page.locator('#months svg').boundingBox();
    assert.ok((monthsBox?.width ?? 0) > 500 && (monthsBox?.height ?? 0) > 200);
    // Compared with SSB: 18 telecom months and 17 SSB months (June 2024 suppressed) of bars, a ratio over each pair.
    assert.is(await page.locator('#ssb svg .mark-rect.role-mark path').count(), 18 + 17);
    assert.is(await page.locator('#ssb svg .mark-text.role-mark text').count(), 17);
    assert.ok(((await page.locator('#ssb svg').boundingBox())?.width ?? 0) > 500);

    const screenshot = join(dir, 'report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    assert.ok(statSync(screenshot).size > 50_000);
  } finally {
    await browser.close();
  }
});

InBrowser.run();
