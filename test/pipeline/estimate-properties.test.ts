import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { CountColumnsBuilder } from '../../src/read/count-columns.js';
import { estimate } from '../../src/pipeline/estimate.js';
import type { Model } from '../../src/model/model.js';

/** One generated data set: a few areas over a few days, some cells missing. */
interface Case {
  areaCount: number;
  dayCount: number;
  /** devices per area × day (area-major); null = no row at all, NaN = a blank cell; some below 16. */
  cells: Array<number | null>;
  uplift: number;
  residents: number[];
}

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({ areaCount: fc.integer({ min: 1, max: 5 }), dayCount: fc.integer({ min: 1, max: 70 }) })
  .chain(({ areaCount, dayCount }) =>
    fc.record({
      areaCount: fc.constant(areaCount),
      dayCount: fc.constant(dayCount),
      cells: fc.array(
        fc.oneof(
          { weight: 12, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
          // Small counts, around disclosure control's threshold of 16.
          { weight: 2, arbitrary: fc.integer({ min: 0, max: 30 }) },
          { weight: 1, arbitrary: fc.constant(NaN) },
          { weight: 1, arbitrary: fc.constant(null) },
        ),
        { minLength: areaCount * dayCount, maxLength: areaCount * dayCount },
      ),
      uplift: fc.double({ min: 0, max: 0.5, noNaN: true }),
      residents: fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: areaCount, maxLength: areaCount }),
    }),
  );

/** The counts of a case, rows in the given order of cell indices; 1 Feb 2024 is day 19754. */
function countsOf(c: Case, order?: number[], scale = 1) {
  const builder = new CountColumnsBuilder('generated', 'line');
  const indices = order ?? c.cells.map((_, index) => index);
  for (const index of indices) {
    const devices = c.cells[index];
    if (devices === null || devices === undefined) continue;
    const area = Math.floor(index / c.dayCount);
    builder.push(19754 + (index % c.dayCount), `A${area}`, '', devices * scale, index + 2);
  }
  return builder.finish();
}

function perAreaModel(c: Case): Model {
  const byArea = Object.fromEntries(c.residents.map((value, area) => [`A${area}`, value]));
  return { name: 'generated', uplift: c.uplift, deductions: { residents: { byArea } } };
}

/** Every area must have at least one row, or the model's byArea map would list an area not counted. */
const hasEveryArea = (c: Case) =>
  Array.from({ length: c.areaCount }, (_, area) => c.cells.slice(area * c.dayCount, (area + 1) * c.dayCount).some((cell) => cell !== null)).every(Boolean);

