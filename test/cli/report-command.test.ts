import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlRows } from '../helpers/html-rows.js';
import { repoRoot } from '../helpers/repo-root.js';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const counts = join(repoRoot, 'fixtures/hallingdal/counts.csv');
const model = join(repoRoot, 'fixtures/hallingdal/model.json');

const ReportCommand = suite('teleguest report');

ReportCommand("writes the Hallingdal report in bokmål with the seed's figures, nothing on stdout", () => {
  const { dir } = tempDir();
  const html = join(dir, 'report.html');
  const { code, stdout, stderr } = teleguest('report', counts, '--model', model, '--html', html);
  assert.is(code, 0, stderr);
  assert.is(stdout, '');
  assert.is(stderr, `teleguest: wrote ${html}\n`);
  const text = readFileSync(html, 'utf8');
  const rows = htmlRows(text);
  const value = (label: string) => rows.find((cells) => cells[0] === label)?.[1];
  // The Hallingdal plan's table (the plan writes it in nynorsk; bokmål here).
  assert.is(value('Snitt mobilenheter per dag, totalt (teledata)'), '46 724');
  assert.is(value('Pluss 6 % (uten mobil, avvik for SIM-kort)'), '2 803');
  assert.is(value('Fratrekk innbyggere'), '\u221220 000');
  assert.is(value('Gjestedøgn, snitt per døgn'), '26 527');
  assert.is(value('Gjestedøgn per år (avrundet døgntall × 365)'), '9 682 355');
  assert.match(text, /<html lang="nb">/);
  // Daily counts of six municipalities: the warning, in the report's language, above the table.
  assert.match(text, /<p class="warning">Advarsel: døgntellinger for 6 områder gir bare en øvre grense for regionens gjestedøgn: /);
  // No --ssb, no comparison.
  assert.not.ok(text.includes('<section id="ssb">'));
});

ReportCommand('adds the SSB comparison with --ssb and --regions, as compare takes them', () => {
  const { dir } = tempDir();
  const html = join(dir, 'report.html');
  const ssb = join(repoRoot, 'fixtures/ssb/guest-nights-monthly.csv');
  const regions = join(repoRoot, 'fixtures/ssb/regions.json');
  const { code, stderr } = teleguest('report', counts, '--model', model, '--html', html, '--ssb', ssb, '--regions', regions, '--lang', 'nn');
  assert.is(code, 0, stderr);
  const text = readFileSync(html, 'utf8');
  assert.ok(text.includes('<li><a href="#ssb">Samanlikna med SSB</a></li>'));
  const ssbSection = text.slice(text.indexOf('<section id="ssb">'));
  assert.ok(ssbSection.includes('<h3>33102 Hallingdal (områda 3320, 3322, 3324, 3326, 3328, 3330)</h3>'));
  // The fixture's CSV: January 2023 has 121 480 guest-nights at SSB; June 2024 is suppressed ("..").
  const rows = htmlRows(ssbSection);
  assert.is(rows.find((cells) => cells[0] === 'januar 2023')?.[2], '121 480');
  assert.equal(rows.find((cells) => cells[0] === 'juni 2024')?.slice(2), ['–', '–', '–']);
});

ReportCommand('refuses --regions or --cabins without --ssb, and --html over an SSB file, with exit 2', () => {
  const { dir } = tempDir();
  const html = join(dir, 'r.html');
  const regions = teleguest('report', counts, '--model', model, '--html', html, '--regions', join(repoRoot, 'fixtures/ssb/regions.json'));
  assert.is(regions.code, 2);
  assert.match(regions.stderr, /--regions needs --ssb/);
  const cabins = teleguest('report', counts, '--model', model, '--html', html, '--cabins', join(repoRoot, 'fixtures/ssb/holiday-homes.json'));
  assert.is(cabins.code, 2);
  assert.match(cabins.stderr, /--cabins needs --ssb/);
  const ssb = join(repoRoot, 'fixtures/ssb/guest-nights-monthly.json');
  const overwrite = teleguest('report', counts, '--model', model, '--html', ssb, '--ssb', ssb);
  assert.is(overwrite.code, 2);
  assert.match(overwrite.stderr, /writing it would destroy the input/);
  assert.not.ok(existsSync(html));
});

ReportCommand('marks the busiest day as summed from the CSV itself, in the language asked for', () => {
  const { dir } = tempDir();
  const html = join(dir, 'report.html');
  assert.is(teleguest('report', counts, '--model', model, '--html', html, '--lang', 'en', '--quiet').code, 0);
  const byDate = new Map<string, number>();
  for (const line of readFileSync(counts, 'utf8').trim().split('\n').slice(1)) {
    const [date, , , devices] = line.split(',');
    byDate.set(date!, (byDate.get(date!) ?? 0) + Number(devices));
  }
  const [date, devices] = [...byDate].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const day = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const persons = Math.round(devices * 1.06).toLocaleString('en-GB');
  const text = readFileSync(html, 'utf8');
  // The chart's annotation (an SVG text mark in the layer named peak) and the sentence under it.
  assert.match(text, new RegExp(`class="mark-text role-mark peak_[^"]*"[^>]*>.*?Peak ${day}: ${persons}</text>`, 's'));
  assert.ok(text.includes(`${day}, with ${persons} persons present`), `${day} ${persons}`);
});

ReportCommand('lists rejected rows in the report and writes the rejects file beside it', () => {
  const { dir, write } = tempDir();
  const lines = readFileSync(counts, 'utf8').split('\n');
  // The fixture with one devices cell spoiled (line 5).
  lines[4] = lines[4]!.replace(/,[^,]*$/, ',lots');
  const spoiled = write('counts.csv', lines.join('\n'));
  const html = join(dir, 'report.html');
  const rejects = join(dir, 'rejects.csv');
  const { code, stderr } = teleguest('report', spoiled, '--model', model, '--html', html, '--rejects', rejects, '--lang', 'en');
  assert.is(code, 0, stderr);
  assert.match(stderr, /1 rows rejected/);
  assert.ok(existsSync(rejects));
  const text = readFileSync(html, 'utf8');
  assert.ok(text.includes(`Rows rejected for a bad cell and skipped: 1, listed in ${rejects}.`));
  const rejectedRow = htmlRows(text.slice(text.indexOf('Rejected rows'))).find((cells) => cells[0] === '5');
  assert.is(rejectedRow?.[1], 'devices');
  assert.is(rejectedRow?.[3], lines[4]);
});

ReportCommand('refuses a missing --html, an unknown language and an input as output, with exit 2', () => {
  const { dir } = tempDir();
  const missing = teleguest('report', counts, '--model', model);
  assert.is(missing.code, 2);
  assert.match(missing.stderr, /--html <report.html> is required/);
  const language = teleguest('report', counts, '--model', model, '--html', join(dir, 'r.html'), '--lang', 'sv');
  assert.is(language.code, 2);
  assert.match(language.stderr, /--lang must be nb, nn, en, got "sv"/);
  const overwrite = teleguest('report', counts, '--model', model, '--html', counts);
  assert.is(overwrite.code, 2);
  assert.match(overwrite.stderr, /writing it would destroy the input/);
  assert.not.ok(existsSync(join(dir, 'r.html')));
});

ReportCommand.run();
