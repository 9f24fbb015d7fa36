import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimate } from '../../src/pipeline/estimate.js';
import { readCounts } from '../../src/read/read-counts.js';
import { findModelProblems } from '../../src/model/model-schema.js';
import { extractRanges } from '../../src/model/extract-ranges.js';
import type { Model, ParameterRange } from '../../src/model/model.js';
import type { Figures } from '../../src/summary/summary.js';
import type { Interval, RowIntervals } from '../../src/uncertainty/estimate-uncertainty.js';
import { readModel } from '../../src/model/read-model.js';
import { mulberry32 } from '../helpers/hallingdal-devices.js';
import { repoRoot } from '../helpers/repo-root.js';
import { tempDir } from '../helpers/temp-dir.js';

// The draws split the model into terms (src/uncertainty/model-terms.ts) and add them up again per
// draw. With every range zero-wide (min = value = max) every draw is the point estimate, so every
// quantile of every figure must equal the point engine's figure: a term lost, doubled or given
// the wrong factor on some day shows up here, form by form.

const folder = join(repoRoot, 'fixtures/every-form');
const hallingdalCounts = join(repoRoot, 'fixtures/hallingdal/counts.csv');

type Json = Record<string, unknown>;
const zero = (value: number) => ({ value, min: value, max: value });
const zeroEach = (values: number[]) => values.map(zero);
const zeroValues = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, zero(value)]));

/** Every number of the model file that may carry a range, written as a zero-wide range. */
function zeroWidth(model: Json): Json {
  const uplift = model.uplift as number | { default: number; bySegment: Record<string, number> };
  const deductions = Object.fromEntries(
    Object.entries(model.deductions as Record<string, number | Json>).map(([name, written]) => {
      if (typeof written === 'number') return [name, { value: written, min: written, max: written }];
      const out: Json = { ...written };
      if (typeof written.value === 'number') Object.assign(out, { min: written.value, max: written.value });
      if (written.byArea !== undefined) out.byArea = zeroValues(written.byArea as Record<string, number>);
      if (written.weekday !== undefined) out.weekday = zeroEach(written.weekday as number[]);
      if (written.month !== undefined) out.month = zeroEach(written.month as number[]);
      if (written.periods !== undefined)
        out.periods = (written.periods as Array<{ factor: number }>).map((period) => ({ ...period, factor: zero(period.factor) }));
      return [name, out];
    }),
  );
  return {
    ...model,
    uplift: typeof uplift === 'number' ? zero(uplift) : { default: zero(uplift.default), bySegment: zeroValues(uplift.bySegment) },
    deductions,
  };
}

/** The model as readModel makes it: checked, then its ranges moved out. */
function checked(written: Json): Model {
  assert.equal(findModelProblems(written), []);
  return extractRanges(written as unknown as Model);
}

const close = (actual: number, expected: number) => Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(expected), 1);

/** Every quantile of `interval` equals `expected`, or both are missing. */
function assertEvery(interval: Interval | null, expected: number | null, what: string, failures: string[]): void {
  if (expected === null || Number.isNaN(expected)) {
    if (interval !== null) failures.push(`${what}: the point estimate has none, the draws give ${JSON.stringify(interval)}`);
    return;
  }
  if (interval === null) return void failures.push(`${what}: the draws give none, the point estimate ${expected}`);
  for (const [key, value] of Object.entries(interval)) if (!close(value, expected)) failures.push(`${what} ${key}: ${value} ≠ ${expected}`);
}

