import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimate } from '../../../src/pipeline/estimate.js';
import { estimateHourly } from '../../../src/hourly/estimate-hourly.js';
import { readCounts } from '../../../src/read/read-counts.js';
import { readModel } from '../../../src/model/read-model.js';
import { peakPresence } from '../../../src/peak/peak.js';
import { peakPresenceHourly } from '../../../src/peak/peak-hourly.js';
import { buildReport } from '../../../src/report/build-report.js';
import { htmlRows } from '../../helpers/html-rows.js';
import { repoRoot } from '../../helpers/repo-root.js';

const Hourly = suite('the report on hourly counts');

const fixture = (path: string) => join(repoRoot, 'fixtures', path);
const { counts } = await readCounts(fixture('hourly/known-truth.csv'));
const { model } = await readModel(fixture('hourly/model-known-truth.json'));
const result = await estimateHourly(counts, model, { daily: true, workers: 0 });
const html = await buildReport({ estimate: result, peak: peakPresenceHourly(result) }, { language: 'en' });

const lines = (file: string) =>
  readFileSync(fixture(file), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

Hourly('names the night-presence method and its window, and what it does not deduct', () => {
  assert.ok(html.includes('Guest-nights are the persons present at night (the mean of the hours from 02:00 to 04:00, local time)'));
  assert.ok(html.includes('Not deducted, since the night already leaves them out: day-trippers, through-traffic.'));
  // The assumptions list only what was deducted.
  const assumptions = html.slice(html.indexOf('id="assumptions"')).replace(/<[^>]+>/g, ' ');
  assert.ok(/residents: 8,100/.test(assumptions), 'residents are deducted');
  assert.not.ok(/day-trippers: 1,500|through-traffic: 150/.test(assumptions), 'deductions not applied at night are not listed as taken away');
});

Hourly("gives the region's day visitors the generator put in, and its busiest hour as summed from the file", () => {
  const rows = htmlRows(html);
  const header = rows.findIndex((cells) => cells[1] === 'Busiest hour');
  const region = rows[header + 1]!;
  // The truth file lists the day visitors each area had each day: the region's mean per day is their daily sum's mean,
  // over the days with a night before them in the counts (all but the first).
  const byDate = new Map<string, number>();
  for (const [date, , , visitors] of lines('hourly/known-truth-truth.csv')) byDate.set(date!, (byDate.get(date!) ?? 0) + Number(visitors));
  const afterFirst = [...byDate.values()].slice(1);
  const visitors = afterFirst.reduce((sum, value) => sum + value, 0) / afterFirst.length;
  assert.ok(Math.abs(Number(region[4]!.replace(/,/g, '')) - visitors) <= 0.02 * visitors, `${region[4]} against ${visitors}`);
  // The busiest hour: devices summed over the areas per date and hour (January: UTC+01:00), the earliest of the largest.
  const byHour = new Map<string, number>();
  for (const [date, hour, , , devices] of lines('hourly/known-truth.csv'))
    byHour.set(`${date} ${hour}`, (byHour.get(`${date} ${hour}`) ?? 0) + Number(devices));
  let best = '';
  for (const [key, sum] of byHour) if (best === '' || sum > byHour.get(best)!) best = key;
  const [date, hour] = best.split(' ');
  const day = Number(date!.slice(8));
  assert.is(region[1], `${day} January 2024 ${hour!.padStart(2, '0')}:00 (UTC+01:00)`);
  assert.is(rows.length > header + 3, true, 'a row for each area too');
});

Hourly('is left out for daily counts', async () => {
  const { counts: daily } = await readCounts(fixture('hallingdal/counts.csv'));
  const { model: seed } = await readModel(fixture('hallingdal/model.json'));
  const point = await estimate(daily, seed, { daily: true, workers: 0 });
  const plain = await buildReport({ estimate: point, peak: peakPresence(point) }, { language: 'en' });
  assert.not.ok(plain.includes('From hourly counts'));
});

Hourly.run();
