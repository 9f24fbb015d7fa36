import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { estimate } from '../../src/pipeline/estimate.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readModel } from '../../src/model/read-model.js';
import { compareWithSsb } from '../../src/ssb/compare-with-ssb.js';
import { readRegionMapping } from '../../src/ssb/read-region-mapping.js';
import { readSsbSeries } from '../../src/ssb/read-ssb-series.js';
import { CSV_DIALECTS } from '../../src/write/csv-export-dialect.js';
import { formatComparisonCsv } from '../../src/write/format-comparison-csv.js';
import { formatSummaryCsv } from '../../src/write/format-summary-csv.js';
import { repoRoot } from '../helpers/repo-root.js';

const fixture = (name: string) => join(repoRoot, 'fixtures', name);
const hallingdal = (async () => {
  const { counts } = await readCounts(fixture('hallingdal/counts.csv'));
  const { model } = await readModel(fixture('hallingdal/model.json'));
  const { summary } = await estimate(counts, model);
  const comparison = compareWithSsb(summary, await readSsbSeries(fixture('ssb/guest-nights-monthly.json')), {
    regions: await readRegionMapping(fixture('ssb/regions.json')),
  });
  // As `--json` prints them.
  return { summary, json: JSON.parse(JSON.stringify(summary)), comparison: JSON.parse(JSON.stringify(comparison)), rawComparison: comparison };
})();
const readExcel = (text: string): Array<Record<string, string>> => parse(text, { delimiter: ';', bom: true, record_delimiter: '\r\n', columns: true });
const hundredths = (value: number) => Math.round(value * 100) / 100;

const SummaryCsv = suite('summary.csv and comparison.csv');

SummaryCsv('lists every series by year, month, season and day type with the JSON figures', async () => {
  const { summary, json } = await hallingdal;
  const rows: Array<Record<string, string>> = parse(formatSummaryCsv(summary), { columns: true });
  // 7 series × (2 years + 18 months + 2 seasons + 4 day types).
  assert.is(rows.length, 7 * 26);
  const at = (area: string, period: string, value: string) => rows.find((row) => row.area === area && row.period === period && row.value === value)!;
  assert.equal(at('region', 'year', '2023'), {
    area: 'region',
    name: 'Hallingdal',
    period: 'year',
    value: '2023',
    days: '365',
    personsPerDay: '',
    guestNightsPerDay: '',
    guestNights: String(json.region.years[0].guestNights),
    guestNightsExtrapolated: String(json.region.years[0].guestNightsExtrapolated),
    // Disclosure control is on by default; the fixture's counts are far above its threshold.
    withheldDays: '0',
  });
  assert.is(
    Number(at('3326', 'month', '2024-02').personsPerDay),
    json.areas['3326'].months.find((month: { month: string }) => month.month === '2024-02').personsPerDay,
  );
  assert.is(at('3320', 'season', 'high').guestNights, '', 'region-wide deductions: no guest-nights for an area');
  assert.is(
    Number(at('region', 'dayType', 'weekend').guestNightsPerDay),
    json.region.dayTypes.find((type: { name: string }) => type.name === 'weekend').guestNightsPerDay,
  );
});

SummaryCsv('in excel-nb: codes as text formulas, figures rounded to hundredths with a decimal comma', async () => {
  const { summary, json } = await hallingdal;
  const text = formatSummaryCsv(summary, { dialect: CSV_DIALECTS['excel-nb'] });
  assert.ok(text.startsWith('\uFEFFarea;name;period;value;days;'));
  const rows = readExcel(text);
  assert.is(rows.length, 7 * 26);
  assert.equal([...new Set(rows.map((row) => row.area))], ['region', '="3320"', '="3322"', '="3324"', '="3326"', '="3328"', '="3330"']);
  const hemsedal = rows.find((row) => row.area === '="3326"' && row.value === '2024-02')!;
  const expected = json.areas['3326'].months.find((month: { month: string }) => month.month === '2024-02').personsPerDay;
  assert.is(Number(hemsedal.personsPerDay!.replace(',', '.')), hundredths(expected));
  // No binary noise: at most two decimals anywhere.
  for (const row of rows)
    for (const name of ['personsPerDay', 'guestNightsPerDay', 'guestNights']) assert.ok(/^-?\d*(,\d{1,2})?$/.test(row[name]!), `${row[name]}`);
});

SummaryCsv('comparison.csv honours excel-nb: the unit as text, ratios to four decimals, and is unchanged for programs', async () => {
  const { comparison, rawComparison } = await hallingdal;
  const rows = readExcel(formatComparisonCsv(rawComparison, { dialect: CSV_DIALECTS['excel-nb'] }));
  assert.is(rows.length, comparison.months.length);
  assert.is(rows[0]!.unit, '="33102"');
  rows.forEach((row, index) => {
    const month = comparison.months[index];
    assert.is(row.ratio, month.ratio === null ? '' : String(Math.round(month.ratio * 1e4) / 1e4).replace('.', ','));
    assert.is(row.ssbGuestNights, month.ssbGuestNights === null ? '' : String(hundredths(month.ssbGuestNights)).replace('.', ','));
  });
  const plain: Array<Record<string, string>> = parse(formatComparisonCsv(rawComparison), { columns: true });
  assert.is(plain[0]!.unit, '33102');
  assert.is(plain[0]!.ratio, comparison.months[0].ratio === null ? '' : String(comparison.months[0].ratio));
});

SummaryCsv.run();