function compareRow(intervals: RowIntervals, figures: Figures, peak: number, what: string, failures: string[]): void {
  const uplift = figures.personsPerDay === null || figures.devicesPerDay === null ? null : figures.personsPerDay - figures.devicesPerDay;
  assertEvery(intervals.upliftPerDay, uplift, `${what} upliftPerDay`, failures);
  for (const [name, value] of Object.entries(figures.deductionsPerDay))
    assertEvery(intervals.deductionsPerDay[name] ?? null, value, `${what} deductionsPerDay.${name}`, failures);
  assertEvery(intervals.guestNightsPerDay, figures.guestNightsPerDay, `${what} guestNightsPerDay`, failures);
  assertEvery(intervals.guestNightsPerYear, figures.guestNightsPerYear, `${what} guestNightsPerYear`, failures);
  assertEvery(intervals.peakDay, figures.guestNightsPerDay === null ? null : peak, `${what} peakDay`, failures);
  assert.equal(
    intervals.years.map((year) => year.year),
    figures.years.map((year) => year.year),
    `${what} years`,
  );
  figures.years.forEach((year, index) => {
    assertEvery(intervals.years[index]!.guestNights, year.guestNights, `${what} ${year.year} guestNights`, failures);
    assertEvery(intervals.years[index]!.guestNightsExtrapolated, year.guestNightsExtrapolated, `${what} ${year.year} guestNightsExtrapolated`, failures);
  });
  assert.equal(
    intervals.months.map((month) => month.month),
    figures.months.map((month) => month.month),
    `${what} months`,
  );
  figures.months.forEach((month, index) =>
    assertEvery(intervals.months[index]!.guestNights, month.guestNights, `${what} ${month.month} guestNights`, failures),
  );
}

/** Estimate with zero-wide ranges and compare every interval of every row with the point figures. */
async function assertZeroWidthIsPoint(countsFile: string, written: Json, modelFile: string): Promise<void> {
  const model = checked(zeroWidth(written));
  const ranged = model.ranges ?? [];
  assert.ok(ranged.length > 0, 'the model has ranges');
  assert.ok(
    ranged.every((range) => range.min === range.value && range.max === range.value),
    'every range is zero-wide',
  );
  const { counts } = await readCounts(countsFile);
  const { summary, grid, daily } = await estimate(counts, model, { draws: 50, workers: 0, modelFile, daily: true });
  const point = (await estimate(counts, checked(written), { workers: 0, modelFile })).summary;
  assert.equal(summary.region, point.region, 'ranges do not change the point estimate');
  const { dayCount, areaCodes } = grid;
  // The busiest observed day of a row, from the point engine's daily guest-nights.
  const peakOf = (row: number) => {
    let peak = -Infinity;
    for (let day = 0; day < dayCount; day++)
      if (!Number.isNaN(grid.devices[row * dayCount + day]!)) peak = Math.max(peak, daily.guestNights[row * dayCount + day]!);
    return peak;
  };
  const failures: string[] = [];
  const uncertainty = summary.uncertainty!;
  compareRow(uncertainty.region, summary.region, peakOf(areaCodes.length), 'region', failures);
  areaCodes.forEach((code, row) => compareRow(uncertainty.areas[code]!, summary.areas[code]!, peakOf(row), `area ${code}`, failures));
  assert.equal(failures.slice(0, 20), [], `${failures.length} figures differ`);
}

