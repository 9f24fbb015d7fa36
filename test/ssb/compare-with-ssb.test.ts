import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compareWithSsb } from '../../src/ssb/compare-with-ssb.js';
import { estimate } from '../../src/pipeline/estimate.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readRegionMapping } from '../../src/ssb/read-region-mapping.js';
import { readSsbSeries } from '../../src/ssb/read-ssb-series.js';
import type { Model } from '../../src/model/model.js';
import { tempDir } from '../helpers/temp-dir.js';

/** mulberry32: a small seeded generator, so the data set is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A data set this project has never seen: three Trøndelag codes from 14 Nov 2021 to 31 Dec 2023
 * (November 2021 is partial), one blank cell (5055 on 10 Feb 2023), per-area deductions, two SSB
 * regions (R1 = 5001 + 5055, R2 = 5059) with values rounded to 5 000 so that ranks tie, and a
 * suppressed month (R2, July 2022).
 */
function dataSet() {
  const next = random(20251124);
  const areas = ['5001', '5055', '5059'];
  const level: Record<string, number> = { '5001': 9000, '5055': 4000, '5059': 1500 };
  const deduction: Record<string, number> = { '5001': 7000 + 300, '5055': 2500 + 150, '5059': 900 + 40 };
  const days: string[] = [];
  for (let day = Date.UTC(2021, 10, 14); day <= Date.UTC(2023, 11, 31); day += 86_400_000) days.push(new Date(day).toISOString().slice(0, 10));
  const devices = new Map<string, number | null>();
  const lines = ['date,area,devices'];
  for (const date of days) {
    const month = Number(date.slice(5, 7));
    const season = month <= 4 || month === 12 ? 1.6 : month >= 6 && month <= 8 ? 1.3 : 0.9;
    for (const area of areas) {
      const value = date === '2023-02-10' && area === '5055' ? null : Math.round(level[area]! * season * (0.8 + 0.4 * next()));
      devices.set(`${date} ${area}`, value);
      lines.push(`${date},${area},${value ?? ''}`);
    }
  }
  const months = [...new Set(days.map((date) => date.slice(0, 7)))];
  const ssb = new Map<string, Array<number | null>>([
    ['R1', months.map(() => Math.round((20000 + 60000 * next()) / 5000) * 5000)],
    ['R2', months.map((month) => (month === '2022-07' ? null : Math.round((3000 + 9000 * next()) / 5000) * 5000))],
  ]);
  return { areas, deduction, days, devices, counts: `${lines.join('\n')}\n`, months, ssb };
}

const model: Model = {
  name: 'Trøndelag test',
  uplift: 0.07,
  deductions: {
    residents: { byArea: { '5001': 7000, '5055': 2500, '5059': 900 } },
    workers: { byArea: { '5001': 300, '5055': 150, '5059': 40 } },
  },
};
const homes: Record<string, [number, number]> = { '5001': [800, 810], '5055': [1900, 1950], '5059': [2300, 2320] };
const regions = { R1: ['5001', '5055'], R2: ['5059'] };

function ssbJsonStat(months: string[], ssb: Map<string, Array<number | null>>) {
  const codes = months.map((month) => month.replace('-', 'M'));
  const values = [...ssb.values()].flat();
  const status = Object.fromEntries(values.flatMap((value, cell) => (value === null ? [[String(cell), ':']] : [])));
  return {
    version: '2.0',
    class: 'dataset',
    label: 'test',
    id: ['Region', 'ContentsCode', 'Tid'],
    size: [ssb.size, 1, codes.length],
    role: { geo: ['Region'], time: ['Tid'], metric: ['ContentsCode'] },
    dimension: {
      Region: { category: { index: [...ssb.keys()] } },
      ContentsCode: { category: { index: ['Overnattinger'] } },
      Tid: { category: { index: codes } },
    },
    value: values,
    status,
  };
}

function holidayHomesJsonStat() {
  return {
    version: '2.0',
    class: 'dataset',
    id: ['Region', 'Tid'],
    size: [3, 2],
    dimension: { Region: { category: { index: Object.keys(homes) } }, Tid: { category: { index: ['2022', '2023'] } } },
    value: Object.values(homes).flat(),
  };
}

