import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { estimateFile } from '../../src/pipeline/estimate-file.js';
import { compareWithSsb } from '../../src/ssb/compare-with-ssb.js';
import { readRegionMapping } from '../../src/ssb/read-region-mapping.js';
import { readSsbSeries } from '../../src/ssb/read-ssb-series.js';
import { formatWorkbook } from '../../src/write/workbook.js';
import { repoRoot } from '../helpers/repo-root.js';
import { tempDir } from '../helpers/temp-dir.js';

const fixture = (name: string) => join(repoRoot, 'fixtures', name);
type Row = unknown[];

/** The Hallingdal estimate and its SSB comparison, its workbook, and the workbook as read-excel-file (not ExcelJS) reads it back. */
async function hallingdalWorkbook() {
  const { result } = await estimateFile(fixture('hallingdal/counts.csv'), fixture('hallingdal/model.json'), { daily: true });
  const comparison = compareWithSsb(result.summary, await readSsbSeries(fixture('ssb/guest-nights-monthly.json')), {
    regions: await readRegionMapping(fixture('ssb/regions.json')),
  });
  const file = tempDir().write('hallingdal.xlsx', await formatWorkbook(result, { comparison }));
  const sheets = new Map((await readExcelFile(file)).map(({ sheet, data }) => [sheet, data as Row[]]));
  // The summary as `--json` prints it: what the workbook must agree with.
  const summary = JSON.parse(JSON.stringify(result.summary));
  return { sheets, summary, comparison: JSON.parse(JSON.stringify(comparison)) };
}

const Workbook = suite('formatWorkbook');
const read = hallingdalWorkbook();

Workbook('has the sheets for the plan, years, months, seasons, days, assumptions and SSB', async () => {
  const { sheets } = await read;
  assert.equal(
    [...sheets.keys()],
    ['Tabell', 'År', 'Måneder', 'Sesonger og dagtyper', 'Gjestedøgn per dag', 'Personer per dag', 'Forutsetninger', 'SSB måneder', 'SSB år'],
  );
});

Workbook("gives the plan's table: codes as text, names under them, the region's seed lines as numbers", async () => {
  const { sheets, summary } = await read;
  const table = sheets.get('Tabell')!;
  assert.equal(table[0], ['Linje', 'region', '3320', '3322', '3324', '3326', '3328', '3330']);
  assert.equal(table[1], [null, 'Hallingdal', 'Flå', 'Nesbyen', 'Gol', 'Hemsedal', 'Ål', 'Hol']);
  const line = (label: string) => table.find((row) => row[0] === label)!;
  // The README's figures for this fixture: 46 724 devices a day, 26 527 guest-nights a day, 26 527 × 365 a year.
  assert.is(line('Snitt mobilenheter per dag, totalt (teledata)')[1], summary.region.devicesPerDay);
  assert.is(line('Snitt mobilenheter per dag, totalt (teledata)')[1], 46724);
  assert.is(line('Gjestedøgn, snitt per døgn')[1], summary.region.guestNightsPerDay);
  assert.is(line('Gjestedøgn per år (avrundet døgntall × 365)')[1], 26527 * 365);
  assert.is(line('Fratrekk innbyggere')[1], -summary.region.deductionsPerDay.residents);
  assert.is(line('Snitt mobilenheter per dag, totalt (teledata)')[5], summary.areas['3326'].devicesPerDay);
  // Region-wide deductions: a municipality has no guest-nights, and its cell is empty, not 0.
  assert.is(line('Gjestedøgn, snitt per døgn')[2], null);
  assert.is(line('Dager observert')[1], 547);
});

Workbook('gives guest-nights by year and by month as numbers, months as real dates', async () => {
  const { sheets, summary } = await read;
  const years = sheets.get('År')!.slice(2);
  assert.equal(
    years.map((row) => row[0]),
    [2023, 2024],
  );
  assert.equal(
    years.map((row) => row[1]),
    summary.region.years.map((year: { guestNights: number }) => year.guestNights),
  );
  const months = sheets.get('Måneder')!.slice(2);
  assert.is(months.length, 18);
  assert.instance(months[0]![0], Date);
  assert.is((months[0]![0] as Date).toISOString(), '2023-01-01T00:00:00.000Z');
  assert.is((months[17]![0] as Date).toISOString(), '2024-06-01T00:00:00.000Z');
  assert.equal(
    months.map((row) => row[1]),
    summary.region.months.map((month: { guestNights: number }) => month.guestNights),
  );
});

