import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError } from '../../src/errors.js';
import { resolveShares } from '../../src/operators/market-shares.js';
import { readMarketShares } from '../../src/operators/read-market-shares.js';
import { tempDir } from '../helpers/temp-dir.js';

const ResolveShares = suite('resolveShares');

const shares = {
  telia: { '3320': 0.4, '3324': { '2023': 0.45, '2024': 0.43 } },
  telenor: { '3320': { '2023': 0.35, '2024': 0.36 }, '3324': 0.3 },
};

function thrown(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

ResolveShares('lays out one share per operator, area and year, a single share standing for every year', () => {
  const table = resolveShares(shares, ['telia', 'telenor'], ['3320', '3324'], [2023, 2024]);
  assert.equal([table.firstYear, table.yearCount, table.areaCount], [2023, 2, 2]);
  // telia: 3320 ×2 years, 3324 ×2; then telenor likewise.
  assert.equal([...table.share], [0.4, 0.4, 0.45, 0.43, 0.35, 0.36, 0.3, 0.3]);
});

ResolveShares('refuses an operator, an area or a year without a share, naming where', () => {
  const operator = thrown(() => resolveShares(shares, ['telia', 'ice'], ['3320'], [2024], 'shares.json'));
  assert.is(operator.code, 'E_SHARE');
  assert.is(
    operator.message,
    'shares.json at ice: no market shares for operator "ice" (operators with shares: telia, telenor); every operator\'s counts need its share in every area and year',
  );
  assert.is(thrown(() => resolveShares(shares, ['telia'], ['3320', '3301'], [2024])).location.path, 'telia.3301');
  const year = thrown(() => resolveShares(shares, ['telenor'], ['3320'], [2022, 2023]));
  assert.equal(
    [year.location.path, year.problem],
    ['telenor.3320.2022', 'no market share for operator "telenor" in area 3320 in 2022; give one per year the counts cover, or one for all years'],
  );
});

ResolveShares('refuses a share outside (0, 1], and shares adding up to more than 1', () => {
  assert.match(
    thrown(() => resolveShares({ telia: { '3320': 0 } }, ['telia'], ['3320'], [2024])).message,
    /a market share must be a number in \(0, 1\], got 0/,
  );
  assert.match(thrown(() => resolveShares({ telia: { '3320': 1.2 } }, ['telia'], ['3320'], [2024])).message, /got 1.2/);
  const over = thrown(() => resolveShares({ telia: { '3320': 0.6 }, telenor: { '3320': 0.5 } }, ['telia', 'telenor'], ['3320'], [2024]));
  assert.is(over.problem, 'the market shares of telia, telenor in area 3320 in 2024 add up to 1.1, more than 1');
});

ResolveShares.run();

const ReadMarketShares = suite('readMarketShares');

ReadMarketShares('reads shares from JSON, and names the path of a wrong value', async () => {
  const { write } = tempDir();
  const good = write('shares.json', JSON.stringify(shares));
  assert.equal(await readMarketShares(good), shares);
  const bad = write('bad.json', JSON.stringify({ telia: { '3320': { '24': 0.4 } } }));
  await readMarketShares(bad).then(
    () => assert.unreachable('read a two-digit year'),
    (error: InputError) =>
      assert.equal([error.code, error.location.path, error.problem], ['E_SHARE', 'telia.3320.24', 'a year must have four digits, got "24"']),
  );
  const text = write('text.json', '{ "telia": { "3320": "40 %" } }');
  await readMarketShares(text).then(
    () => assert.unreachable('read a share as text'),
    (error: InputError) => assert.is(error.location.path, 'telia.3320'),
  );
});

ReadMarketShares.run();
