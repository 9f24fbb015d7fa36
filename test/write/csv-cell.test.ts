import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'csv-parse/sync';
import { csvCell } from '../../src/write/csv-cell.js';
import { CSV_DIALECTS } from '../../src/write/csv-export-dialect.js';

const plain = CSV_DIALECTS.default;
const excel = CSV_DIALECTS['excel-nb'];
const CsvCell = suite('csvCell');

CsvCell('writes numbers at full precision and booleans as words for programs', () => {
  // 0.1 + 0.2 is 0.30000000000000004 in binary: a program gets it back exactly.
  assert.is(csvCell(0.1 + 0.2, 'figure', plain), '0.30000000000000004');
  assert.is(csvCell(3320, 'count', plain), '3320');
  assert.is(csvCell('0301', 'code', plain), '0301');
  assert.is(csvCell(true, 'yesNo', plain), 'true');
  assert.is(csvCell(NaN, 'figure', plain), '');
  assert.is(csvCell(null, 'ratio', plain), '');
});

CsvCell('rounds figures to hundredths and ratios to four decimals, with a decimal comma, for Excel', () => {
  assert.is(csvCell(33000.53000000003, 'figure', excel), '33000,53');
  assert.is(csvCell(0.1 + 0.2, 'figure', excel), '0,3');
  assert.is(csvCell(6.580123456, 'ratio', excel), '6,5801');
  assert.is(csvCell(-0.001, 'figure', excel), '0');
  assert.is(csvCell(12, 'count', excel), '12');
  assert.is(csvCell(false, 'yesNo', excel), '0');
});

CsvCell('keeps a code of digits as text for Excel, quoted so a CSV reader gets the formula back', () => {
  assert.is(csvCell('0301', 'code', excel), '"=""0301"""');
  // csv-parse, a reader that is not ours, unquotes it to what Excel evaluates: ="0301", the text 0301.
  assert.equal(parse(`${csvCell('0301', 'code', excel)};x`, { delimiter: ';' }), [['="0301"', 'x']]);
  // Anything but digits is text as it is, made safe: no formula from the input runs.
  assert.is(csvCell('region', 'code', excel), 'region');
  assert.is(csvCell('=1+1', 'code', excel), "'=1+1");
  assert.is(csvCell('Nes; Buskerud', 'text', excel), '"Nes; Buskerud"');
});

CsvCell.run();
