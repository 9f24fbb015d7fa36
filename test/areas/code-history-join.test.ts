import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { CountColumnsBuilder } from '../../src/read/count-columns.js';
import { parseDay } from '../../src/clock/day-number.js';
import { estimate } from '../../src/pipeline/estimate.js';
import type { Model } from '../../src/model/model.js';
import { tempDir } from '../helpers/temp-dir.js';

const Join = suite('old and new municipality codes');

/** Hol counted as 0620 at the end of 2019 and as 3330 in January 2024. */
function holCounts() {
  const builder = new CountColumnsBuilder('hol.csv', 'line');
  builder.push(parseDay('2019-12-31')!, '0620', 'Hol', 9000, 2);
  builder.push(parseDay('2024-01-01')!, '3330', 'Hol', 9500, 3);
  return builder.finish();
}

Join('counts under 0620 (2019) and 3330 (2024) form one series, and say so', async () => {
  const model: Model = { name: 'Hol', uplift: 0, deductions: {} };
  const { summary, grid, notes } = await estimate(holCounts(), model, { workers: 0 });
  assert.equal(grid.areaCodes, ['3330']);
  assert.is(summary.areas['3330']!.days, 2);
  assert.is(summary.areas['3330']!.devicesPerDay, 9250);
  assert.equal(notes, ["old municipality codes joined with today's (built-in code history): 0620 → 3330"]);
});

Join('an SSB population table under old and new codes gives residents for each year', async () => {
  const { dir, write } = tempDir();
  // StatBank CSV, long layout: 1 January 2019 under 0620, 2024 under 3330 (example figures).
  write(
    'population.csv',
    [
      '"region";"kjønn";"alder";"statistikkvariabel";"år";"Personer"',
      '"0620 Hol";"I alt";"I alt";"Personer";"2019";4400',
      '"3330 Hol";"I alt";"I alt";"Personer";"2024";4450',
      '',
    ].join('\n'),
  );
  const model: Model = { name: 'Hol', uplift: 0, deductions: { residents: { population: 'population.csv' } } };
  const { summary } = await estimate(holCounts(), model, { workers: 0, modelFile: join(dir, 'model.json') });
  // Guest-nights: 9000 − 4400 on 31 Dec 2019, 9500 − 4450 on 1 Jan 2024.
  assert.is(summary.areas['3330']!.deductionsPerDay.residents, (4400 + 4450) / 2);
  assert.is(summary.region.guestNightsPerDay, (4600 + 5050) / 2);
});

Join.run();
