import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { currentArea } from '../../src/areas/code-history.js';
import { readCodeHistory } from '../../src/areas/read-code-history.js';
import { InputError } from '../../src/errors.js';
import { tempDir } from '../helpers/temp-dir.js';

const ReadCodeHistory = suite('readCodeHistory');

async function messageFor(content: string): Promise<string> {
  const file = tempDir().write('changes.csv', content);
  try {
    await readCodeHistory(file);
  } catch (error) {
    assert.instance(error, InputError);
    return (error as Error).message.replace(file, 'changes.csv');
  }
  return 'accepted';
}

ReadCodeHistory('reads changes with comment lines (a # inside a cell is text), columns in any order and case, and extra columns', async () => {
  const file = tempDir().write(
    'changes.csv',
    '\uFEFF# Hol, from SSB KLASS 131\nVALID_FROM,from_code,to_code,note,to_name\n\n2020-01-01,0620,3044,,Hol\n2024-01-01,3044,3330,county reform #2,Hol\n',
  );
  const history = await readCodeHistory(file);
  assert.equal(currentArea(history, '0620'), { code: '3330', name: 'Hol' });
  assert.equal(currentArea(history, '3330'), { code: '3330', name: 'Hol' });
});

ReadCodeHistory('takes to_name as optional', async () => {
  const file = tempDir().write('changes.csv', 'from_code,to_code,valid_from\n0620,3044,2020-01-01\n');
  assert.equal(currentArea(await readCodeHistory(file), '0620'), { code: '3044', name: '' });
});

ReadCodeHistory('names the file, line and column of a bad cell, counting comment and blank lines', async () => {
  assert.is(
    await messageFor('from_code,to_code\n0620,3044\n'),
    'changes.csv:1: expected a header with from_code, to_code, valid_from, to_name (optional); missing valid_from',
  );
  assert.is(
    await messageFor('# note\nfrom_code,to_code,valid_from\n\n0620,3044,2020-13-01\n'),
    'changes.csv:4:3 (valid_from): expected a date YYYY-MM-DD, got "2020-13-01"',
  );
  assert.is(await messageFor('from_code,to_code,valid_from\n0620,,2020-01-01\n'), 'changes.csv:2:2 (to_code): expected a municipality code, got an empty cell');
  assert.is(
    await messageFor('from_code,to_code,valid_from\n0620,region,2020-01-01\n'),
    'changes.csv:2:2 (to_code): "region" is reserved for the region\'s rows in outputs; it cannot be an input area',
  );
  assert.is(
    await messageFor('from_code,to_code,valid_from\n# split of a SYNTHETIC code\n1000,2000,2020-01-01\n1000,2001,2020-01-01\n'),
    'changes.csv:4: 1000 becomes 2000 (line 3) and 2001: a split cannot be recoded, as counts cannot be divided between the new municipalities',
  );
  assert.match(await messageFor('from_code,to_code,valid_from\n"0620,3044,2020-01-01\n'), /^changes\.csv:2: not a readable CSV: Quote Not Closed/);
});

ReadCodeHistory.run();