function close(actual: number | null, expected: number | null): boolean {
  if (actual === null || expected === null) return actual === expected;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

const Properties = suite('estimate properties (fast-check)');
const runs = { numRuns: 60 };

Properties('the pool gives the same JSON as the inline path', async () => {
  await fc.assert(
    fc.asyncProperty(caseArbitrary.filter(hasEveryArea), fc.integer({ min: 1, max: 3 }), async (c, workers) => {
      const inline = await estimate(countsOf(c), perAreaModel(c), { workers: 0 });
      const pooled = await estimate(countsOf(c), perAreaModel(c), { workers });
      assert.is(JSON.stringify(pooled.summary), JSON.stringify(inline.summary));
    }),
    { numRuns: 15 },
  );
});

Properties('row order does not matter', async () => {
  await fc.assert(
    fc.asyncProperty(
      caseArbitrary.filter(hasEveryArea).chain((c) =>
        fc.tuple(
          fc.constant(c),
          fc.shuffledSubarray(
            c.cells.map((_, i) => i),
            { minLength: c.cells.length },
          ),
        ),
      ),
      async ([c, order]) => {
        const sorted = await estimate(countsOf(c), perAreaModel(c), { workers: 0 });
        const shuffled = await estimate(countsOf(c, order), perAreaModel(c), { workers: 0 });
        assert.is(JSON.stringify(shuffled.summary), JSON.stringify(sorted.summary));
      },
    ),
    runs,
  );
});

Properties('withholding is blanking: the estimate with disclosure control is that of the counts below 16 left blank, without it', async () => {
  // Which figures are withheld is the summary's own news, and the blanked file has blank cells
  // where the other has small counts (`blankRows`); everything else must be the same.
  const figuresOnly = (key: string, value: unknown) =>
    key === 'disclosure' || key === 'withheldDays' || key === 'model' || key === 'blankRows' ? undefined : value;
  await fc.assert(
    fc.asyncProperty(caseArbitrary.filter(hasEveryArea), async (c) => {
      const blanked = { ...c, cells: c.cells.map((cell) => (cell !== null && cell < 16 ? NaN : cell)) };
      const withheld = await estimate(countsOf(c), perAreaModel(c), { workers: 0, daily: true });
      const blank = await estimate(countsOf(blanked), perAreaModel(c), { workers: 0, daily: true, minCount: 0 });
      assert.is(JSON.stringify(withheld.summary, figuresOnly), JSON.stringify(blank.summary, figuresOnly));
      assert.equal([...withheld.daily.persons], [...blank.daily.persons]);
      // Each withheld count is primary; a day of the region is secondary when it is missing only for them.
      const isSmall = (cell: number | null | undefined) => cell !== null && cell !== undefined && cell < 16;
      const column = (day: number) => Array.from({ length: c.areaCount }, (_, area) => c.cells[area * c.dayCount + day]);
      const secondary = Array.from({ length: c.dayCount }, (_, day) => column(day)).filter(
        (cells) => cells.some(isSmall) && cells.every((cell) => cell !== null && !Number.isNaN(cell)),
      ).length;
      assert.equal(withheld.summary.disclosure, { minCount: 16, primary: c.cells.filter(isSmall).length, secondary });
    }),
    runs,
  );
});

Properties('with every deduction per area, the region is the sum of the areas on complete days', async () => {
  await fc.assert(
    // Every cell observed, so every day is complete.
    fc.asyncProperty(
      caseArbitrary.map((c) => ({ ...c, cells: c.cells.map((cell) => (cell === null || Number.isNaN(cell) ? 1 : cell)) })),
      async (c) => {
        // Disclosure control off: every day stays complete.
        const { summary } = await estimate(countsOf(c), perAreaModel(c), { workers: 0, minCount: 0 });
        const areas = Object.values(summary.areas);
        const sum = (pick: (figures: (typeof areas)[number]) => number | null) => areas.reduce((total, figures) => total + pick(figures)!, 0);
        assert.ok(
          close(
            summary.region.guestNightsPerDay,
            sum((figures) => figures.guestNightsPerDay),
          ),
        );
        assert.ok(
          close(
            summary.region.personsPerDay,
            sum((figures) => figures.personsPerDay),
          ),
        );
      },
    ),
    runs,
  );
});

Properties('uplift 0 and no deductions give the device counts back', async () => {
  await fc.assert(
    fc.asyncProperty(caseArbitrary.filter(hasEveryArea), async (c) => {
      const model: Model = { name: 'plain', uplift: 0, deductions: {} };
      const { summary } = await estimate(countsOf(c), model, { workers: 0 });
      for (const figures of [summary.region, ...Object.values(summary.areas)]) {
        assert.ok(close(figures.guestNightsPerDay, figures.devicesPerDay));
        assert.ok(close(figures.personsPerDay, figures.devicesPerDay));
      }
    }),
    runs,
  );
});

Properties('doubling every count doubles persons', async () => {
  await fc.assert(
    fc.asyncProperty(caseArbitrary.filter(hasEveryArea), async (c) => {
      // Disclosure control off: doubling moves counts across its threshold.
      const once = await estimate(countsOf(c), perAreaModel(c), { workers: 0, minCount: 0 });
      const twice = await estimate(countsOf(c, undefined, 2), perAreaModel(c), { workers: 0, minCount: 0 });
      for (const code of Object.keys(once.summary.areas)) {
        const single = once.summary.areas[code]!.personsPerDay;
        assert.ok(close(twice.summary.areas[code]!.personsPerDay, single === null ? null : 2 * single));
      }
      const region = once.summary.region.personsPerDay;
      assert.ok(close(twice.summary.region.personsPerDay, region === null ? null : 2 * region));
    }),
    runs,
  );
});

Properties.run();
