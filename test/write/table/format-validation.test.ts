import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { MethodValidation, Spread, Validation } from '../../../src/pipeline/validate-command.js';
import { formatValidation } from '../../../src/write/table/format-validation.js';

const Format = suite('formatValidation');

const spread = (mean: number, min = mean, max = mean): Spread => ({ mean, min, max });
/** A method with every figure `bias` (a worked example, not a measurement). */
const method = (name: string, bias: number, coverage: MethodValidation['coverage'], refused?: string): MethodValidation => ({
  method: name,
  counts: 'hourly.csv',
  annualBiasPercent: spread(bias, bias - 1, bias + 1),
  monthlyMaePercent: spread(Math.abs(bias) * 2),
  peakNightErrorPercent: spread(bias),
  areaAnnualBiasPercent: spread(Math.abs(bias)),
  intervalHalfWidthPercent: spread(10),
  coverage,
  oneSided: false,
  ...(refused !== undefined && { refused }),
});
const nan = spread(NaN);
const validation: Validation = {
  scenario: 'Example (SYNTHETIC)',
  seeds: [1, 2],
  from: '2024-01-01',
  to: '2024-12-31',
  uplift: { value: 0.06, min: -0.05, max: 0.17 },
  draws: 1000,
  scenarios: [
    {
      scenario: 'Example (SYNTHETIC)',
      label: 'as given',
      trueGuestNights: [2_000_000, 2_100_000],
      methods: [
        method('good', -1.5, { covered: 2, runs: 2 }),
        { ...method('refused', 0, { covered: 0, runs: 0 }, 'too few weeknights'), annualBiasPercent: nan, intervalHalfWidthPercent: nan },
      ],
    },
    {
      scenario: 'Example (SYNTHETIC): away ×2',
      label: 'away ×2',
      trueGuestNights: [2_000_000, 2_000_000],
      methods: [method('good', 12, { covered: 1, runs: 2 }), method('refused', NaN, { covered: 0, runs: 0 })],
    },
  ],
  coverage: [
    { method: 'good', counts: 'hourly.csv', covered: 3, runs: 4 },
    { method: 'refused', counts: 'hourly.csv', covered: 0, runs: 0 },
  ],
};

Format('gives the runs, the uplift drawn, each method with its spread and coverage, and the variations', () => {
  const lines = formatValidation(validation).split('\n');
  assert.is(lines[0], 'Example (SYNTHETIC), seeds 1–2, nights 2024-01-01 to 2024-12-31 (dated by the evening), uplift 0.06 (1000 draws from −0.05 to +0.17)');
  assert.is(lines[1], 'True guest-nights in the region: 2 000 000, 2 100 000');
  const good = lines.find((line) => line.startsWith('good'))!;
  assert.match(good, /−1\.5 \(−2\.5 to −0\.5\)/);
  assert.match(good, /10\.0 \(10\.0 to 10\.0\)\s+2 of 2$/);
  assert.match(
    lines.find((line) => line.startsWith('refused'))!,
    /n\/a\s+0\.0 \(0\.0 to 0\.0\)\s+0\.0 \(0\.0 to 0\.0\)\s+0\.0 \(0\.0 to 0\.0\)\s+n\/a\s+0 of 0$/,
  );
  assert.ok(lines.includes('refused: n/a, as estimate refuses the counts: too few weeknights'));
  assert.ok(lines.includes('  away ×2: Example (SYNTHETIC): away ×2'));
  const header = lines.findIndex((line) => line.startsWith('annual bias %, mean of the runs'));
  assert.match(lines[header]!, /as given\s+away ×2\s+interval holds truth$/);
  assert.match(lines[header + 1]!, /^good\s+−1\.5\s+\+12\.0\s+3 of 4$/);
  assert.match(lines[header + 2]!, /^refused\s+n\/a\s+n\/a\s+0 of 0$/);
});

Format('leaves the interval columns out without draws, and the variations table with one scenario', () => {
  const text = formatValidation({ ...validation, draws: 0, scenarios: validation.scenarios.slice(0, 1), coverage: [] });
  assert.match(text.split('\n')[0]!, /uplift 0\.06$/);
  assert.not.match(text, 'holds truth');
  assert.not.match(text, 'Variations of the scenario');
});

Format('marks a one-sided interval (daily counts) instead of giving its half width, and says why', () => {
  const daily = { ...method('daily sum', 500, { covered: 2, runs: 2 }), counts: 'daily.csv', oneSided: true };
  const lines = formatValidation({ ...validation, scenarios: [{ ...validation.scenarios[0]!, methods: [daily] }], coverage: [] }).split('\n');
  assert.match(
    lines.find((line) => line.startsWith('daily sum'))!,
    /\s+one-sided\s+2 of 2$/,
  );
  assert.ok(
    lines.includes(
      'one-sided: daily counts bound guest-nights from above only, so the interval runs from 0 to p95 (the warning every output of them carries).',
    ),
  );
  assert.not.ok(formatValidation(validation).includes('one-sided'));
});

Format.run();
