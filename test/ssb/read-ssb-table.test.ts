import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { readSsbSeries } from '../../src/ssb/read-ssb-series.js';
import type { SsbSeries } from '../../src/ssb/sum-ssb-table.js';
import { repoRoot } from '../helpers/repo-root.js';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * One small table written three ways. By hand, guest-nights per region, land of residence and month:
 *   3320 Flå  Norge    100.5   200.25  ..
 *   3320 Flå  Utlandet  10.5    20.75  30
 *   3328 Ål   Norge    1000   2000.5  3000.25
 *   3328 Ål   Utlandet    1.5   :         3.5
 * Summed over land: 3320: 111, 221, missing (..); 3328: 1001.5, missing (:), 3003.75.
 */
const EXPECTED = {
  values: { '3320': { '2024-01': 111, '2024-02': 221, '2024-03': null }, '3328': { '2024-01': 1001.5, '2024-02': null, '2024-03': 3003.75 } },
  missing: [
    ['3320', '2024-03', '..'],
    ['3328', '2024-02', ':'],
  ],
};

const dimensions = (indexOf: (codes: string[]) => unknown) => ({
  Region: { label: 'region', category: { index: indexOf(['3320', '3328']), label: { '3320': 'Flå', '3328': 'Ål' } } },
  Land: { label: 'bostedsland', category: { index: indexOf(['N', 'U']), label: { N: 'Norge', U: 'Utlandet' } } },
  ContentsCode: { label: 'statistikkvariabel', category: { index: indexOf(['Overnattinger']), label: { Overnattinger: 'Overnattinger' } } },
  Tid: { label: 'måned', category: { index: indexOf(['2024M01', '2024M02', '2024M03']) } },
});

// Index objects written in a key order unlike their index numbers: placing by key order would swap cells.
const reordered = {
  version: '2.0',
  class: 'dataset',
  role: { geo: ['Region'], time: ['Tid'], metric: ['ContentsCode'] },
  id: ['Region', 'Land', 'ContentsCode', 'Tid'],
  size: [2, 2, 1, 3],
  dimension: {
    ...dimensions(() => undefined),
    Region: { category: { index: { '3328': 1, '3320': 0 }, label: { '3320': 'Flå', '3328': 'Ål' } } },
    Land: { category: { index: { U: 1, N: 0 } } },
    ContentsCode: { category: { index: { Overnattinger: 0 } } },
    Tid: { category: { index: { '2024M03': 2, '2024M01': 0, '2024M02': 1 } } },
  },
  value: [100.5, 200.25, null, 10.5, 20.75, 30, 1000, 2000.5, 3000.25, 1.5, null, 3.5],
  status: [null, null, '..', null, null, null, null, null, null, null, ':', null],
};

// Another dimension order (Region varies fastest), index arrays, sparse value and status objects:
// flat = month × 4 + land × 2 + region.
const sparse = {
  version: '2.0',
  class: 'dataset',
  id: ['Tid', 'Land', 'ContentsCode', 'Region'],
  size: [3, 2, 1, 2],
  dimension: dimensions((codes) => codes),
  value: { '0': 100.5, '1': 1000, '2': 10.5, '3': 1.5, '4': 200.25, '5': 2000.5, '6': 20.75, '9': 3000.25, '10': 30, '11': 3.5 },
  status: { '7': ':', '8': '..' },
};

// The CSV export: ISO-8859-1, semicolons, decimal commas, rows in no particular order, code and name in one cell.
const csv = [
  '"region";"bostedsland";"måned";"statistikkvariabel";"Overnattinger, etter region, bostedsland og måned"',
  '"3328 Ål";"Utlandet";"2024M02";"Overnattinger";:',
  '"3320 Flå";"Norge";"2024M01";"Overnattinger";100,5',
  '"3320 Flå";"Norge";"2024M02";"Overnattinger";200,25',
  '"3320 Flå";"Norge";"2024M03";"Overnattinger";..',
  '"3320 Flå";"Utlandet";"2024M01";"Overnattinger";10,5',
  '"3320 Flå";"Utlandet";"2024M02";"Overnattinger";20,75',
  '"3320 Flå";"Utlandet";"2024M03";"Overnattinger";30',
  '"3328 Ål";"Norge";"2024M01";"Overnattinger";1000',
  '"3328 Ål";"Norge";"2024M02";"Overnattinger";2000,5',
  '"3328 Ål";"Norge";"2024M03";"Overnattinger";3000,25',
  '"3328 Ål";"Utlandet";"2024M01";"Overnattinger";1,5',
  '"3328 Ål";"Utlandet";"2024M03";"Overnattinger";3,5',
].join('\r\n');

