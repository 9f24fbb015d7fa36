import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { estimate } from '../../src/pipeline/estimate.js';
import { en } from '../../src/report/labels/en.js';
import { nn } from '../../src/report/labels/nn.js';
import { seedLineLabel, seedLines } from '../../src/summary/seed-lines.js';
import { hasWithheld } from '../../src/disclosure/withheld-days.js';
import { tinyCounts, tinyModel } from '../helpers/tiny-counts.js';

const SeedLines = suite('seedLines');

SeedLines("gives the region's seed lines, worked out by hand for the tiny counts", async () => {
  const { summary } = await estimate(tinyCounts(), tinyModel);
  // Complete days 28 and 29 Feb: devices 150 and 200 → mean 175; uplift 10 % → 17.5;
  // deductions 100 and 15; guest-nights 192.5 − 115 = 77.5 → rounded 78 × 365 = 28 470.
  const lines = seedLines(summary.region);
  const expected: Array<[string, number]> = [
    ['devicesPerDay', 175],
    ['uplift', 17.5],
    ['deduction', -100],
    ['deduction', -15],
    ['guestNightsPerDay', 77.5],
    ['guestNightsPerYear', 28470],
    ['daysObserved', 2],
    ['negativeDays', 0],
  ];
  assert.equal(
    lines.map((line) => line.kind),
    expected.map(([kind]) => kind),
  );
  // Floating point: 192.5 − 115 comes out as 77.50000000000001.
  lines.forEach((line, index) => assert.ok(Math.abs(line.value! - expected[index]![1]) < 1e-9, `${line.kind}: ${line.value}`));
});

SeedLines("labels lines in the seed's words, the seed's four deductions by name", async () => {
  const { summary } = await estimate(tinyCounts(), tinyModel);
  const [devices, uplift, residents, workers] = seedLines(summary.region);
  assert.is(seedLineLabel(uplift!, en.seed, '10'), 'Plus 10 % (no mobile phone, SIM-card deviations)');
  assert.is(seedLineLabel(residents!, nn.seed, '10'), 'Fråtrekk innbyggjarar');
  // A name other than the plan's four prints as given.
  assert.is(seedLineLabel(workers!, nn.seed, '10'), 'Fråtrekk workers');
  assert.is(seedLineLabel(devices!, en.seed, '10'), 'Average devices per day (telecom)');
});

SeedLines('with disclosure control, a last line counts the days withheld, worked out by hand for the tiny counts', async () => {
  const { summary } = await estimate(tinyCounts(), tinyModel, { minCount: 16 });
  // Area 2's 0 on 29 Feb is withheld (primary), and with it the region's 29 Feb (secondary);
  // 1 Mar is missing, not withheld (area 1 has no count). Left: 28 Feb, 150 devices → 15 uplift,
  // 165 − 115 = 50 guest-nights → 50 × 365 = 18 250.
  assert.ok(hasWithheld(summary));
  const lines = seedLines(summary.region, { withheld: true });
  const expected: Array<[string, number]> = [
    ['devicesPerDay', 150],
    ['uplift', 15],
    ['deduction', -100],
    ['deduction', -15],
    ['guestNightsPerDay', 50],
    ['guestNightsPerYear', 18250],
    ['daysObserved', 1],
    ['negativeDays', 0],
    ['withheldDays', 1],
  ];
  assert.equal(
    lines.map((line) => line.kind),
    expected.map(([kind]) => kind),
  );
  // Floating point: 150 × 1.1 is 165.00000000000003.
  lines.forEach((line, index) => assert.ok(Math.abs(line.value! - expected[index]![1]) < 1e-9, `${line.kind}: ${line.value}`));
  assert.is(seedLines(summary.areas['2']!, { withheld: true }).at(-1)!.value, 1);
  // Without it (a run that withheld nothing), the table is as it always was.
  assert.equal(seedLines(summary.region).at(-1)!.kind, 'negativeDays');
  assert.not.ok(hasWithheld({ disclosure: { minCount: 16, primary: 0, secondary: 0 } }));
  assert.is(seedLineLabel(lines.at(-1)!, en.seed, '10'), 'Days withheld (disclosure control)');
});

SeedLines.run();
