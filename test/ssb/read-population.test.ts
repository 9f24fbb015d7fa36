import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { readPopulation } from '../../src/ssb/read-population.js';
import type { SsbMissing } from '../../src/ssb/sum-ssb-table.js';
import { repoRoot } from '../helpers/repo-root.js';
import { tempDir } from '../helpers/temp-dir.js';

const ReadPopulation = suite('readPopulation');

ReadPopulation('sums table 07459 over sex and age to residents per area and year', async () => {
  const population = await readPopulation(join(repoRoot, 'fixtures/ssb/population-07459.json'));
  // The totals the fixture's example figures were made to add up to (fixtures/ssb/README.md).
  assert.equal(Object.fromEntries([...population].map(([area, years]) => [area, years.get(2023)])), {
    '3320': 1060,
    '3322': 3290,
    '3324': 4640,
    '3326': 2560,
    '3328': 4690,
    '3330': 4430,
  });
  assert.is(population.get('3330')!.get(2024), 4455);
});

ReadPopulation('leaves a suppressed year out, never as zero, and reports it', async () => {
  // By hand: men 400 + women 390 in 2023; 2024 has a suppressed cell for women.
  const csv =
    '"region";"kjønn";"år";"Personer"\n"3320 Flå";"Menn";"2023";400\n"3320 Flå";"Kvinner";"2023";390\n"3320 Flå";"Menn";"2024";401\n"3320 Flå";"Kvinner";"2024";:\n';
  const missing: SsbMissing[] = [];
  const population = await readPopulation(tempDir().write('population.csv', csv), { onMissing: (entry) => missing.push(entry) });
  assert.equal([...population.get('3320')!], [[2023, 790]]);
  assert.equal(
    missing.map((entry) => [entry.area, entry.period, entry.symbol, entry.place]),
    [['3320', '2024', ':', 'line 5, column 4']],
  );
});

ReadPopulation('refuses a table with months, where years are needed', async () => {
  const csv = '"region";"måned";"Personer"\n"3320";"2024M01";400\n';
  try {
    await readPopulation(tempDir().write('monthly.csv', csv));
    assert.unreachable('should refuse');
  } catch (error) {
    assert.match((error as Error).message, /expected yearly periods \(2024\) for population, got months/);
  }
});

ReadPopulation.run();
