import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { estimate } from '../../src/pipeline/estimate.js';
import { peakPresence } from '../../src/peak/peak.js';
import { buildReport } from '../../src/report/build-report.js';
import type { ReportData } from '../../src/report/report-data.js';
import type { ReportSection } from '../../src/report/report-section.js';
import { htmlRows } from '../helpers/html-rows.js';
import { tinyCounts, tinyModel } from '../helpers/tiny-counts.js';

async function tinyData(): Promise<ReportData> {
  const result = await estimate(tinyCounts(), tinyModel, { daily: true });
  return { estimate: result, peak: peakPresence(result) };
}

const row = (rows: string[][], first: string) => rows.find((cells) => cells[0] === first);

const BuildReport = suite('buildReport');

BuildReport('prints the plan’s table worked out by hand for the tiny counts, in English', async () => {
  const rows = htmlRows(await buildReport(await tinyData(), { language: 'en' }));
  // Region, complete days 28 and 29 Feb: devices (150 + 200) / 2 = 175; +10 % = 17.5 → 18;
  // persons 192.5 → 193; minus 60 + 40 = 100 residents and 10 + 5 = 15 workers;
  // guest-nights 192.5 − 115 = 77.5 → 78; per year 78 × 365 = 28 470.
  assert.equal(row(rows, 'Average devices per day (telecom)'), ['Average devices per day (telecom)', '175']);
  assert.equal(row(rows, 'Plus 10 % (no mobile phone, SIM-card deviations)')?.[1], '18');
  assert.equal(row(rows, '= Persons present, average per day')?.[1], '193');
  assert.equal(row(rows, 'Minus residents')?.[1], '-100');
  assert.equal(row(rows, 'Minus workers')?.[1], '-15');
  assert.equal(row(rows, 'Guest-nights, average per day')?.[1], '78');
  assert.equal(row(rows, 'Guest-nights per year (rounded daily × 365)')?.[1], '28,470');
});

BuildReport('gives each area a row, with its own guest-nights when every deduction is per area', async () => {
  const rows = htmlRows(await buildReport(await tinyData(), { language: 'en' }));
  // Area 2: devices 50, 0, 30 → mean 26.67 → 27; persons 29.33 → 29; guest-nights 29.33 − 45 = −15.67 → −16; × 365 = −5 840.
  const area2 = row(rows, '2')!;
  assert.ok(area2 !== undefined);
  assert.equal(area2.slice(1), ['27', '3', '29', '-40', '-5', '-16', '-5,840', '3', '2']);
});

BuildReport('writes numbers and words in nynorsk, with the decimal comma and a minus sign', async () => {
  const html = await buildReport(await tinyData(), { language: 'nn' });
  const rows = htmlRows(html);
  assert.match(html, /<html lang="nn">/);
  assert.equal(row(rows, 'Fråtrekk innbyggjarar')?.[1], '\u2212100');
  assert.equal(row(rows, 'Gjestedøgn pr. år (avrunda døgntal × 365)')?.[1], '28 470');
  assert.ok(html.includes('Føresetnader'));
});

BuildReport('shows the region by season and day type, worked out by hand', async () => {
  const html = await buildReport(await tinyData(), { language: 'en' });
  const rows = htmlRows(html.slice(html.indexOf('<section id="seasons">')));
  // The complete days, 28 and 29 February 2024: high season, and ISO week 9, so school winter break
  // (a Wednesday and a Thursday). Persons 165 and 220: mean 192.5 → 193, busiest 220; guest-nights 77.5 → 78.
  assert.equal(row(rows, 'High season'), ['High season', '2', '193', '220', '78']);
  assert.equal(row(rows, 'School winter break'), ['School winter break', '2', '193', '220', '78']);
  assert.equal(row(rows, 'Low season')?.[1], '0');
  assert.equal(row(rows, 'Weekends')?.[1], '0');
});

BuildReport('lists the incomplete day and the days each area was counted', async () => {
  const html = await buildReport(await tinyData(), { language: 'en' });
  // 1 March 2024: area 1 blank, so the region leaves the day out.
  assert.ok(html.includes('Incomplete days: 1 March 2024.'), html);
  // Area 1 was counted on 2 of the 3 days.
  const coverage = htmlRows(html.slice(html.indexOf('<section id="coverage">')));
  assert.equal(row(coverage, '1'), ['1', '2', '1']);
  assert.equal(row(coverage, '2'), ['2', '3', '0']);
});

BuildReport('shows rejected rows only when some were rejected, with the text escaped', async () => {
  const data = await tinyData();
  assert.not.ok((await buildReport(data, { language: 'en' })).includes('Rejected rows'));
  const rejected = { file: 'rejects.csv', rows: [{ line: 7, column: 3, field: 'devices', reason: 'expected a number', text: '2024-03-02,1,<b>five</b>' }] };
  const html = await buildReport({ ...data, rejected }, { language: 'en' });
  assert.ok(html.includes('Rejected rows'));
  assert.ok(html.includes('2024-03-02,1,&lt;b&gt;five&lt;/b&gt;'));
  assert.not.ok(html.includes('<b>five'));
});

BuildReport('renders the sections given, in order, and leaves out one that returns nothing', async () => {
  const first: ReportSection = () => ({ id: 'first', title: 'First', html: '<p>one</p>' });
  const absent: ReportSection = () => undefined;
  const second: ReportSection = async () => ({ id: 'second', title: 'Second', html: '<p>two</p>' });
  const html = await buildReport(await tinyData(), { language: 'en', sections: [first, absent, second] });
  assert.equal(
    [...html.matchAll(/<section id="([^"]+)">/g)].map(([, id]) => id),
    ['first', 'second'],
  );
  assert.ok(html.includes('<li><a href="#first">First</a></li><li><a href="#second">Second</a></li>'));
});

BuildReport('loads nothing: no script, link, image or URL but the SVG namespaces', async () => {
  const html = await buildReport(await tinyData(), { language: 'en' });
  assert.not.match(html, /<script|<link|<img|<iframe|@import|url\(/i);
  const urls = [...html.matchAll(/(?:https?:)?\/\/[^\s"'<>)]+/g)].map(([url]) => url);
  assert.ok(
    urls.every((url) => url === 'http://www.w3.org/2000/svg' || url === 'http://www.w3.org/1999/xlink'),
    urls.join(' '),
  );
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
});

BuildReport.run();
