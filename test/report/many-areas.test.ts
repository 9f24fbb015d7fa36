import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { estimate } from '../../src/pipeline/estimate.js';
import { peakPresence } from '../../src/peak/peak.js';
import { buildReport } from '../../src/report/build-report.js';
import { MANY_AREA_SECTIONS, REPORT_SECTIONS, reportSections } from '../../src/report/report-sections.js';
import { CountColumnsBuilder } from '../../src/read/count-columns.js';
import type { Model } from '../../src/model/model.js';
import { mulberry32 } from '../helpers/hallingdal-devices.js';
import { tinyCounts, tinyModel } from '../helpers/tiny-counts.js';

// A national report: 357 areas over two years (SYNTHETIC counts). One area's name is markup, to
// show that names are escaped wherever they appear (table cells, chart labels, aria labels).

const AREAS = 357;
const HOSTILE = '<script>alert("x")</script> & Ål';

async function nationalHtml(): Promise<string> {
  const random = mulberry32(11);
  const builder = new CountColumnsBuilder('national.csv', 'line');
  const firstDay = 19_358; // 2023-01-01
  for (let day = 0; day < 731; day++) {
    for (let area = 0; area < AREAS; area++) {
      // Area 9000 + k has about 100 + 50k devices, with a summer season.
      const season = 1 + 0.5 * Math.sin((2 * Math.PI * (day - 100)) / 365);
      builder.push(
        firstDay + day,
        String(9000 + area),
        area === 3 ? HOSTILE : `Kommune ${area}`,
        Math.round((100 + 50 * area) * season * (0.999 + 0.002 * random())),
        day * AREAS + area + 2,
      );
    }
  }
  const byArea = Object.fromEntries(Array.from({ length: AREAS }, (_, area) => [String(9000 + area), 40 * area]));
  const model: Model = { name: 'SYNTHETIC Norway', uplift: 0.06, deductions: { residents: { byArea } } };
  const result = await estimate(builder.finish(), model, { daily: true, workers: 0 });
  return buildReport({ estimate: result, peak: peakPresence(result) }, { language: 'en' });
}

const html = await nationalHtml();
const sectionIds = [...html.matchAll(/<section id="([^"]+)">/g)].map((match) => match[1]);
const sectionOf = (id: string) => html.slice(html.indexOf(`<section id="${id}">`), html.indexOf('</section>', html.indexOf(`<section id="${id}">`)));

const Registry = suite('the section registry');

Registry('keeps the sections of a small region up to 30 areas and picks charts first above', () => {
  assert.is(reportSections(6), REPORT_SECTIONS);
  assert.is(reportSections(30), REPORT_SECTIONS);
  assert.is(reportSections(31), MANY_AREA_SECTIONS);
  assert.is(reportSections(357), MANY_AREA_SECTIONS);
});

Registry('leads the national report with the ranked areas, the region’s days and the areas through the year', () => {
  assert.equal(sectionIds, ['ranked', 'daily', 'months', 'estimate', 'seasons', 'assumptions', 'coverage']);
});

Registry.run();

const National = suite('a report of 357 areas');

National('stays under 2 MB', () => {
  const bytes = Buffer.byteLength(html);
  assert.ok(bytes < 2 * 1024 * 1024, `${bytes} bytes`);
});

National('ranks the 40 areas with the most guest-nights, the largest first', () => {
  const ranked = sectionOf('ranked');
  assert.match(ranked, 'The 40 areas with the most guest-nights per year');
  // Guest-nights grow with the area's number: 9356 is first, 9317 fortieth, 9316 not shown.
  const first = ranked.indexOf('9356 Kommune 356');
  assert.ok(first > 0 && first < ranked.indexOf('9355 Kommune 355'), 'the largest area comes first');
  assert.match(ranked, '9317 Kommune 317');
  assert.not.match(ranked, '9316 Kommune 316');
});

National('draws one heat-map cell per area and calendar month', () => {
  const months = sectionOf('months');
  assert.match(months, 'aria-label="Persons present per day by area and calendar month, as a share of the area’s busiest month"');
  // Vega writes each rect mark as a path in the mark group: 357 areas × 12 months.
  const group = months.slice(months.indexOf('role-mark'), months.indexOf('</g>', months.indexOf('role-mark')));
  assert.is(group.match(/<path/g)?.length, AREAS * 12);
});

National('makes the tables of areas and months compact and sortable, with numbers to sort by', () => {
  assert.is(html.match(/<table data-sortable>/g)?.length, 3);
  // Area 9000 (no residents deducted) in the estimate's table: its devices per day carry their value unrounded.
  assert.match(sectionOf('estimate'), /<th scope="row">9000 Kommune 0<\/th><td class="number" data-value="\d+(\.\d+)?">/);
});

National('allows its one script by hash and nothing else', () => {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  assert.is(scripts.length, 1);
  const hash = createHash('sha256').update(scripts[0]!).digest('base64');
  assert.match(html, `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'"`);
});

National('escapes an area name that is markup, in tables and in charts', () => {
  assert.not.match(html, '<script>alert');
  assert.match(html, '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ål');
});

National.run();

const Small = suite('a report of a few areas');

Small('has no script and no sortable table', async () => {
  const result = await estimate(tinyCounts(), tinyModel, { daily: true });
  const small = await buildReport({ estimate: result, peak: peakPresence(result) }, { language: 'en' });
  assert.not.match(small, '<script');
  assert.not.match(small, 'data-sortable');
  assert.match(small, `content="default-src 'none'; style-src 'unsafe-inline'"`);
});

Small.run();
