import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { tableFromIPC } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';
import readExcelFile from 'read-excel-file/node';
import { htmlRows } from '../helpers/html-rows.js';
import { repoRoot } from '../helpers/repo-root.js';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { countsCsv, modelJson } from './small-cells.js';

// Every file and table one set of runs publishes (estimate: the table, --json, the five files of
// --out and the workbook; report; peak --json; compare: --json and its three files), read back
// the way a reader would (csv-parse, apache-arrow, hyparquet, read-excel-file, the HTML's tables),
// and every figure of people in them checked against the threshold. Figures of people: devices,
// persons and guest-nights, per day and as means, sums and maxima; not counts of days, years,
// ratios, correlations, the model's own deductions or SSB's figures. The printed tables of peak
// and compare are their --json's figures rounded; they are checked for the legend.

const Files = suite('what the commands publish, with --min-count 5');
const THRESHOLD = 5;
const ssb = (name: string) => join(repoRoot, 'fixtures/ssb', name);

/** A figure as read from a published file: where it is, and its value (null where blank or marked withheld). */
type Figure = [where: string, value: number | null];

/** Every output of the commands on the small-cells data set at a threshold, written to a folder of its own. */
function publishAll(minCount: string) {
  const { dir, write } = tempDir();
  const counts = write('counts.csv', countsCsv());
  const model = write('model.json', modelJson());
  const run = (...args: string[]) => {
    const { code, stdout, stderr } = teleguest(...args, '--min-count', minCount);
    assert.is(code, 0, stderr);
    return stdout;
  };
  const json = run('estimate', counts, '--model', model, '--json', '--out', join(dir, 'out'), '--xlsx', join(dir, 'estimate.xlsx'));
  const compareArgs = ['compare', counts, '--model', model, '--ssb', ssb('guest-nights-monthly.json'), '--regions', ssb('regions.json')];
  const published = {
    dir,
    table: run('estimate', counts, '--model', model),
    json,
    peakTable: run('peak', counts, '--model', model),
    peakJson: run('peak', counts, '--model', model, '--json'),
    compareTable: run(...compareArgs),
    compareJson: run(...compareArgs, '--json', '--out', join(dir, 'comparison')),
  };
  run('report', counts, '--model', model, '--html', join(dir, 'report.html'), '--lang', 'en');
  return published;
}

/** Numbers in a JSON document, by path, except those under the keys given (counts of days, the model echoed, …). */
function jsonFigures(value: unknown, skip: ReadonlySet<string>, path = ''): Figure[] {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  // A listed key is left out unless it holds a list (`months` is a count in a unit, and the list of months at the top).
  return Object.entries(value).flatMap(([key, member]) => (skip.has(key) && !Array.isArray(member) ? [] : jsonFigures(member, skip, `${path}.${key}`)));
}

/** The given columns of CSV rows (blank cells null). */
function csvFigures(text: string, columns: readonly string[], options: object = {}): Figure[] {
  const rows: Array<Record<string, string>> = parse(text, { columns: true, ...options });
  return rows.flatMap((row, index) => columns.map((column): Figure => [`${index + 2}.${column}`, row[column] === '' ? null : Number(row[column])]));
}

/** The given columns of rows read from Arrow or Parquet. */
function rowFigures(rows: Array<Record<string, unknown>>, columns: readonly string[]): Figure[] {
  return rows.flatMap((row, index) => columns.map((column): Figure => [`${index}.${column}`, row[column] as number | null]));
}

/** A number as a table for people writes it (`1,234`, `1 234`, `−50`); null for a blank, `:`, or `n/a`. */
function shownNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === ':' || trimmed === 'n/a') return null;
  const value = Number(trimmed.replace(/[, ]/g, '').replace('−', '-'));
  assert.ok(Number.isFinite(value), `not a number: "${text}"`);
  return value;
}

/** Rows and columns about days (counted, observed, withheld) and the model's deductions (its own numbers) hold no figure of people. */
const NOT_PEOPLE = /days|minus|residents/i;

/** The printed estimate's label-and-value lines (the region, the areas, the years), days and deductions left out. */
function tableFigures(text: string): Figure[] {
  return text
    .split('\n')
    .filter((line) => /^ {2}\S/.test(line) && !NOT_PEOPLE.test(line))
    .flatMap((line) => {
      const [label, ...cells] = line.trim().split(/ {2,}/);
      // The years' lines: year, "n of m" days, then the figures.
      const values = /^\d{4}$/.test(label!) ? cells.slice(1) : cells;
      return values.map((cell): Figure => [label!, shownNumber(cell)]);
    });
}

