import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { parseDay } from '../../src/clock/day-number.js';
import { combineOperators } from '../../src/operators/combine-operators.js';
import { resolveShares } from '../../src/operators/market-shares.js';

const Combine = suite('combineOperators');

const DAY = parseDay('2024-03-01')!;
const close = (actual: number, expected: number, tolerance = 1e-9) => assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} against ${expected}`);

// 1. By hand. One area ('3320'), shares Telia 0.4, Telenor 0.2 (P = 0.6), three days:
// day 0: 400 and 200 → N̂ = 600 / 0.6 = 1000; SE = √(1000 × 0.4 / 0.6) = √666.67 = 25.820;
//        expected counts 600 × 0.4/0.6 = 400 and 200: χ² = 0, p = 1.
// day 1: 400 and 300 → N̂ = 700 / 0.6 = 1166.67; expected 466.67 and 233.33:
//        χ² = 66.67²/466.67 + 66.67²/233.33 = 9.524 + 19.048 = 28.571, p = 9.0e-8: flagged.
// day 2: Telia 400, Telenor missing → N̂ = 400 / 0.4 = 1000; SE = √(1000 × 0.6 / 0.4) = 38.730; no test.
// The region (the one area) is the same.
function handWorked() {
  const shares = resolveShares({ telia: { '3320': 0.4 }, telenor: { '3320': 0.2 } }, ['telia', 'telenor'], ['3320'], [2024]);
  const counts = [
    { operator: 'telia', devices: Float64Array.of(400, 400, 400) },
    { operator: 'telenor', devices: Float64Array.of(200, 300, NaN) },
  ];
  return combineOperators(counts, shares, { firstDay: DAY, dayCount: 3, areaCount: 1 });
}

Combine('estimates Σ counts / Σ shares with its binomial standard error, worked by hand', () => {
  const combined = handWorked();
  close(combined.persons[0]!, 1000);
  close(combined.standardError[0]!, Math.sqrt((1000 * 0.4) / 0.6));
  close(combined.persons[1]!, 700 / 0.6);
  assert.equal([...combined.operators.subarray(0, 3)], [2, 2, 1]);
});

Combine('uses the operators observed on a day when one is missing', () => {
  const combined = handWorked();
  close(combined.persons[2]!, 1000);
  close(combined.standardError[2]!, Math.sqrt((1000 * 0.6) / 0.4));
  assert.ok(Number.isNaN(combined.chiSquare[2]!));
});

Combine('flags operators that disagree beyond their shares, and not those that agree', () => {
  const combined = handWorked();
  close(combined.chiSquare[0]!, 0);
  close(combined.pValue[0]!, 1);
  close(combined.chiSquare[1]!, 200 / 7, 1e-9); // 28.5714…
  close(combined.pValue[1]!, 9.03048868236349e-8, 1e-14);
  assert.equal([...combined.disagree.subarray(0, 3)], [0, 1, 0]);
  assert.is(combined.disagreeCells, 1);
});

Combine('sums the areas into the region on days every area has an estimate, variances added', () => {
  // Two areas, one day each observed by one operator (share 0.5): N̂ = 100 and 300 → region 400;
  // variances 100 × 0.5/0.5 = 100 and 300 → SE √400 = 20. Second day: area 1 has no count.
  const shares = resolveShares({ telia: { '1': 0.5, '2': 0.5 } }, ['telia'], ['1', '2'], [2024]);
  const combined = combineOperators([{ operator: 'telia', devices: Float64Array.of(50, 10, 150, NaN) }], shares, { firstDay: DAY, dayCount: 2, areaCount: 2 });
  assert.equal([combined.persons[4], combined.standardError[4]], [400, 20]);
  assert.ok(Number.isNaN(combined.persons[5]!));
  assert.equal([...combined.operators.subarray(4)], [1, 0]);
});

Combine('refuses counts of an operator the share table lacks, and days outside its years', () => {
  const shares = resolveShares({ telia: { '3320': 0.4 } }, ['telia'], ['3320'], [2024]);
  assert.throws(
    () => combineOperators([{ operator: 'ice', devices: Float64Array.of(1) }], shares, { firstDay: DAY, dayCount: 1, areaCount: 1 }),
    /operator "ice" has counts but no row in the share table/,
  );
  assert.throws(
    () => combineOperators([{ operator: 'telia', devices: Float64Array.of(1) }], shares, { firstDay: parseDay('2023-12-31')!, dayCount: 1, areaCount: 1 }),
    /the share table covers 2024–2024, the counts 2023–2023/,
  );
});

// 2. Simulation. One population with a known size N per cell (12 areas × 62 days across New Year,
// 40 to 5 000 people, log-uniform); every person carries a Telia, Telenor or Ice device with the
// area's and year's shares (Telia 0.35–0.45, Telenor 0.30–0.38, Ice 0.08–0.14, so P ≈ 0.73–0.97),
// or none: one multinomial draw per cell, seeded. Ice is missing the first ten days.
// By hand: E[N̂] = E[Σ Cₒ] / P = N P / P = N, and Var N̂ = N P (1 − P) / P² = N (1 − P) / P; for
// N = 1 000 and P = 0.85, SE = √(1 000 × 0.15 / 0.85) = 13.3. So z = (N̂ − N) / SE is close to
// standard normal: |z| ≥ 4 has probability 6e-5, and the mean of z² over 744 cells is 1 ± 0.05.
const AREAS = 12;
const DAYS = 62;
const FIRST = parseDay('2023-12-01')!;

function simulate(seed: number) {
  const rng = xoroshiro128plus(seed);
  const next = () => uniformFloat64(rng);
  const areaCodes = Array.from({ length: AREAS }, (_, area) => String(3301 + area));
  const shareOf = (low: number, high: number, area: number, year: number) => Number((low + ((high - low) * ((area * 7 + year * 3) % 11)) / 10).toFixed(3));
  const shares: Record<string, Record<string, Record<string, number>>> = { telia: {}, telenor: {}, ice: {} };
  areaCodes.forEach((code, area) => {
    shares.telia![code] = { '2023': shareOf(0.35, 0.45, area, 0), '2024': shareOf(0.35, 0.45, area, 1) };
    shares.telenor![code] = { '2023': shareOf(0.3, 0.38, area, 1), '2024': shareOf(0.3, 0.38, area, 2) };
    shares.ice![code] = { '2023': shareOf(0.08, 0.14, area, 2), '2024': shareOf(0.08, 0.14, area, 0) };
  });
  const table = resolveShares(shares, ['telia', 'telenor', 'ice'], areaCodes, [2023, 2024]);
  const truth = new Float64Array(AREAS * DAYS);
  const devices = [0, 1, 2].map(() => new Float64Array(AREAS * DAYS));
  for (let area = 0; area < AREAS; area++) {
    for (let day = 0; day < DAYS; day++) {
      const cell = area * DAYS + day;
      const year = day < 31 ? 0 : 1; // December 2023, then January 2024
      const p = [0, 1, 2].map((o) => table.share[(o * AREAS + area) * 2 + year]!);
      const people = Math.round(40 * Math.pow(125, next())); // 40 … 5 000
      truth[cell] = people;
      for (let person = 0; person < people; person++) {
        const u = next();
        if (u < p[0]!) devices[0]![cell]!++;
        else if (u < p[0]! + p[1]!) devices[1]![cell]!++;
        else if (u < p[0]! + p[1]! + p[2]!) devices[2]![cell]!++;
      }
      if (day < 10) devices[2]![cell] = NaN;
    }
  }
  const counts = ['telia', 'telenor', 'ice'].map((operator, o) => ({ operator, devices: devices[o]! }));
  return { table, truth, counts };
}

Combine('recovers the simulated population within sampling error: |z| < 4 in ≥ 99 % of cells, mean z² ≈ 1', () => {
  const { table, truth, counts } = simulate(20240301);
  const combined = combineOperators(counts, table, { firstDay: FIRST, dayCount: DAYS, areaCount: AREAS });
  let within = 0;
  let sumSquares = 0;
  for (let cell = 0; cell < AREAS * DAYS; cell++) {
    const z = (combined.persons[cell]! - truth[cell]!) / combined.standardError[cell]!;
    if (Math.abs(z) < 4) within++;
    sumSquares += z * z;
  }
  const cells = AREAS * DAYS;
  assert.ok(within / cells >= 0.99, `${within} of ${cells} cells within 4 standard errors`);
  // 1 ± 3 × √(2 / 744) = 1 ± 0.16: the standard error is neither too small nor too large.
  assert.ok(Math.abs(sumSquares / cells - 1) < 0.16, `mean z² ${sumSquares / cells}`);
  // Ice's missing days still give estimates, from Telia and Telenor.
  assert.equal([combined.operators[0], combined.operators[10]], [2, 3]);
  // At α = 0.001, agreeing operators are flagged in about 0.7 of 744 cells.
  assert.ok(combined.disagreeCells <= 5, `${combined.disagreeCells} cells flagged without cause`);
});

Combine('flags the days on which one operator’s counts were corrupted (Telenor × 1.5)', () => {
  const { table, truth, counts } = simulate(7);
  const corrupted = (day: number) => day >= 20 && day < 30;
  for (let cell = 0; cell < AREAS * DAYS; cell++) if (corrupted(cell % DAYS)) counts[1]!.devices[cell]! *= 1.5;
  const combined = combineOperators(counts, table, { firstDay: FIRST, dayCount: DAYS, areaCount: AREAS });
  // By hand, for N = 500 and shares 0.4, 0.35, 0.1: counts 200, 262.5 (175 × 1.5), 50; total
  // 512.5; expected 241.2, 211.0, 60.3; χ² = 7.0 + 12.6 + 1.8 = 21.4 on 2 df, p = 2e-5 < 0.001.
  let large = 0;
  let flaggedLarge = 0;
  let flaggedClean = 0;
  for (let cell = 0; cell < AREAS * DAYS; cell++) {
    if (!corrupted(cell % DAYS)) {
      flaggedClean += combined.disagree[cell]!;
      continue;
    }
    if (truth[cell]! < 500) continue;
    large++;
    flaggedLarge += combined.disagree[cell]!;
  }
  assert.ok(large >= 20, `only ${large} corrupted cells of 500 people or more`);
  assert.ok(flaggedLarge / large >= 0.9, `${flaggedLarge} of ${large} corrupted cells flagged`);
  assert.ok(flaggedClean <= 5, `${flaggedClean} clean cells flagged`);
});

Combine.run();