Workbook('gives seasons and day types per series, in Norwegian, with the JSON values', async () => {
  const { sheets, summary } = await read;
  const rows = sheets.get('Sesonger og dagtyper')!;
  assert.equal(rows[0], ['Kode', 'Navn', 'Gruppe', 'Sesong/dagtype', 'Dager', 'Personer per dag', 'Gjestedøgn per dag', 'Gjestedøgn']);
  const high = rows.find((row) => row[0] === 'region' && row[3] === 'Høysesong')!;
  const expected = summary.region.seasons.find((season: { name: string }) => season.name === 'high');
  assert.equal(high.slice(4), [expected.days, expected.personsPerDay, expected.guestNightsPerDay, expected.guestNights]);
  const flaWeekend = rows.find((row) => row[0] === '3320' && row[3] === 'Helger')!;
  assert.is(flaWeekend[5], summary.areas['3320'].dayTypes.find((type: { name: string }) => type.name === 'weekend').personsPerDay);
  // 7 series × (2 seasons + 4 day types), under the header.
  assert.is(rows.length, 1 + 7 * 6);
});

Workbook('gives each day as a date with persons per series, summing to the JSON means', async () => {
  const { sheets, summary } = await read;
  const days = sheets.get('Personer per dag')!.slice(2);
  assert.is(days.length, 547);
  assert.is((days[0]![0] as Date).toISOString(), '2023-01-01T00:00:00.000Z');
  // Hemsedal's persons per observed day, averaged here from the sheet's cells, is the JSON's mean.
  const hemsedal = days.map((row) => row[5]).filter((value): value is number => typeof value === 'number');
  assert.is(hemsedal.length, summary.areas['3326'].days);
  const mean = hemsedal.reduce((sum, value) => sum + value, 0) / hemsedal.length;
  assert.ok(Math.abs(mean - summary.areas['3326'].personsPerDay) < 1e-6, `${mean}`);
});

Workbook('states the assumptions: uplift as a share, residents per municipality, dates as dates', async () => {
  const { sheets, summary } = await read;
  const rows = sheets.get('Forutsetninger')!;
  const value = (label: string) => rows.find((row) => row[0] === label)?.[1];
  assert.is(value('Modell'), 'Hallingdal');
  assert.is(value('Oppjustering'), summary.model.uplift);
  assert.is((value('Fra') as Date).toISOString(), '2023-01-01T00:00:00.000Z');
  assert.is(value('Dager'), 547);
  // Daily counts of six municipalities: the upper-bound warning comes first, under the header, in bokmål.
  assert.is(rows[1]![0], 'Advarsel');
  assert.match(String(rows[1]![1]), /^Advarsel: døgntellinger for 6 områder gir bare en øvre grense for regionens gjestedøgn: /);
});

Workbook("gives SSB's months and years beside teleguest's, the unit's code as text", async () => {
  const { sheets, comparison } = await read;
  const months = sheets.get('SSB måneder')!.slice(1);
  assert.is(months.length, comparison.months.length);
  assert.equal(months[0]!.slice(0, 1), ['33102']);
  assert.equal(
    months.map((row) => row[5]),
    comparison.months.map((month: { ssbGuestNights: number | null }) => month.ssbGuestNights),
  );
  assert.equal(
    months.map((row) => row[6]),
    comparison.months.map((month: { ratio: number | null }) => month.ratio),
  );
  const years = sheets.get('SSB år')!.slice(1);
  assert.equal(
    years.map((row) => [row[0], row[2], row[5]]),
    comparison.units[0].years.map((year: { year: number; ssbGuestNights: number }) => ['33102', year.year, year.ssbGuestNights]),
  );
});

Workbook.run();
