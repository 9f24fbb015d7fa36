import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCounts } from '../../src/read/read-counts.js';
import { repoRoot } from '../helpers/repo-root.js';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const counts = join(repoRoot, 'fixtures/hallingdal/counts.csv');
const model = join(repoRoot, 'fixtures/hallingdal/model.json');

const ConvertCommand = suite('teleguest convert');

ConvertCommand('caches the counts as Arrow that estimates to the same JSON as the CSV', () => {
  const arrow = join(tempDir().dir, 'hallingdal.arrow');
  const converted = teleguest('convert', counts, arrow);
  assert.is(converted.code, 0);
  assert.is(converted.stderr, `teleguest: wrote 3282 rows to ${arrow}\n`);
  const fromCsv = teleguest('estimate', counts, '--model', model, '--json');
  const fromArrow = teleguest('estimate', arrow, '--model', model, '--json');
  assert.is(fromArrow.code, 0);
  assert.is(fromArrow.stdout, fromCsv.stdout);
});

ConvertCommand('keeps every column, names and blank cells included, as the CSV reader read them', async () => {
  const { dir, write } = tempDir();
  const csv = write('counts.csv', 'date,area,area_name,devices\n2024-01-02,0301,Oslo,12.5\n2024-01-01,3320,,\n2024-01-01,0301,,7\n2024-01-02,3320,Flå,3\n');
  const arrow = join(dir, 'counts.arrow');
  assert.is(teleguest('convert', csv, arrow).code, 0);
  const [a, b] = [(await readCounts(csv)).counts, (await readCounts(arrow)).counts];
  assert.equal([...b.day], [...a.day]);
  assert.equal(
    [...b.area].map((i) => b.areaCodes[i]),
    [...a.area].map((i) => a.areaCodes[i]),
  );
  assert.equal([...b.devices].map(String), [...a.devices].map(String));
  assert.equal(b.areaNames, ['Oslo', 'Flå']);
  assert.is(b.lineKind, 'row');
  assert.ok(readFileSync(arrow).subarray(0, 6).toString() === 'ARROW1');
});

ConvertCommand('exits 2 for bad counts and writes no cache', () => {
  const { dir, write } = tempDir();
  const bad = write('counts.csv', 'date,area,devices\n2024-01-01,3320,x\n');
  const arrow = join(dir, 'counts.arrow');
  const { code, stderr } = teleguest('convert', bad, arrow);
  assert.is(code, 2);
  assert.match(stderr, /counts\.csv:2:3 \(devices\)/);
  assert.not.ok(existsSync(arrow));
});

ConvertCommand.run();
