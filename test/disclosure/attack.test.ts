import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDay } from '../../src/clock/day-number.js';
import { DEFAULT_THRESHOLD } from '../../src/disclosure/suppression-status.js';
import { feasibleInterval } from './feasible-interval.js';
import { publish, systemOf, type Protection, type Publication, type Run, type Truth } from './publish-runs.js';

// An adversary holding everything one or more runs publish (every cell, region day, month,
// year, season, day type and span figure) bounds each suppressed count by linear programming
// over them: its interval [min, max] over all non-negative counts that give the same figures.
// The protection interval: the attacker must not exclude 0 (nobody there) nor the threshold
// (as many as a published figure), i.e. min ≤ 0 and max ≥ the threshold (16).

const Attack = suite('attack on published figures');

const day = (text: string) => parseDay(text)!;
const FIRST = day('2024-01-01');
const LAST = day('2024-02-29');
const AREAS = ['3301', '3302', '3303', '3304'];

/** Large counts everywhere, each area its own pattern, 60 days (January and February 2024). */
function largeCounts(): Record<string, number[]> {
  return Object.fromEntries(AREAS.map((area, a) => [area, Array.from({ length: LAST - FIRST + 1 }, (_, d) => 300 + ((a * 37 + d * 11) % 500))]));
}

/** The runs a council might publish around `full`: one day shorter at either end, one area fewer. */
function neighboursOf(full: Run): Run[] {
  return [
    { ...full, to: full.to - 1 },
    { ...full, from: full.from + 1 },
    ...full.areas.map((dropped) => ({ ...full, areas: full.areas.filter((area) => area !== dropped) })),
  ];
}

/** The attacker's interval for every primary count of the publications. */
function attack(publications: Publication[]): Array<{ name: string; min: number; max: number }> {
  const { index, known, equations } = systemOf(publications);
  const primaries = [...new Set(publications.flatMap(({ primaries }) => primaries))];
  return primaries.map((name) => {
    if (known.has(name)) return { name, min: known.get(name)!, max: known.get(name)! };
    // An unknown in no published figure: bounded by nothing but 0.
    if (!index.has(name)) return { name, min: 0, max: Infinity };
    const [min, max] = feasibleInterval(index.size, equations, index.get(name)!);
    return { name, min, max };
  });
}

function assertProtected(publications: Publication[], what: string) {
  const intervals = attack(publications);
  assert.ok(intervals.length > 0, `${what}: no primary cell to attack`);
  for (const { name, min, max } of intervals) {
    assert.ok(min <= 1e-6 && max >= DEFAULT_THRESHOLD, `${what}: ${name} narrowed to [${min}, ${max}]`);
  }
  return intervals.length;
}

/** Every run alone, each with the full run, and all together, under `protection`. */
function assertEveryCombinationProtected(truth: Truth, full: Run, protection: Protection) {
  const neighbours = neighboursOf(full);
  let attacked = assertProtected([publish(truth, full, protection)], `${protection}, full run`);
  for (const run of neighbours)
    attacked += assertProtected([publish(truth, full, protection), publish(truth, run, protection)], `${protection}, full run and ${JSON.stringify(run)}`);
  attacked += assertProtected(
    [full, ...neighbours].map((run) => publish(truth, run, protection)),
    `${protection}, all runs`,
  );
  return attacked;
}

// 1. The attacker works: without secondary suppression it recovers the small cell.

Attack('the solver bounds x0 in x0 + x1 = 10 to [0, 10] and solves x0 − x1 = 0, x0 + x1 = 8', () => {
  assert.equal(
    feasibleInterval(
      2,
      [
        {
          terms: [
            [0, 1],
            [1, 1],
          ],
          value: 10,
        },
      ],
      0,
    ),
    [0, 10],
  );
  const [min, max] = feasibleInterval(
    2,
    [
      {
        terms: [
          [0, 1],
          [1, -1],
        ],
        value: 0,
      },
      {
        terms: [
          [0, 1],
          [1, 1],
        ],
        value: 8,
      },
    ],
    0,
  );
  assert.ok(Math.abs(min - 4) < 1e-9 && Math.abs(max - 4) < 1e-9);
});

Attack('recovers a small day exactly when only the small cell is suppressed (region − areas)', () => {
  const devices = largeCounts();
  devices['3302']![day('2024-01-31') - FIRST] = 4;
  const truth = { firstDay: FIRST, devices };
  const { min, max } = attack([publish(truth, { areas: AREAS, from: FIRST, to: LAST }, 'primary')])[0]!;
  assert.equal([Math.round(min * 1e6) / 1e6, Math.round(max * 1e6) / 1e6], [4, 4]);
});

