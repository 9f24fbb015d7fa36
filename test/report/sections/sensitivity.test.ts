import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { estimate } from '../../../src/pipeline/estimate.js';
import { readCounts } from '../../../src/read/read-counts.js';
import { readModel } from '../../../src/model/read-model.js';
import { peakPresence } from '../../../src/peak/peak.js';
import { buildReport } from '../../../src/report/build-report.js';
import { hallingdalRegionDevices } from '../../helpers/hallingdal-devices.js';
import { htmlRows } from '../../helpers/html-rows.js';
import { repoRoot } from '../../helpers/repo-root.js';

const Sensitivity = suite('the report with draws');

const fixture = (path: string) => join(repoRoot, 'fixtures', path);
const { counts } = await readCounts(fixture('hallingdal/counts.csv'));
const { model } = await readModel(fixture('hallingdal/model-ranges.json'));
const result = await estimate(counts, model, { daily: true, draws: 2000, workers: 0 });
const html = await buildReport({ estimate: result, peak: peakPresence(result) }, { language: 'en' });
const plain = await buildReport(
  await (async () => {
    const point = await estimate(counts, model, { daily: true, workers: 0 });
    return { estimate: point, peak: peakPresence(point) };
  })(),
  { language: 'en' },
);

// The tornado worked out by hand: guest-nights per year = 365 × (D̄ × (1 + uplift) − Σ deductions),
// D̄ from the CSV; the values 0.06, 20 000 and 1 000 × 3, one of them moved at a time.
const { meanDevices } = hallingdalRegionDevices();
const annual = (uplift: number, deductions: number) => 365 * (meanDevices * (1 + uplift) - deductions);
const z95 = 1.6448536269514722;
const expected = [
  // [range, low, high, guest-nights at low, at high]
  ['deductions.dayTrippers', 0, 3000, annual(0.06, 22_000), annual(0.06, 25_000)],
  ['deductions.residents', 19_000, 21_500, annual(0.06, 22_000), annual(0.06, 24_500)],
  ['uplift', 0.04, 0.09, annual(0.04, 23_000), annual(0.09, 23_000)],
  ['deductions.externalWorkers', 500, 2000, annual(0.06, 22_500), annual(0.06, 24_000)],
  ['deductions.throughTraffic', 1000 - z95 * 300, 1000 + z95 * 300, annual(0.06, 23_000 - z95 * 300), annual(0.06, 23_000 + z95 * 300)],
] as const;
const whole = (value: number) => Math.round(value).toLocaleString('en');