/** Every numeric cell of the report's tables, the rows and columns about days and deductions left out. */
function reportFigures(html: string): Figure[] {
  return html
    .split('<table')
    .slice(1)
    .flatMap((table, index) => {
      const [head, ...rows] = htmlRows(table);
      return rows.flatMap((row) =>
        row.flatMap((cell, column): Figure[] => {
          if (column === 0 || NOT_PEOPLE.test(head![column] ?? '') || NOT_PEOPLE.test(row[0]!)) return [];
          return [[`table ${index} ${row[0]} ${head![column]}`, shownNumber(cell)]];
        }),
      );
    });
}

/** The workbook's figures of people: the plan's table, years, months, seasons and each day (the assumptions are the model). */
async function workbookFigures(file: string): Promise<Figure[]> {
  const sheets = new Map((await readExcelFile(file)).map(({ sheet, data }) => [sheet, data as unknown[][]]));
  const cells = (sheet: string, keep: (row: unknown[], column: number) => boolean): Figure[] =>
    sheets
      .get(sheet)!
      .flatMap((row, index) =>
        row.flatMap((cell, column): Figure[] =>
          keep(row, column) && (typeof cell === 'number' || cell === ':') ? [[`${sheet}!${index}:${column}`, cell === ':' ? null : (cell as number)]] : [],
        ),
      );
  return [
    ...cells('Tabell', (row, column) => column > 0 && !/^(Dager|Fratrekk)/.test(String(row[0]))),
    ...cells('År', (_, column) => column > 0),
    ...cells('Måneder', (_, column) => column > 0),
    // Code, name, group, season or day type, days: then persons per day, guest-nights per day and in all.
    ...cells('Sesonger og dagtyper', (_, column) => column >= 5 && column <= 7),
    ...cells('Gjestedøgn per dag', (_, column) => column > 0),
    ...cells('Personer per dag', (_, column) => column > 0),
  ];
}

const SUMMARY_SKIP = new Set([
  'model',
  'input',
  'days',
  'missingDays',
  'filledDays',
  'withheldDays',
  'negativeDays',
  'daysInYear',
  'year',
  'incompleteDays',
  'fill',
  'disclosure',
  'deductionsPerDay',
]);
const PEAK_SKIP = new Set(['calendar', 'days', 'peakToResidents', 'capacity', 'withheldDays', 'disclosure']);
const COMPARE_SKIP = new Set([
  'ssbGuestNights',
  'ratio',
  'gap',
  'pearson',
  'spearman',
  'seasons',
  'survey',
  'telecomDays',
  'daysInMonth',
  'months',
  'year',
  'holidayHomes',
  'gapPerHolidayHome',
  'disclosure',
]);
const DAILY_COLUMNS = ['devices', 'persons', 'residents', 'guestNights'];
const SUMMARY_CSV_COLUMNS = ['personsPerDay', 'guestNightsPerDay', 'guestNights', 'guestNightsExtrapolated'];

/** Every figure of every output, by output. */
async function figuresOf(published: ReturnType<typeof publishAll>): Promise<Record<string, Figure[]>> {
  const { dir } = published;
  const file = (...path: string[]) => readFileSync(join(dir, ...path));
  return {
    'estimate table': tableFigures(published.table),
    'estimate --json': jsonFigures(JSON.parse(published.json), SUMMARY_SKIP),
    'summary.json': jsonFigures(JSON.parse(file('out', 'summary.json').toString()), SUMMARY_SKIP),
    'summary.csv': csvFigures(file('out', 'summary.csv').toString(), SUMMARY_CSV_COLUMNS),
    'daily.csv': csvFigures(file('out', 'daily.csv').toString(), DAILY_COLUMNS),
    'daily.arrow': rowFigures(tableFromIPC(file('out', 'daily.arrow')).toArray() as Array<Record<string, unknown>>, DAILY_COLUMNS),
    'daily.parquet': rowFigures(await parquetReadObjects({ file: new Uint8Array(file('out', 'daily.parquet')).buffer }), DAILY_COLUMNS),
    'estimate.xlsx': await workbookFigures(join(dir, 'estimate.xlsx')),
    'report.html': reportFigures(file('report.html').toString()),
    'peak --json': jsonFigures(JSON.parse(published.peakJson), PEAK_SKIP),
    'compare --json': jsonFigures(JSON.parse(published.compareJson), COMPARE_SKIP),
    'comparison.json': jsonFigures(JSON.parse(file('comparison', 'comparison.json').toString()), COMPARE_SKIP),
    'comparison.csv': csvFigures(file('comparison', 'comparison.csv').toString(), ['telecomGuestNights']),
    'comparison.arrow': rowFigures(tableFromIPC(file('comparison', 'comparison.arrow')).toArray() as Array<Record<string, unknown>>, ['telecomGuestNights']),
  };
}