// The independent calculation: straight from the generated cells, one month at a time, with
// Pearson's one-pass textbook formula and ranks counted pairwise (the implementation sorts).
function expected(data: ReturnType<typeof dataSet>) {
  const rows = new Map<string, Array<{ month: string; telecom: number | null; ssb: number | null }>>();
  for (const [unit, areas] of Object.entries(regions)) {
    rows.set(
      unit,
      data.months.map((month, index) => {
        let telecom: number | null = 0;
        const daysInMonth = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate();
        for (let day = 1; day <= daysInMonth; day++) {
          for (const area of areas) {
            const devices = data.devices.get(`${month}-${String(day).padStart(2, '0')} ${area}`);
            if (devices === undefined || devices === null) telecom = null;
            else if (telecom !== null) telecom += devices * 1.07 - data.deduction[area]!;
          }
        }
        return { month, telecom, ssb: data.ssb.get(unit)![index]! };
      }),
    );
  }
  return rows;
}

function textbookPearson(x: number[], y: number[]): number {
  const n = x.length;
  let sx = 0,
    sy = 0,
    sxx = 0,
    syy = 0,
    sxy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i]!;
    sy += y[i]!;
    sxx += x[i]! * x[i]!;
    syy += y[i]! * y[i]!;
    sxy += x[i]! * y[i]!;
  }
  return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
}

function pairwiseRanks(values: number[]): number[] {
  return values.map((value) => values.filter((other) => other < value).length + (values.filter((other) => other === value).length + 1) / 2);
}

const near = (actual: number | null, wanted: number, what: string) =>
  assert.ok(actual !== null && Math.abs(actual - wanted) <= 1e-9 * Math.max(1, Math.abs(wanted)), `${what}: ${actual} ≠ ${wanted}`);

async function run(data: ReturnType<typeof dataSet>) {
  const { write } = tempDir();
  const { counts } = await readCounts(write('counts.csv', data.counts));
  const { summary } = await estimate(counts, model, { workers: 0 });
  return compareWithSsb(summary, await readSsbSeries(write('ssb.json', JSON.stringify(ssbJsonStat(data.months, data.ssb)))), {
    regions: await readRegionMapping(write('regions.json', JSON.stringify(regions))),
    holidayHomes: await readSsbSeries(write('homes.json', JSON.stringify(holidayHomesJsonStat()))),
  });
}

const Compare = suite('compareWithSsb');

Compare('matches an independent calculation on an unseen data set: monthly ratios, yearly gaps, both correlations', async () => {
  const data = dataSet();
  const comparison = await run(data);
  const wanted = expected(data);
  for (const unit of comparison.units) {
    const rows = wanted.get(unit.code)!;
    const got = comparison.months.filter((row) => row.unit === unit.code);
    assert.equal(
      got.map((row) => row.month),
      data.months,
    );
    rows.forEach((row, index) => {
      const month = got[index]!;
      if (row.telecom === null || row.ssb === null) {
        assert.is(month.ratio, null, `${unit.code} ${row.month} is missing`);
        assert.ok(month.missing !== null);
      } else {
        near(month.ratio, row.telecom / row.ssb, `${unit.code} ${row.month} ratio`);
        near(month.gap, row.telecom - row.ssb, `${unit.code} ${row.month} gap`);
      }
    });
    const paired = rows.filter((row) => row.telecom !== null && row.ssb !== null);
    for (const year of unit.years) {
      const inYear = paired.filter((row) => row.month.startsWith(`${year.year}-`));
      near(
        year.gap,
        inYear.reduce((sum, row) => sum + row.telecom! - row.ssb!, 0),
        `${unit.code} ${year.year} gap`,
      );
      assert.is(year.months, inYear.length);
    }
    const x = paired.map((row) => row.telecom!);
    const y = paired.map((row) => row.ssb!);
    near(unit.pearson, textbookPearson(x, y), `${unit.code} Pearson`);
    near(unit.spearman, textbookPearson(pairwiseRanks(x), pairwiseRanks(y)), `${unit.code} Spearman`);
    assert.ok(new Set(y).size < y.length, 'the SSB series has ties');
  }
});