Attack('classic secondary suppression (a rectangle) holds in one run but falls to a run one day shorter', () => {
  const devices = largeCounts();
  const small = day('2024-01-31'); // a Wednesday; its partner day 24 January is one too, in the same month
  const partner = day('2024-01-24');
  devices['3302']![small - FIRST] = 4;
  const truth = { firstDay: FIRST, devices };
  const rectangle = [`3302:${partner}`, `3301:${small}`, `3301:${partner}`];
  const january = { areas: AREAS, from: FIRST, to: small };
  const alone = attack([publish(truth, january, 'rectangle', rectangle)]);
  // Within the run the count can move around the rectangle: [0, 4 + min(3302 on the 24th, 3301 on the 31st)].
  assert.ok(alone[0]!.min <= 1e-6 && alone[0]!.max >= DEFAULT_THRESHOLD);
  // 1–30 January publishes 3302's January without the 31st: the difference is the small count.
  const both = attack([publish(truth, january, 'rectangle', rectangle), publish(truth, { ...january, to: small - 1 }, 'rectangle', rectangle)]);
  assert.ok(Math.abs(both[0]!.min - 4) < 1e-6 && Math.abs(both[0]!.max - 4) < 1e-6, JSON.stringify(both));
});

Attack('recovers a small segment when only that cell’s guest-nights are suppressed', () => {
  const devices = largeCounts();
  const home = Object.fromEntries(AREAS.map((area) => [area, devices[area]!.map((value) => Math.round(value * 0.4))]));
  home['3301']![day('2024-01-31') - FIRST] = 6;
  const intervals = attack([publish({ firstDay: FIRST, devices, home }, { areas: AREAS, from: FIRST, to: LAST }, 'primary')]);
  const homeCell = intervals.find(({ name }) => name.endsWith(':home'))!;
  assert.ok(Math.abs(homeCell.min - 6) < 1e-6 && Math.abs(homeCell.max - 6) < 1e-6, JSON.stringify(homeCell));
});

// 2. teleguest's suppression, both ways, against every run and pair of runs around the full one.

const SCENARIOS: Array<[string, () => Truth, Run]> = [
  [
    'one small day in a month, on the last day of the run',
    () => {
      const devices = largeCounts();
      devices['3302']![day('2024-01-31') - FIRST] = 4;
      return { firstDay: FIRST, devices };
    },
    { areas: AREAS, from: FIRST, to: day('2024-01-31') },
  ],
  [
    'one small day alone of its day type in its month (New Year’s Day), first day of the run',
    () => {
      const devices = largeCounts();
      devices['3303']![0] = 2;
      return { firstDay: FIRST, devices };
    },
    { areas: AREAS, from: FIRST, to: LAST },
  ],
  [
    'two small days in one month and one column, one of them zero',
    () => {
      const devices = largeCounts();
      devices['3301']![day('2024-02-14') - FIRST] = 0;
      devices['3304']![day('2024-02-14') - FIRST] = 14;
      devices['3304']![day('2024-02-15') - FIRST] = 9;
      return { firstDay: FIRST, devices };
    },
    { areas: AREAS, from: FIRST, to: LAST },
  ],
  [
    'one small area, small every day',
    () => {
      const devices = largeCounts();
      devices['3304'] = devices['3304']!.map((_, d) => 3 + (d % 7));
      return { firstDay: FIRST, devices };
    },
    { areas: AREAS, from: FIRST, to: day('2024-01-31') },
  ],
  [
    'one small segment (residents present) in a large cell',
    () => {
      const devices = largeCounts();
      const home = Object.fromEntries(AREAS.map((area) => [area, devices[area]!.map((value) => Math.round(value * 0.4))]));
      home['3301']![day('2024-01-31') - FIRST] = 6;
      return { firstDay: FIRST, devices, home };
    },
    { areas: AREAS, from: FIRST, to: day('2024-01-31') },
  ],
];

for (const [name, truthOf, full] of SCENARIOS) {
  for (const protection of ['strict', 'blank'] as const) {
    Attack(`${name}: no run or pair of runs narrows a suppressed count (${protection})`, () => {
      const attacked = assertEveryCombinationProtected(truthOf(), full, protection);
      // The count of attacks made, so a scenario that lost its small cell would show.
      assert.ok(attacked >= 2, `only ${attacked} attacks`);
    });
  }
}

Attack.run();
