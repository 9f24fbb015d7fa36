import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as teleguest from '../src/index.js';

const Library = suite("the library's entry point");

// The functions README.md, docs/operators.md and docs/disclosure.md describe as library API.
const DOCUMENTED = [
  'estimateFile',
  'inspectCounts',
  'combineOperators',
  'resolveShares',
  'readMarketShares',
  'suppressGrid',
  'protectSegments',
  'suppressAggregates',
  'blankSuppressed',
  'redactSummary',
] as const;

Library('exports every function the documentation names as library API', () => {
  const missing = DOCUMENTED.filter((name) => typeof (teleguest as Record<string, unknown>)[name] !== 'function');
  assert.equal(missing, []);
});

Library('combines operators through the entry point as docs/operators.md wires it (worked by hand)', () => {
  // One area, one day: Telia (share 0.4) counts 400, Telenor (0.2) 200 → 600 / 0.6 = 1 000 people,
  // standard error √(1 000 × 0.4 / 0.6) = 25.82.
  const shares = teleguest.resolveShares({ telia: { '3320': 0.4 }, telenor: { '3320': 0.2 } }, ['telia', 'telenor'], ['3320'], [2024]);
  const combined = teleguest.combineOperators(
    [
      { operator: 'telia', devices: Float64Array.of(400) },
      { operator: 'telenor', devices: Float64Array.of(200) },
    ],
    shares,
    { firstDay: 19_723, dayCount: 1, areaCount: 1 },
  );
  assert.ok(Math.abs(combined.persons[0]! - 1000) < 1e-9);
  assert.ok(Math.abs(combined.standardError[0]! - 25.819_888_974_716_11) < 1e-9);
});

Library('suppresses a grid through the entry point (worked by hand)', () => {
  // 2 areas × 3 days, then the region. Area 1's 3 on day 2 is under 16: primary; the region's
  // day 2 would give it away by difference: secondary. The region's day 3 is missing, not withheld.
  const grid = Float64Array.of(500, 3, 480, 900, 950, NaN, 1400, 953, NaN);
  const { status, primaryCells, secondaryCells } = teleguest.suppressGrid(grid, 2, 3);
  assert.equal([...status], [0, teleguest.PRIMARY, 0, 0, 0, 0, 0, teleguest.SECONDARY, 0]);
  assert.is(primaryCells, 1);
  assert.is(secondaryCells, 1);
  assert.equal([...teleguest.blankSuppressed(grid, status)].map(String), ['500', 'NaN', '480', '900', '950', 'NaN', '1400', 'NaN', 'NaN']);
});

Library.run();