const read = (file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as Json;

const ZeroWidth = suite('zero-wide ranges on every form reproduce the point estimate');

ZeroWidth('for the Hallingdal model with population, value, byArea and file deductions and month, weekday and period factors', async () => {
  await assertZeroWidthIsPoint(hallingdalCounts, read('model-hallingdal.json'), join(folder, 'model-hallingdal.json'));
});

ZeroWidth('for the segment model with an uplift per segment and a segment deduction', async () => {
  await assertZeroWidthIsPoint(join(folder, 'counts-segments.csv'), read('model-segments.json'), join(folder, 'model-segments.json'));
});

ZeroWidth('for a model of per-area deductions only, so that areas have guest-nights too', async () => {
  await assertZeroWidthIsPoint(hallingdalCounts, perAreaModel(), join(folder, 'model-hallingdal.json'));
});

/** A model of per-area deductions only: residents from population, workers and traffic by area, with profiles. */
function perAreaModel(): Json {
  const model = read('model-hallingdal.json');
  const deductions = model.deductions as Record<string, Json>;
  return {
    ...model,
    deductions: {
      residents: deductions.residents,
      externalWorkers: {
        byArea: { '3320': 80, '3322': 200, '3324': 260, '3326': 40, '3328': 150, '3330': 270 },
        weekday: [1.3, 1.3, 1.3, 1.3, 1.1, 0.3, 0.2],
        month: [1, 1, 1, 1, 1, 1, 0.5, 0.9, 1, 1, 1, 1.2],
      },
      throughTraffic: {
        ...deductions.throughTraffic,
        weekday: [1, 1, 1, 1, 1.4, 1.2, 1.5],
        periods: [
          { from: '2023-06-24', to: '2023-08-13', factor: 2 },
          { from: '2023-08-01', to: '2023-08-31', factor: 1.5 },
        ],
      },
    },
  };
}

/** The Hallingdal counts with about 3 % of rows gone, 3 % of cells blank, and Gol (3326) blank all September 2023. */
function gappyCounts(): string {
  const random = mulberry32(31);
  const lines = readFileSync(hallingdalCounts, 'utf8').trimEnd().split('\n');
  const kept = lines.slice(1).flatMap((line) => {
    const [date, area, name, devices] = line.split(',');
    const draw = random();
    if (draw < 0.03) return [];
    const blank = draw < 0.06 || (area === '3326' && date!.startsWith('2023-09'));
    return [[date, area, name, blank ? '' : devices].join(',')];
  });
  return `${[lines[0], ...kept].join('\n')}\n`;
}

/** The Hallingdal counts with 2023's rows under the codes of 2020–2023 (3039 … 3044), as an operator would deliver them. */
function oldCodeCounts(): string {
  const oldCode: Record<string, string> = { '3320': '3039', '3322': '3040', '3324': '3041', '3326': '3042', '3328': '3043', '3330': '3044' };
  const lines = readFileSync(hallingdalCounts, 'utf8').trimEnd().split('\n');
  const recoded = lines.slice(1).map((line) => {
    const [date, area, ...rest] = line.split(',');
    return [date, date! < '2024' ? oldCode[area!] : area, ...rest].join(',');
  });
  return `${[lines[0], ...recoded].join('\n')}\n`;
}

ZeroWidth('for per-area deductions on counts whose 2023 rows carry the old municipality codes', async () => {
  const countsFile = tempDir().write('old-codes.csv', oldCodeCounts());
  assert.match(readFileSync(countsFile, 'utf8'), '2023-01-01,3039,');
  await assertZeroWidthIsPoint(countsFile, perAreaModel(), join(folder, 'model-hallingdal.json'));
});

ZeroWidth('for the segment model on counts where some area-days lack a segment or a whole row', async () => {
  const random = mulberry32(77);
  const lines = readFileSync(join(folder, 'counts-segments.csv'), 'utf8').trimEnd().split('\n');
  const kept = lines.slice(1).filter(() => random() >= 0.02);
  const countsFile = tempDir().write('partial.csv', `${[lines[0], ...kept].join('\n')}\n`);
  await assertZeroWidthIsPoint(countsFile, read('model-segments.json'), join(folder, 'model-segments.json'));
  await assertTornadoIsPointEngine(countsFile, read('model-segments.json'), join(folder, 'model-segments.json'));
});

for (const fill of ['interpolate', 'weekdayMean'] as const) {
  ZeroWidth(`for the segment model on counts with missing segment rows, fill ${fill}`, async () => {
    const random = mulberry32(78);
    const lines = readFileSync(join(folder, 'counts-segments.csv'), 'utf8').trimEnd().split('\n');
    const kept = lines.slice(1).filter(() => random() >= 0.02);
    const countsFile = tempDir().write('partial.csv', `${[lines[0], ...kept].join('\n')}\n`);
    await assertZeroWidthIsPoint(countsFile, { ...read('model-segments.json'), fill }, join(folder, 'model-segments.json'));
  });
}

for (const fill of ['none', 'interpolate', 'weekdayMean'] as const) {
  ZeroWidth(`for per-area deductions on counts with gaps, fill ${fill}`, async () => {
    const countsFile = tempDir().write('gappy.csv', gappyCounts());
    await assertZeroWidthIsPoint(countsFile, { ...perAreaModel(), fill }, join(folder, 'model-hallingdal.json'));
  });
}

ZeroWidth.run();

// Two areas over two weeks, 1–14 January 2024 (Monday to Sunday twice): area 1 has 1000 devices
// every day, area 2 has 500; uplift 10 %, so 1100 + 550 = 1650 persons a day in the region.
const twoWeeks = (() => {
  const lines = ['date,area,devices'];
  for (let day = 1; day <= 14; day++)
    for (const [area, devices] of [
      ['1', 1000],
      ['2', 500],
    ] as const)
      lines.push(`2024-01-${String(day).padStart(2, '0')},${area},${devices}`);
  return `${lines.join('\n')}\n`;
})();

async function estimateTwoWeeks(model: object) {
  const dir = tempDir();
  const countsFile = dir.write('counts.csv', twoWeeks);
  const modelFile = dir.write('model.json', JSON.stringify(model));
  const { model: read } = await readModel(modelFile);
  const { counts } = await readCounts(countsFile);
  return (await estimate(counts, read, { draws: 10_000, workers: 0, modelFile })).summary;
}

/**
 * Within 1.5 % of the range's width, carried through the figure's slope: a quantile of 10 000
 * uniform draws is off by at most 0.5 % of the width (1 sd, at the median), while a triangle in
 * the uniform's place would be off by 10 % or more at p5 and p95.
 */
function assertNear(actual: number | undefined, expected: number, what: string, widthInFigure: number): void {
  const tolerance = 0.015 * Math.abs(widthInFigure);
  assert.ok(actual !== undefined && Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);
}

const ByHand = suite('one ranged factor, by hand');

ByHand('a uniform Saturday factor 0–2 of 100 workers moves the annual figure along 365 × (1650 − 100 × (12 + 2w) / 14)', async () => {
  const summary = await estimateTwoWeeks({
    uplift: 0.1,
    deductions: { workers: { value: 100, weekday: [1, 1, 1, 1, 1, { value: 0.5, min: 0, max: 2, dist: 'uniform' }, 1] } },
  });
  // Twelve days at factor 1, the two Saturdays (6 and 13 January) at w.
  const annual = (w: number) => 365 * (1650 - (100 * (12 + 2 * w)) / 14);
  const workers = (w: number) => (100 * (12 + 2 * w)) / 14;
  const uniform = (p: number) => 0 + p * (2 - 0);
  // 365 × (1650 − 1300 / 14) = 568 357.14…
  assert.ok(Math.abs(summary.region.guestNightsPerYear! - 568_357.142857) < 1e-3, `the point estimate at w = 0.5: ${summary.region.guestNightsPerYear}`);
  const { region, tornado } = summary.uncertainty!;
  for (const [key, p] of [
    ['p5', 0.05],
    ['p50', 0.5],
    ['p95', 0.95],
  ] as const) {
    // More workers, fewer guest-nights: the annual figure's p is the factor's 1 − p.
    assertNear(region.guestNightsPerYear![key], annual(uniform(1 - p)), `guestNightsPerYear ${key}`, annual(2) - annual(0));
    assertNear(region.guestNightsPerDay![key], annual(uniform(1 - p)) / 365, `guestNightsPerDay ${key}`, (annual(2) - annual(0)) / 365);
    assertNear(region.deductionsPerDay.workers![key], workers(uniform(p)), `workers ${key}`, workers(2) - workers(0));
  }
  // The busiest day is a weekday at factor 1 while w ≥ 1, a Saturday below: 1650 − 100 × min(1, w).
  // So p5 and p50 (w at 0.95 and 0.5 of its range: 1.9 and 1) are 1550, and p95 (w = 0.1) is 1640.
  const peak = (w: number) => 1650 - 100 * Math.min(1, w);
  for (const [key, p] of [
    ['p5', 0.05],
    ['p50', 0.5],
    ['p95', 0.95],
  ] as const)
    assertNear(region.peakDay![key], peak(uniform(1 - p)), `peakDay ${key}`, 200);
  assert.is(tornado.length, 1);
  assert.is(tornado[0]!.parameter, 'deductions.workers.weekday[5]');
  assert.ok(Math.abs(tornado[0]!.atLow - annual(0)) <= 1e-9 * annual(0), `atLow ${tornado[0]!.atLow} ≠ ${annual(0)}`);
  assert.ok(Math.abs(tornado[0]!.atHigh - annual(2)) <= 1e-9 * annual(2), `atHigh ${tornado[0]!.atHigh} ≠ ${annual(2)}`);
});

ByHand('a uniform residents figure 40–100 for area 1 moves area 1 and the region, and leaves area 2 alone', async () => {
  const summary = await estimateTwoWeeks({
    uplift: 0.1,
    deductions: { residents: { byArea: { '1': { value: 60, min: 40, max: 100, dist: 'uniform' }, '2': 30 } } },
  });
  const uniform = (p: number) => 40 + p * (100 - 40);
  const { region, areas } = summary.uncertainty!;
  for (const [key, p] of [
    ['p5', 0.05],
    ['p50', 0.5],
    ['p95', 0.95],
  ] as const) {
    assertNear(region.guestNightsPerYear![key], 365 * (1650 - 30 - uniform(1 - p)), `region ${key}`, 365 * 60);
    assertNear(areas['1']!.guestNightsPerYear![key], 365 * (1100 - uniform(1 - p)), `area 1 ${key}`, 365 * 60);
    assertNear(areas['1']!.deductionsPerDay.residents![key], uniform(p), `area 1 residents ${key}`, 60);
    assertNear(region.deductionsPerDay.residents![key], 30 + uniform(p), `region residents ${key}`, 60);
    assert.ok(Math.abs(areas['2']!.guestNightsPerYear![key]! - 365 * (550 - 30)) < 1e-6, `area 2 ${key}: ${areas['2']!.guestNightsPerYear![key]}`);
  }
  // The 14 January nights of area 1 at the median residents figure, 70.
  assertNear(areas['1']!.months[0]!.guestNights!.p50, 14 * (1100 - 70), 'area 1 January', 14 * 60);
});

ByHand.run();

/** Every number that may carry a range, widened to a triangle from half the value to one and a half times it. */
function widened(model: Json): Json {
  const zeroWide = zeroWidth(model);
  const widen = (written: unknown): unknown => {
    if (Array.isArray(written)) return written.map(widen);
    if (typeof written !== 'object' || written === null) return written;
    const object = written as Json;
    const out: Json = Object.fromEntries(Object.entries(object).map(([key, value]) => [key, widen(value)]));
    if (typeof object.value === 'number' && object.min === object.value && object.max === object.value)
      Object.assign(out, { min: object.value * 0.5, max: object.value * 1.5 });
    return out;
  };
  return widen(zeroWide) as Json;
}

/** The point model with the value at one site replaced, set straight on the model object. */
function withSite(model: Model, site: ParameterRange['site'], value: number): Model {
  const copy = structuredClone(model) as Model;
  if (site.kind === 'uplift') {
    if (typeof copy.uplift === 'number') copy.uplift = value;
    else if (site.segment === undefined) copy.uplift.default = value;
    else copy.uplift.bySegment[site.segment] = value;
    return copy;
  }
  const deduction = copy.deductions[site.deduction] as {
    value?: number;
    byArea?: Record<string, number>;
    weekday?: number[];
    month?: number[];
    periods?: Array<{ factor: number }>;
  };
  if (site.kind === 'base' && site.area === undefined) deduction.value = value;
  else if (site.kind === 'base') deduction.byArea![site.area!] = value;
  else if (site.kind === 'weekday') deduction.weekday![site.index] = value;
  else if (site.kind === 'month') deduction.month![site.index] = value;
  else deduction.periods![site.index]!.factor = value;
  return copy;
}

/** Each bar of the tornado against the point engine run with that one value at its low and at its high. */
async function assertTornadoIsPointEngine(countsFile: string, written: Json, modelFile: string): Promise<void> {
  const model = checked(widened(written));
  const { counts } = await readCounts(countsFile);
  const { summary } = await estimate(counts, model, { draws: 20, workers: 0, modelFile });
  const tornado = summary.uncertainty!.tornado;
  assert.is(tornado.length, model.ranges!.length);
  const failures: string[] = [];
  for (const range of model.ranges!) {
    const bar = tornado.find((entry) => entry.parameter === range.name)!;
    assert.is(bar.low, range.value * 0.5, `${range.name} low`);
    assert.is(bar.high, range.value * 1.5, `${range.name} high`);
    for (const [side, value, got] of [
      ['low', bar.low, bar.atLow],
      ['high', bar.high, bar.atHigh],
    ] as const) {
      const { ranges: _, ...point } = withSite(model, range.site, value);
      const expected = (await estimate(counts, point, { workers: 0, modelFile })).summary.region.guestNightsPerYear!;
      if (!close(got, expected)) failures.push(`${range.name} at ${side} ${value}: tornado ${got}, point engine ${expected}`);
    }
  }
  assert.equal(failures, []);
}

const Tornado = suite('the tornado agrees with the point engine at each low and high');

Tornado('on the Hallingdal model with every form, every value widened ±50 %', async () => {
  await assertTornadoIsPointEngine(hallingdalCounts, read('model-hallingdal.json'), join(folder, 'model-hallingdal.json'));
});

Tornado('on the segment model, uplifts per segment included', async () => {
  await assertTornadoIsPointEngine(join(folder, 'counts-segments.csv'), read('model-segments.json'), join(folder, 'model-segments.json'));
});

Tornado('on the segment counts with one uplift for every segment', async () => {
  await assertTornadoIsPointEngine(join(folder, 'counts-segments.csv'), { ...read('model-segments.json'), uplift: 0.06 }, join(folder, 'model-segments.json'));
});

Tornado('on the segment counts with the deducted segment’s own uplift ranged', async () => {
  const model = read('model-segments.json');
  const bySegment = { ...model, uplift: { default: 0.06, bySegment: { foreign: 0.02, home: 0.03 } } };
  await assertTornadoIsPointEngine(join(folder, 'counts-segments.csv'), bySegment, join(folder, 'model-segments.json'));
  const foreign = { ...bySegment, deductions: { ...(model.deductions as Json), residents: { segment: 'foreign' } } };
  await assertTornadoIsPointEngine(join(folder, 'counts-segments.csv'), foreign, join(folder, 'model-segments.json'));
});

Tornado('on per-area deductions over counts with gaps', async () => {
  const countsFile = tempDir().write('gappy.csv', gappyCounts());
  await assertTornadoIsPointEngine(countsFile, perAreaModel(), join(folder, 'model-hallingdal.json'));
});

Tornado('on per-area deductions over counts with old municipality codes', async () => {
  const countsFile = tempDir().write('old-codes.csv', oldCodeCounts());
  await assertTornadoIsPointEngine(countsFile, perAreaModel(), join(folder, 'model-hallingdal.json'));
});

Tornado.run();
