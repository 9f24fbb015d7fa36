import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithSsb } from '../../../src/ssb/compare-with-ssb.js';
import { estimate } from '../../../src/pipeline/estimate.js';
import { readCounts } from '../../../src/read/read-counts.js';
import { readRegionMapping } from '../../../src/ssb/read-region-mapping.js';
import { readSsbSeries } from '../../../src/ssb/read-ssb-series.js';
import { readModel } from '../../../src/model/read-model.js';
import { peakPresence } from '../../../src/peak/peak.js';
import { buildReport } from '../../../src/report/build-report.js';
import type { ReportData } from '../../../src/report/report-data.js';
import { htmlRows } from '../../helpers/html-rows.js';
import { repoRoot } from '../../helpers/repo-root.js';

const fixture = (path: string) => join(repoRoot, 'fixtures', path);
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// The expected side, worked out from the fixture files without teleguest's readers: the counts
// CSV summed per day, then per month as Σ (devices × 1.06 − 23 000) (the model: uplift 6 %,
// deductions 20 000 + 1 000 + 1 000 + 1 000; every day of the fixture is complete), and SSB's
// figures from the StatBank CSV (ISO-8859-1, ;), while the report reads the JSON-stat file.
const telecom = new Map<string, number>();
for (const line of readFileSync(fixture('hallingdal/counts.csv'), 'utf8').trim().split('\n').slice(1)) {
  const [date, , , devices] = line.split(',');
  telecom.set(date!.slice(0, 7), (telecom.get(date!.slice(0, 7)) ?? 0) + Number(devices) * 1.06);
}
for (const month of telecom.keys()) {
  const [year, monthNumber] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year!, monthNumber!, 0)).getUTCDate();
  telecom.set(month, telecom.get(month)! - 23_000 * days);
}
const ssb = new Map<string, number | null>();
for (const line of readFileSync(fixture('ssb/guest-nights-monthly.csv'), 'latin1').split('\r\n')) {
  const cells = line.split(';').map((cell) => cell.replace(/^"|"$/g, ''));
  if (!/^\d{4}M\d{2}$/.test(cells[1] ?? '')) continue;
  ssb.set(`${cells[1]!.slice(0, 4)}-${cells[1]!.slice(5)}`, cells[3] === '..' ? null : Number(cells[3]));
}
const months = [...telecom.keys()].sort();
const paired = months.filter((month) => ssb.get(month) != null);

/** Pearson by the one-pass textbook formula (teleguest's kernel takes deviations in two passes). */
function pearsonByTextbook(x: number[], y: number[]): number {
  const n = x.length;
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const sx = sum(x);
  const sy = sum(y);
  const sxy = sum(x.map((value, i) => value * y[i]!));
  const sxx = sum(x.map((value) => value * value));
  const syy = sum(y.map((value) => value * value));
  return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
}