Compare('lists the partial month, the month with a blank day and the suppressed month, with reasons', async () => {
  const comparison = await run(dataSet());
  const missing = comparison.months.filter((row) => row.missing !== null).map((row) => [row.unit, row.month, row.missing]);
  assert.equal(missing, [
    ['R1', '2021-11', 'telecom: 17 of 30 days observed in area 5001'],
    ['R1', '2023-02', 'telecom: 27 of 28 days observed in area 5055'],
    ['R2', '2021-11', 'telecom: 17 of 30 days observed in area 5059'],
    ['R2', '2022-07', 'SSB: ":": confidential (suppressed) (value[34])'],
  ]);
});

Compare('gives the gap per holiday home for whole years only, from the units’ areas', async () => {
  const data = dataSet();
  const comparison = await run(data);
  const wanted = expected(data);
  const gapOf = (unit: string, year: number) =>
    wanted
      .get(unit)!
      .filter((row) => row.month.startsWith(`${year}-`))
      .reduce((sum, row) => sum + row.telecom! - row.ssb!, 0);
  const [r1, r2] = comparison.units;
  // R1 2022: 12 months; homes 800 + 1 900. 2023 lacks February; R2 2022 lacks July.
  assert.is(r1!.years.find((year) => year.year === 2022)!.holidayHomes, 2700);
  near(r1!.years.find((year) => year.year === 2022)!.gapPerHolidayHome, gapOf('R1', 2022) / 2700, 'R1 2022');
  assert.is(r1!.years.find((year) => year.year === 2023)!.gapPerHolidayHome, null);
  assert.is(r2!.years.find((year) => year.year === 2022)!.gapPerHolidayHome, null);
  near(r2!.years.find((year) => year.year === 2023)!.gapPerHolidayHome, gapOf('R2', 2023) / 2320, 'R2 2023');
  // 2021 has no holiday-home figure: said in a note.
  assert.ok(comparison.notes.some((note) => note.includes('no holiday homes for R1 in 2021 (5001: not in the table; 5055: not in the table)')));
});

Compare('splits each side into winter (Dec–Apr) and summer (May–Nov) over the paired months', async () => {
  const data = dataSet();
  const comparison = await run(data);
  const paired = expected(data)
    .get('R2')!
    .filter((row) => row.telecom !== null && row.ssb !== null);
  const winter = (row: { month: string }) => ['12', '01', '02', '03', '04'].includes(row.month.slice(5));
  const share = (side: 'telecom' | 'ssb') => paired.filter(winter).reduce((sum, row) => sum + row[side]!, 0) / paired.reduce((sum, row) => sum + row[side]!, 0);
  const { seasons } = comparison.units[1]!;
  near(seasons.telecom.winter, share('telecom'), 'telecom winter');
  near(seasons.ssb.winter, share('ssb'), 'SSB winter');
  near(seasons.ssb.summer, 1 - share('ssb'), 'SSB summer');
});

Compare('explains why areas have no guest-nights when the deductions are region-wide', async () => {
  const data = dataSet();
  const { write } = tempDir();
  const { counts } = await readCounts(write('counts.csv', data.counts));
  const { summary } = await estimate(counts, { name: 'Region-wide', uplift: 0, deductions: { residents: 9000 } }, { workers: 0 });
  const comparison = compareWithSsb(summary, await readSsbSeries(write('ssb.json', JSON.stringify(ssbJsonStat(data.months, data.ssb)))), {
    regions: await readRegionMapping(write('regions.json', JSON.stringify(regions))),
  });
  assert.is(
    comparison.months[1]!.missing,
    'telecom: area 5001 has no guest-nights: the model gives residents for the whole region only (give them per area, or map an SSB region to all areas)',
  );
  assert.is(comparison.units[0]!.pearson, null);
});

Compare.run();
