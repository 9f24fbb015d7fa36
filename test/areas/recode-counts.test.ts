import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { BUILT_IN_CODE_HISTORY } from '../../src/areas/built-in-code-history.js';
import { codeHistory } from '../../src/areas/code-history.js';
import { areaAsGiven, givenAreaCode, recodeCounts } from '../../src/areas/recode-counts.js';
import { CountColumnsBuilder } from '../../src/read/count-columns.js';
import { buildCountGrid } from '../../src/grid/count-grid.js';
import { parseDay } from '../../src/clock/day-number.js';
import { InputError } from '../../src/errors.js';

const RecodeCounts = suite('recodeCounts');

/** SYNTHETIC rows: [date, code, name, devices]. */
function countsOf(rows: Array<[string, string, string, number]>) {
  const builder = new CountColumnsBuilder('counts.csv', 'line');
  rows.forEach(([date, code, name, devices], index) => builder.push(parseDay(date)!, code, name, devices, index + 2));
  return builder.finish();
}

RecodeCounts('joins Hol under its 2019 code 0620 and its 2024 code 3330 into one area', () => {
  const counts = countsOf([
    ['2019-12-31', '0620', '', 100],
    ['2024-01-01', '3330', 'Hol', 300],
    ['2019-12-30', '0620', '', 90],
    ['2024-01-01', '3320', 'Flå', 50],
  ]);
  const recoded = recodeCounts(counts, BUILT_IN_CODE_HISTORY);
  assert.equal(recoded.areaCodes, ['3330', '3320']);
  assert.equal(recoded.areaNames, ['Hol', 'Flå']);
  assert.equal([...recoded.area], [0, 0, 0, 1]);
  // The input is left as it was; the other columns are the same arrays.
  assert.equal(counts.areaCodes, ['0620', '3330', '3320']);
  assert.is(recoded.devices, counts.devices);
  // One series from 2019-12-30 to 2024-01-01, Hol in the grid's second row (codes sorted).
  const grid = buildCountGrid(recoded);
  assert.equal(grid.areaCodes, ['3320', '3330']);
  const dayCount = parseDay('2024-01-01')! - parseDay('2019-12-30')! + 1;
  assert.is(grid.dayCount, dayCount);
  const hol = grid.devices.subarray(dayCount, 2 * dayCount);
  assert.equal([hol[0], hol[1], hol[dayCount - 1]], [90, 100, 300]);
});

RecodeCounts('leaves codes the history does not know, and their names, as they are', () => {
  const recoded = recodeCounts(countsOf([['2024-01-01', '0301', 'Oslo', 5]]), BUILT_IN_CODE_HISTORY);
  assert.equal([recoded.areaCodes, recoded.areaNames, [...recoded.area]], [['0301'], ['Oslo'], [0]]);
});

RecodeCounts("sends a merge's rows for one date to the duplicate policy: refused by default, summed on request", () => {
  // SYNTHETIC: a and b merge into c in 2020; both reported on 2020-01-01 as well.
  const history = codeHistory(
    [
      { fromCode: 'a', toCode: 'c', validFrom: parseDay('2020-01-01')!, toName: 'Merged' },
      { fromCode: 'b', toCode: 'c', validFrom: parseDay('2020-01-01')!, toName: 'Merged' },
    ],
    'merge.csv',
  );
  const recoded = recodeCounts(
    countsOf([
      ['2020-01-01', 'a', '', 10],
      ['2020-01-01', 'b', '', 7],
    ]),
    history,
  );
  assert.equal([recoded.areaCodes, recoded.areaNames], [['c'], ['Merged']]);
  assert.throws(
    () => buildCountGrid(recoded),
    (error: unknown) => error instanceof InputError && /line 2/.test((error as Error).message),
  );
  assert.is(buildCountGrid(recoded, 'sum').devices[0], 17);
});

RecodeCounts("keeps each row's own code for messages, shown with today's where they differ", () => {
  const counts = countsOf([
    ['2023-12-31', '3040', '', 4000],
    ['2024-01-01', '3322', 'Nesbyen', 4100],
  ]);
  const recoded = recodeCounts(counts, BUILT_IN_CODE_HISTORY);
  assert.equal([givenAreaCode(recoded, 0), givenAreaCode(recoded, 1)], ['3040', '3322']);
  assert.equal([areaAsGiven(recoded, 0), areaAsGiven(recoded, 1)], ['3040 (now 3322)', '3322']);
  // Counts not recoded: the row's code alone.
  assert.is(areaAsGiven(counts, 0), '3040');
  // Recoding again keeps the codes the file gave.
  assert.is(areaAsGiven(recodeCounts(recoded, BUILT_IN_CODE_HISTORY), 0), '3040 (now 3322)');
});

RecodeCounts('names both codes in a duplicate that recoding makes', () => {
  const messageOf = (rows: Array<[string, string, string, number]>) => {
    try {
      buildCountGrid(recodeCounts(countsOf(rows), BUILT_IN_CODE_HISTORY));
    } catch (error) {
      assert.instance(error, InputError);
      return (error as Error).message;
    }
    return 'accepted';
  };
  // Lines 2 and 3 (countsOf numbers rows from line 2).
  assert.is(
    messageOf([
      ['2024-01-01', '3322', '', 4100],
      ['2024-01-01', '3040', '', 4050],
    ]),
    'counts.csv:3: area 3040 (now 3322) has a second row for the same date (first at line 2, under 3322); use --on-duplicate sum or last if that is expected',
  );
  assert.is(
    messageOf([
      ['2024-01-01', '3040', '', 4100],
      ['2024-01-01', '3322', '', 4050],
    ]),
    'counts.csv:3: area 3322 has a second row for the same date (first at line 2, under 3040); use --on-duplicate sum or last if that is expected',
  );
  // Two rows under one old code: that code, once.
  assert.is(
    messageOf([
      ['2019-12-31', '1201', '', 1],
      ['2019-12-31', '1201', '', 2],
    ]),
    'counts.csv:3: area 1201 (now 4601) has a second row for the same date (first at line 2); use --on-duplicate sum or last if that is expected',
  );
});

RecodeCounts.run();