/** Spearman without ties: 1 − 6 Σd² / (n (n² − 1)). */
function spearmanWithoutTies(x: number[], y: number[]): number {
  const rank = (values: number[]) => values.map((value) => values.filter((other) => other < value).length + 1);
  assert.is(new Set(x).size, x.length, 'no ties');
  assert.is(new Set(y).size, y.length, 'no ties');
  const rx = rank(x);
  const ry = rank(y);
  const n = x.length;
  const d2 = rx.reduce((total, r, i) => total + (r - ry[i]!) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

const result = await estimate((await readCounts(fixture('hallingdal/counts.csv'))).counts, (await readModel(fixture('hallingdal/model.json'))).model, {
  daily: true,
});
const series = await readSsbSeries(fixture('ssb/guest-nights-monthly.json'));
const regions = await readRegionMapping(fixture('ssb/regions.json'));
const data: ReportData = { estimate: result, peak: peakPresence(result) };
const withSsb: ReportData = { ...data, comparison: compareWithSsb(result.summary, series, { regions }) };
const section = (html: string) => {
  const start = html.indexOf('<section id="ssb">');
  return start < 0 ? undefined : html.slice(start, html.indexOf('</section>', start));
};
const en = section(await buildReport(withSsb, { language: 'en' }))!;

const SsbComparison = suite('the SSB comparison section');

SsbComparison('is absent when the report has no comparison', async () => {
  const html = await buildReport(data, { language: 'en' });
  assert.is(section(html), undefined);
  assert.not.ok(html.includes('href="#ssb"'));
});

SsbComparison('lists every month with both sides, the ratio and the gap, as summed from the fixture files', () => {
  assert.ok(en !== undefined);
  assert.is(months.length, 18);
  assert.is(paired.length, 17);
  const whole = (value: number) => Math.round(value).toLocaleString('en-GB');
  const expected = months.map((month) => {
    const t = telecom.get(month)!;
    const s = ssb.get(month) ?? null;
    const label = `${MONTH_NAMES[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
    return s === null ? [label, whole(t), 'n/a', 'n/a', 'n/a'] : [label, whole(t), whole(s), (t / s).toFixed(2), whole(t - s)];
  });
  const rows = htmlRows(en).filter((cells) => / \d{4}$/.test(cells[0]!));
  assert.equal(rows, expected);
});

SsbComparison('draws one bar per month and side, heights in proportion to the guest-nights, and the ratio above each month', () => {
  const bars = [
    ...(en.match(/<g class="mark-rect role-mark bars[^"]*"[^>]*>(.*?)<\/g>/s)?.[1] ?? '').matchAll(
      /<path d="M([\d.]+),([\d.]+)h([\d.]+)v([\d.]+)h[^"]*" fill="([^"]+)"/g,
    ),
  ].map(([, x, y, , height, fill]) => ({ x: Number(x), bottom: Number(y) + Number(height), height: Number(height), fill }));
  // Telecom's 18 months (blue) and SSB's 17 (ochre: June 2024 is suppressed), month by month.
  const values = months.flatMap((month) => [telecom.get(month)!, ...(ssb.get(month) == null ? [] : [ssb.get(month)!])]);
  const fills = months.flatMap((month) => ['#3b6ea8', ...(ssb.get(month) == null ? [] : ['#d08c2e'])]);
  assert.is(bars.length, 35);
  assert.equal(
    bars.map((bar) => bar.fill),
    fills,
  );
  // A y scale from zero: every bar stands on the same baseline, and its height over its value is one constant.
  const scale = bars[0]!.height / values[0]!;
  bars.forEach((bar, index) => {
    assert.ok(Math.abs(bar.bottom - bars[0]!.bottom) < 1e-6, `bar ${index} baseline`);
    assert.ok(Math.abs(bar.height / values[index]! - scale) < 1e-9, `bar ${index}: ${bar.height} for ${values[index]}`);
  });
  // Side by side: SSB's bar right of telecom's in each month.
  assert.ok(bars[1]!.x > bars[0]!.x);
  const ratios = [...(en.match(/<g class="mark-text role-mark ratio[^"]*"[^>]*>(.*?)<\/g>/s)?.[1] ?? '').matchAll(/>([^<]*)<\/text>/g)].map(([, text]) => text);
  assert.equal(
    ratios,
    paired.map((month) => `${(telecom.get(month)! / ssb.get(month)!).toFixed(1)}×`),
  );
});

SsbComparison('gives the correlations of the paired months, computed another way', () => {
  const x = paired.map((month) => telecom.get(month)!);
  const y = paired.map((month) => ssb.get(month)!);
  const r = pearsonByTextbook(x, y).toFixed(3);
  const rho = spearmanWithoutTies(x, y).toFixed(3);
  // The page escapes the apostrophe.
  assert.ok(
    en.includes(`Over the 17 months compared, the two monthly series correlate with Pearson&#39;s r = ${r} and Spearman&#39;s ρ = ${rho}`),
    `${r} ${rho}`,
  );
});

SsbComparison('sums the years over the months compared and says why SSB counts fewer', () => {
  const sumOf = (year: string, side: (month: string) => number) =>
    paired.filter((month) => month.startsWith(year)).reduce((total, month) => total + side(month), 0);
  const row = htmlRows(en).find((cells) => cells[0] === '2024')!;
  const t = sumOf('2024', (month) => telecom.get(month)!);
  const s = sumOf('2024', (month) => ssb.get(month)!);
  assert.equal(row, [
    '2024',
    '5',
    Math.round(t).toLocaleString('en-GB'),
    s.toLocaleString('en-GB'),
    (t / s).toFixed(2),
    Math.round(t - s).toLocaleString('en-GB'),
  ]);
  assert.ok(en.includes('<h3>Why the two differ</h3>'));
  assert.match(en, /own or a borrowed cabin/);
});

SsbComparison('speaks nynorsk with decimal commas, and shows the gap per holiday home with --cabins', async () => {
  const holidayHomes = await readSsbSeries(fixture('ssb/holiday-homes.json'));
  const nn = section(await buildReport({ ...data, comparison: compareWithSsb(result.summary, series, { regions, holidayHomes }) }, { language: 'nn' }))!;
  assert.match(nn, /<h2>Samanlikna med SSB<\/h2>/);
  assert.match(nn, /Kvifor dei to er ulike/);
  const x = paired.map((month) => telecom.get(month)!);
  const y = paired.map((month) => ssb.get(month)!);
  assert.ok(nn.includes(`r = ${pearsonByTextbook(x, y).toFixed(3).replace('.', ',')} etter Pearson`));
  // 2023, all 12 months: the gap over the six municipalities' holiday homes in holiday-homes.json,
  // 1 310 + 2 960 + 3 420 + 2 790 + 4 050 + 6 120 = 20 650 (its 2023 cells, summed by hand).
  const homes2023 = 20_650;
  const gap2023 = paired.filter((month) => month.startsWith('2023')).reduce((total, month) => total + telecom.get(month)! - ssb.get(month)!, 0);
  const row = htmlRows(nn).find((cells) => cells[0] === '2023')!;
  assert.equal(row.slice(6), ['20 650', String(Math.round(gap2023 / homes2023))]);
});

SsbComparison('says so, without a chart, for a unit with no month on both sides', async () => {
  // Without --regions, SSB's region 33102 matches none of the counts' six municipalities.
  const html = section(await buildReport({ ...data, comparison: compareWithSsb(result.summary, series) }, { language: 'en' }))!;
  assert.is(html.match(/No month has a figure on both sides/g)?.length, 6);
  assert.not.ok(html.includes('<svg'));
});

SsbComparison.run();
