import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { estimate } from '../../src/pipeline/estimate.js';
import { CSV_DIALECTS } from '../../src/write/csv-export-dialect.js';
import { formatDailyCsv } from '../../src/write/format-daily-csv.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readModel } from '../../src/model/read-model.js';
import { repoRoot } from '../helpers/repo-root.js';

async function hallingdal() {
  const { counts } = await readCounts(join(repoRoot, 'fixtures/hallingdal/counts.csv'));
  const { model } = await readModel(join(repoRoot, 'fixtures/hallingdal/model.json'));
  return estimate(counts, model, { daily: true });
}

/** The chunks' bytes as text. */
const textOf = (chunks: Iterable<Uint8Array>) => Buffer.concat([...chunks]).toString('utf8');
const CsvDialect = suite('daily.csv dialects');

CsvDialect('excel-nb reads back with csv-parse to the default CSV: figures to hundredths, codes as text formulas, filled as 1/0', async () => {
  const result = await hallingdal();
  const plain: string[][] = parse(textOf(formatDailyCsv(result)));
  const excelText = textOf(formatDailyCsv(result, { dialect: CSV_DIALECTS['excel-nb'] }));
  const excel: string[][] = parse(excelText, { delimiter: ';', bom: true, record_delimiter: '\r\n' });
  assert.equal(excel[0], plain[0]);
  assert.is(excel.length, plain.length);
  // 7 × 547 rows, and decimals among them (the fixture has half devices; × 1.06 makes more).
  assert.is(excel.length, 1 + 7 * 547);
  let decimals = 0;
  for (let row = 1; row < plain.length; row++) {
    assert.is(excel[row]!.length, plain[row]!.length);
    for (let column = 0; column < plain[row]!.length; column++) {
      const [ours, theirs] = [plain[row]![column]!, excel[row]![column]!];
      // The date as it is; the code as a formula that Excel shows as text; blanks stay blank.
      if (column === 0 || ours === '') assert.is(theirs, ours);
      else if (column === 1) assert.is(theirs, /^\d+$/.test(ours) ? `="${ours}"` : ours);
      else if (plain[0]![column] === 'filled') assert.is(theirs, ours === 'true' ? '1' : '0');
      else {
        if (theirs.includes(',')) decimals++;
        assert.not.ok(theirs.includes('.'), theirs);
        assert.ok(/^-?\d+(,\d{1,2})?$/.test(theirs), theirs);
        assert.is(Number(theirs.replace(',', '.')), Math.round(Number(ours) * 100) / 100);
      }
    }
  }
  assert.ok(decimals > 1000, `${decimals} decimals`);
});

CsvDialect('excel-nb starts with a UTF-8 byte-order mark and ends every line with CRLF', async () => {
  const text = textOf(formatDailyCsv(await hallingdal(), { dialect: CSV_DIALECTS['excel-nb'] }));
  assert.is(Buffer.from(text, 'utf8').subarray(0, 3).toString('hex'), 'efbbbf');
  assert.ok(text.startsWith('\uFEFFdate;area;devices;persons;residents;externalWorkers;throughTraffic;dayTrippers;guestNights;filled;suppressed\r\n'));
  assert.is(text.split('\r\n').length, 1 + 7 * 547 + 1);
  assert.not.match(text.replaceAll('\r\n', ''), /[\r\n]/);
});

CsvDialect.run();