Sensitivity('shows each range at its low and high, largest swing first, with the hand-worked guest-nights', () => {
  const header = htmlRows(html).findIndex((cells) => cells[0] === 'Assumption');
  assert.ok(header >= 0, 'the sensitivity table is there');
  const rows = htmlRows(html).slice(header + 1, header + 1 + expected.length);
  assert.equal(
    rows.map((cells) => [cells[0], cells[3], cells[4], cells[5]]),
    expected.map(([name, , , atLow, atHigh]) => [name, whole(atLow), whole(atHigh), whole(Math.abs(atHigh - atLow))]),
  );
  assert.equal(rows.map((cells) => [cells[1], cells[2]]).slice(0, 4), [
    ['0', '3,000'],
    ['19,000', '21,500'],
    ['0.040', '0.090'],
    ['500', '2,000'],
  ]);
  // Shares of variance by hand: the result is linear, 365 × (D̄ × uplift − Σ deductions) + constant,
  // so each range's share is (its coefficient² × its variance) over the sum of those.
  const triangular = (a: number, c: number, b: number) => (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
  const variances = [
    (3000 - 0) ** 2 / 12,
    triangular(19_000, 20_000, 21_500),
    ((365 * meanDevices) ** 2 * triangular(0.04, 0.06, 0.09)) / 365 ** 2,
    triangular(500, 1000, 2000),
    300 ** 2,
  ];
  const total = variances.reduce((sum, variance) => sum + variance, 0);
  rows.forEach((cells, index) => {
    const share = Number(cells[6]!.replace(' %', ''));
    assert.ok(
      Math.abs(share - (100 * variances[index]!) / total) < 3,
      `${cells[0]}: ${share} % against ${((100 * variances[index]!) / total).toFixed(1)} % by hand`,
    );
  });
});

Sensitivity('draws two bars per range out from the point estimate, each as long as its swing on one scale', () => {
  const bars = [
    ...(html.match(/<g class="mark-rect role-mark bars[^"]*"[^>]*>(.*?)<\/g>/s)?.[1] ?? '').matchAll(
      /<path d="M([\d.]+),([\d.]+)h([\d.]+)v[^"]*" fill="([^"]+)"/g,
    ),
  ].map(([, x, y, width, fill]) => ({ x: Number(x), y: Number(y), width: Number(width), fill }));
  assert.is(bars.length, 2 * expected.length);
  const point = annual(0.06, 23_000);
  const lengths = expected.flatMap(([, , , atLow, atHigh]) => [Math.abs(atLow - point), Math.abs(atHigh - point)]);
  const scale = bars[1]!.width / lengths[1]!;
  bars.forEach((bar, index) => assert.ok(Math.abs(bar.width - lengths[index]! * scale) < 0.01, `bar ${index} is as long as its change`));
  // Rows top to bottom in the table's order: each pair shares a row.
  for (let range = 1; range < expected.length; range++) assert.ok(bars[2 * range]!.y > bars[2 * range - 2]!.y);
  assert.equal(bars.map((bar) => bar.fill).slice(0, 2), ['#9dbbe0', '#3b6ea8']);
});

Sensitivity("puts each seed line's interval beside it, and leaves devices and days without one", () => {
  const region = htmlRows(html).slice(0, 13);
  assert.equal(region[0]!.slice(2), ['p5', 'p95']);
  const row = (label: string) => region.find((cells) => cells[0] === label)!;
  const intervals = result.summary.uncertainty!.region;
  assert.equal(row('Guest-nights per year (rounded daily × 365)').slice(2), [
    whole(intervals.guestNightsPerYear!.p5!),
    whole(intervals.guestNightsPerYear!.p95!),
  ]);
  assert.equal(row('Minus residents').slice(2), [whole(-intervals.deductionsPerDay.residents!.p95!), whole(-intervals.deductionsPerDay.residents!.p5!)]);
  assert.equal(row('Average devices per day (telecom)').slice(2), ['', '']);
  assert.equal(row('Days observed').slice(2), ['', '']);
  // The residents' interval lies within its range 19 000–21 500, and about its middle (triangular, mode 20 000: mean 20 167).
  const residents = intervals.deductionsPerDay.residents!;
  assert.ok(19_000 < residents.p5! && residents.p95! < 21_500 && Math.abs(residents.p50! - 20_129) < 60);
});

Sensitivity('quotes in its text the same guest-nights per year as the seed table above it', () => {
  const region = htmlRows(html).slice(0, 13);
  const tableFigure = region.find((cells) => cells[0] === 'Guest-nights per year (rounded daily × 365)')![1]!;
  // The plan's figure: the rounded daily guest-nights × 365, never the unrounded one beside it.
  assert.is(tableFigure, whole(Math.round(meanDevices * 1.06 - 23_000) * 365));
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  assert.ok(text.includes(`guest-nights per year (${tableFigure} at the values)`), 'the intro quotes the table');
  assert.not.ok(
    text.includes(whole(annual(0.06, 23_000))) && whole(annual(0.06, 23_000)) !== tableFigure,
    'the unrounded figure is not shown as a second value',
  );
});

Sensitivity('lists each range in plain words among the assumptions, and a ranged deduction by its value', () => {
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  assert.ok(text.includes('residents: 20,000 '), 'the value, not a varying deduction');
  assert.ok(text.includes('uplift: from 0.040 to 0.090, most likely 0.060 (triangular)'));
  assert.ok(text.includes('deductions.throughTraffic: 1,000, give or take 300 (normal'));
  assert.ok(text.includes('deductions.dayTrippers: anywhere from 0 to 3,000 (uniform)'));
});

Sensitivity('has neither the intervals nor the section without draws', () => {
  assert.not.ok(plain.includes('Which assumption matters most'));
  assert.not.ok(htmlRows(plain)[0]!.includes('p5'));
});

Sensitivity.run();