const below = (figures: Figure[]) => figures.filter(([, value]) => value !== null && value < THRESHOLD);

const protectedRun = publishAll(String(THRESHOLD));
const openRun = publishAll('0');

Files('no published file, table or report shows a figure below 5, and each has figures to check', async () => {
  for (const [output, figures] of Object.entries(await figuresOf(protectedRun))) {
    assert.equal(below(figures), [], output);
    assert.ok(
      figures.some(([, value]) => value !== null),
      `${output}: no figure read`,
    );
  }
});

Files('without disclosure control the same files show the small counts, so the check can fail', async () => {
  const figures = await figuresOf(openRun);
  // The printed table, the report, peak and compare show means, sums and maxima only: the small counts are inside them.
  for (const output of ['estimate --json', 'summary.json', 'summary.csv', 'daily.csv', 'daily.arrow', 'daily.parquet', 'estimate.xlsx'])
    assert.ok(below(figures[output]!).length > 0, output);
});

Files('withheld figures are marked in each file, apart from missing ones', async () => {
  const { dir, json, table } = protectedRun;
  const summary = JSON.parse(json);
  // 3 in Flå, 29 in Gol, 0 in Hol: 31 area-days, and 31 region days with them (25 January is missing anyway, for Hemsedal's blank).
  assert.equal(summary.disclosure, { minCount: 5, primary: 31, secondary: 31 });
  assert.equal(summary.areas['3324'].months[1], { month: '2024-02', days: 0, personsPerDay: null, guestNights: null, withheldDays: 29 });
  assert.equal([summary.areas['3326'].missingDays, summary.areas['3326'].withheldDays], [1, 0]);

  const daily: Array<Record<string, string>> = parse(readFileSync(join(dir, 'out', 'daily.csv')), { columns: true });
  const row = (area: string, date: string) => daily.find((line) => line.area === area && line.date === date)!;
  assert.equal([row('3324', '2024-02-10').devices, row('3324', '2024-02-10').suppressed], ['', 'primary']);
  assert.equal([row('region', '2024-02-10').persons, row('region', '2024-02-10').suppressed], ['', 'secondary']);
  assert.equal([row('3326', '2024-01-25').devices, row('3326', '2024-01-25').suppressed], ['', ''], 'a blank cell is missing, not withheld');
  assert.equal([row('region', '2024-01-25').suppressed, row('3322', '2024-02-10').suppressed], ['', '']);

  const arrow = tableFromIPC(readFileSync(join(dir, 'out', 'daily.arrow'))).toArray() as Array<Record<string, unknown>>;
  const parquet = await parquetReadObjects({ file: new Uint8Array(readFileSync(join(dir, 'out', 'daily.parquet'))).buffer });
  for (const rows of [arrow, parquet]) {
    const at = (area: string, date: string) => rows[daily.indexOf(row(area, date))]!;
    assert.equal([at('3324', '2024-02-10').devices, at('3324', '2024-02-10').suppressed], [null, 'primary']);
    assert.equal([at('region', '2024-01-15').suppressed, at('3326', '2024-01-25').suppressed], ['secondary', null]);
  }

  const sheets = new Map((await readExcelFile(join(dir, 'estimate.xlsx'))).map(({ sheet, data }) => [sheet, data as unknown[][]]));
  const persons = sheets.get('Personer per dag')!;
  // Rows: codes, names, then 1 January on; columns: the date, the region, then the areas by code.
  assert.equal([persons[2 + 40]![4], persons[2 + 40]![1], persons[2 + 24]![5]], [':', ':', null]);

  // The printed table: a line of days withheld (region, then 3320 … 3330) and its legend.
  assert.match(table, /\n {2}Days withheld \(disclosure control\) +31\n/);
  assert.match(table, /\n {2}Days withheld \(disclosure control\) +1 +0 +29 +0 +0 +1\n/);
  assert.match(table, /Disclosure control: every count below 5 devices is withheld \(31 area-days\)/);

  assert.match(protectedRun.peakTable, /Disclosure control: every count below 5 devices is withheld \(31 area-days\)/);
  assert.match(protectedRun.compareTable, /Disclosure control: every count below 5 devices is withheld \(31 area-days\)/);

  // The report: the region's February is withheld whole, and says so.
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  assert.ok(
    htmlRows(html).some((cells) => cells[0] === 'February 2024' && cells[1] === '0' && cells[2] === ':'),
    'the region’s February marked withheld',
  );
  assert.match(html, /every count below 5 devices is withheld \(31 area-days\)/);
});

Files.run();