/** The series as plain data, missing cells sorted, for comparing readers. */
function plain(series: SsbSeries) {
  const values = Object.fromEntries([...series.values].map(([area, byPeriod]) => [area, Object.fromEntries(byPeriod)]));
  const missing = series.missing.map((entry) => [entry.area, entry.period, entry.symbol]).sort((a, b) => String(a).localeCompare(String(b)));
  return { values, missing };
}

async function refusal(content: string | Buffer, name = 'table.json'): Promise<InputError> {
  const file = tempDir().write(name, content);
  try {
    await readSsbSeries(file);
  } catch (error) {
    assert.instance(error, InputError);
    return error as InputError;
  }
  throw new Error('expected the table to be refused');
}

const ReadSsb = suite('readSsbSeries');

ReadSsb('reads a JSON-stat document whose index order differs from its key order by index', async () => {
  const series = await readSsbSeries(tempDir().write('reordered.json', JSON.stringify(reordered)));
  assert.equal(plain(series), EXPECTED);
  assert.is(series.periodKind, 'month');
  assert.is(series.names.get('3328'), 'Ål');
});

ReadSsb('reads a sparse value object with suppressed cells to the same numbers', async () => {
  const series = await readSsbSeries(tempDir().write('sparse.json', JSON.stringify(sparse)));
  assert.equal(plain(series), EXPECTED);
  // Reported where the suppressed cell is: Ål, 2024M02, Utlandet is cell 7.
  assert.equal(series.missing.find((entry) => entry.area === '3328')!.place, 'value["7"]');
  assert.match(series.missing.find((entry) => entry.area === '3328')!.reason, /confidential/);
});

ReadSsb('reads an ISO-8859-1 semicolon CSV with decimal commas to the same numbers', async () => {
  const series = await readSsbSeries(tempDir().write('export.csv', Buffer.from(csv, 'latin1')));
  assert.equal(plain(series), EXPECTED);
  assert.is(series.names.get('3328'), 'Ål');
  assert.is(series.missing.find((entry) => entry.area === '3320')!.place, 'line 5, column 5');
});

ReadSsb('reads the fixture guest-nights as JSON-stat and as CSV to the same series', async () => {
  const json = await readSsbSeries(join(repoRoot, 'fixtures/ssb/guest-nights-monthly.json'));
  const fromCsv = await readSsbSeries(join(repoRoot, 'fixtures/ssb/guest-nights-monthly.csv'));
  assert.equal(plain(fromCsv), plain(json));
  // The fixture README's example figures: 2023 adds up to 1 245 380; 2024M06 is "..".
  const months = json.values.get('33102')!;
  assert.is(
    [...months].filter(([month]) => month.startsWith('2023')).reduce((sum, [, value]) => sum + value!, 0),
    1245380,
  );
  assert.is(months.get('2024-06'), null);
});

ReadSsb('reads a wide CSV with a value column per period, the period taken from the column name', async () => {
  const wide = '"region","Overnattinger 2024M01","Overnattinger 2024M02"\n"3320","5.5","6"\n"K-3328","7",".."\n';
  const series = await readSsbSeries(tempDir().write('wide.csv', wide));
  assert.equal(plain(series), {
    values: { '3320': { '2024-01': 5.5, '2024-02': 6 }, '3328': { '2024-01': 7, '2024-02': null } },
    missing: [['3328', '2024-02', '..']],
  });
});

ReadSsb('refuses a bad JSON-stat cell with its JSON path', async () => {
  const error = await refusal(JSON.stringify({ ...reordered, value: [100.5, '200', ...reordered.value.slice(2)] }));
  assert.is(error.message.endsWith('table.json at value[1]: expected a number ≥ 0 or null (no count is negative), got "200"'), true);
});

