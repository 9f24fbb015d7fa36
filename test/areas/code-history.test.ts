import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_CODE_HISTORY } from '../../src/areas/built-in-code-history.js';
import { codeHistory, currentArea, type CodeChange } from '../../src/areas/code-history.js';
import { parseDay } from '../../src/clock/day-number.js';
import { InputError } from '../../src/errors.js';
import { repoRoot } from '../helpers/repo-root.js';

const CodeHistory = suite('codeHistory');

const change = (fromCode: string, toCode: string, date: string, line?: number): CodeChange => ({
  fromCode,
  toCode,
  validFrom: parseDay(date)!,
  toName: '',
  line,
});
const messageOf = (changes: CodeChange[]) => {
  try {
    codeHistory(changes, 'changes.csv');
  } catch (error) {
    assert.instance(error, InputError);
    return (error as Error).message;
  }
  return 'accepted';
};

CodeHistory('takes every Hallingdal code since 2019 to the code and name the fixture uses', () => {
  // The fixture's own area,area_name pairs (2024 codes), read from the file.
  const fixture = new Map(
    readFileSync(join(repoRoot, 'fixtures/hallingdal/counts.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [, code, name] = line.split(',');
        return [name!, code!];
      }),
  );
  // Listed by hand: ≤ 2019, 2020–2023, and 2024– codes of each municipality.
  const codes: Array<[string, string, string, string]> = [
    ['Flå', '0615', '3039', '3320'],
    ['Nesbyen', '0616', '3040', '3322'],
    ['Gol', '0617', '3041', '3324'],
    ['Hemsedal', '0618', '3042', '3326'],
    ['Ål', '0619', '3043', '3328'],
    ['Hol', '0620', '3044', '3330'],
  ];
  assert.is(fixture.size, 6);
  for (const [name, ...historic] of codes) {
    for (const code of historic) assert.equal(currentArea(BUILT_IN_CODE_HISTORY, code), { code: fixture.get(name), name }, code);
  }
  assert.is(currentArea(BUILT_IN_CODE_HISTORY, '0301'), undefined);
});

CodeHistory('follows merges: several old codes end on one', () => {
  // SYNTHETIC codes.
  const history = codeHistory([change('a1', 'b', '2020-01-01'), change('a2', 'b', '2020-01-01'), change('b', 'c', '2024-01-01')], 'changes.csv');
  assert.equal(
    ['a1', 'a2', 'b', 'c'].map((code) => currentArea(history, code)?.code),
    ['c', 'c', 'c', 'c'],
  );
});

CodeHistory('refuses a split, a change listed twice and a change to the same code, naming the line', () => {
  assert.is(
    messageOf([change('a', 'b', '2020-01-01', 2), change('a', 'c', '2020-01-01', 3)]),
    'changes.csv:3: a becomes b (line 2) and c: a split cannot be recoded, as counts cannot be divided between the new municipalities',
  );
  assert.is(messageOf([change('a', 'b', '2020-01-01', 2), change('a', 'b', '2020-01-01', 5)]), 'changes.csv:5: a → b is listed twice (line 2)');
  assert.is(messageOf([change('a', 'a', '2020-01-01', 2)]), 'changes.csv:2: a → a: a change needs a new code (a new name alone needs no line)');
});

CodeHistory('refuses a change that comes before its code existed, which also rules out cycles', () => {
  // From and to swapped on the second line: 3320 → 3039 (2024) then 3039 → 0615 (2020).
  assert.is(
    messageOf([change('3320', '3039', '2024-01-01', 2), change('3039', '0615', '2020-01-01', 3)]),
    'changes.csv:3: 3039 → 0615 on 2020-01-01 is not after 3320 → 3039 (line 2) on 2024-01-01, which brought 3039 into use: from and to swapped, or a code used twice (which cannot be followed)',
  );
  assert.match(messageOf([change('a', 'b', '2020-01-01', 2), change('b', 'a', '2020-01-01', 3)]), /^changes\.csv:\d: . → . on 2020-01-01 is not after/);
});

CodeHistory.run();
