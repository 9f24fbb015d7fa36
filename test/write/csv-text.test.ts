import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'csv-parse/sync';
import { csvText } from '../../src/write/csv-text.js';

const CsvText = suite('csvText');

CsvText('leaves ordinary text alone', () => {
  assert.is(csvText('3320'), '3320');
  assert.is(csvText('Flå'), 'Flå');
});

CsvText('neutralises text a spreadsheet would run as a formula', () => {
  assert.is(csvText('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.is(csvText('+47'), "'+47");
  assert.is(csvText('-1'), "'-1");
  assert.is(csvText('@SUM(A1)'), "'@SUM(A1)");
});

CsvText('quotes delimiters, quotes and line breaks so the cell reads back whole', () => {
  const cells = ['Nes, Buskerud', 'a;b', 'say "hi"', 'two\nlines'];
  const line = cells.map(csvText).join(',');
  assert.equal(parse(line, { relax_quotes: false })[0], cells);
});

CsvText.run();