ReadSsb('refuses negative guest-nights in JSON-stat and in CSV', async () => {
  const json = await refusal(JSON.stringify({ ...reordered, value: [100.5, -200, ...reordered.value.slice(2)] }));
  assert.is(json.message.endsWith('table.json at value[1]: expected a number ≥ 0 or null (no count is negative), got -200'), true);
  const wide = '"region","Overnattinger 2024M01"\n"3320","-5"\n';
  const fromCsv = await readSsbSeries(tempDir().write('wide.csv', wide)).then(
    () => undefined,
    (error: Error) => error.message,
  );
  assert.match(fromCsv ?? '', /wide\.csv:2:2 \(Overnattinger 2024M01\): expected a number ≥ 0 or an SSB symbol \(\.\. : \. \.\.\. -\), got "-5"$/);
});

ReadSsb('refuses a period that is not a StatBank time code, naming the dimension', async () => {
  const document = JSON.parse(JSON.stringify(sparse));
  document.dimension.Tid.category.index = ['2024M01', '2024M02', '2024M13'];
  const error = await refusal(JSON.stringify(document));
  assert.is(error.problem, '"2024M13" is not a StatBank period (2024, 2024M01 or 2024K1)');
  assert.is(error.location.path, 'dimension.Tid.category.index');
});

ReadSsb('refuses index positions that do not run 0 to size − 1', async () => {
  const document = JSON.parse(JSON.stringify(reordered));
  document.dimension.Land.category.index = { N: 0, U: 0 };
  const error = await refusal(JSON.stringify(document));
  assert.is(error.location.path, 'dimension.Land.category.index');
});

ReadSsb('refuses a CSV cell that is not a number with its line and column', async () => {
  const error = await refusal(Buffer.from(csv.replace('2000,5', '2 000,5'), 'latin1'), 'export.csv');
  assert.is(
    error.message.endsWith(
      'export.csv:10:5 (Overnattinger, etter region, bostedsland og måned): expected a number ≥ 0 (decimal comma allowed) or an SSB symbol (.. : . ... -), got "2 000,5"',
    ),
    true,
  );
});

ReadSsb('refuses a CSV whose last column is the period, not a value', async () => {
  const error = await refusal('"region","måned"\n"3320","2024M01"\n', 'no-values.csv');
  assert.is(error.problem, 'expected the values in the last column, after region and the period, got "måned" there');
});

ReadSsb('refuses a repeated CSV row, naming the first', async () => {
  const error = await refusal(Buffer.from(`${csv}\r\n"3320 Flå";"Norge";"2024M01";"Overnattinger";7`, 'latin1'), 'export.csv');
  assert.is(error.problem, 'the same cell as on line 3 (a repeated row)');
  assert.is(error.location.line, 14);
});

ReadSsb('refuses two contents, which cannot be added up', async () => {
  const document = JSON.parse(JSON.stringify(sparse));
  document.dimension.ContentsCode.category = { index: ['Overnattinger', 'Gjester'], label: { Overnattinger: 'Overnattinger', Gjester: 'Gjester' } };
  document.size = [3, 2, 2, 2];
  document.value = {};
  const error = await refusal(JSON.stringify(document));
  assert.match(error.problem, /ContentsCode has 2 contents \(Overnattinger, Gjester\)/);
});

ReadSsb('refuses a total category beside its parts', async () => {
  const document = JSON.parse(JSON.stringify(sparse));
  document.dimension.Land.category = { index: ['N', 'U', 'T'], label: { N: 'Norge', U: 'Utlandet', T: 'I alt' } };
  document.size = [3, 3, 1, 2];
  document.value = {};
  const error = await refusal(JSON.stringify(document));
  assert.match(error.problem, /Land holds "I alt", the total of its other categories/);
});

ReadSsb('lists a sum with rows absent from a CSV as missing, not as a smaller sum', async () => {
  const cut = csv
    .split('\r\n')
    .filter((line) => !line.includes('"Utlandet";"2024M01"'))
    .join('\r\n');
  const series = await readSsbSeries(tempDir().write('cut.csv', Buffer.from(cut, 'latin1')));
  assert.is(series.values.get('3320')!.get('2024-01'), null);
  assert.equal(series.missing.find((entry) => entry.period === '2024-01' && entry.area === '3320')!.reason, '1 of the 2 cells to add up are in the file');
});

ReadSsb.run();
