import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { estimateHourly } from '../../src/hourly/estimate-hourly.js';
import { readCounts } from '../../src/read/read-counts.js';
import { tempDir } from '../helpers/temp-dir.js';

// Hourly counts: an hour below the threshold is withheld before the days are reduced, so a day's
// value is withheld exactly when it needs that hour.

const SmallHours = suite('withholding small hours');

/** Areas a (100 an hour) and b (200) on 8 and 9 January 2024; a has 3 devices at 14:00 on the 8th and 5 at 02:00 on the 9th. */
async function hourlyCounts() {
  const lines = ['date,hour,area,devices'];
  for (const date of ['2024-01-08', '2024-01-09'])
    for (let hour = 0; hour < 24; hour++) {
      const small = date === '2024-01-08' && hour === 14 ? 3 : date === '2024-01-09' && hour === 2 ? 5 : undefined;
      lines.push(`${date},${hour},a,${small ?? 100}`, `${date},${hour},b,200`);
    }
  return (await readCounts(tempDir().write('hourly.csv', `${lines.join('\n')}\n`))).counts;
}
const model = { name: 'Hours', uplift: 0, deductions: { residents: { byArea: { a: 10, b: 10 } } } };

SmallHours('night presence withholds the evening whose night holds the small hour', async () => {
  const { grid, disclosure, summary } = await estimateHourly(await hourlyCounts(), model, { workers: 0 });
  // Nights are dated by the evening: the 8th's night is 02–04 on the 9th, where a's 02:00 (5) is
  // withheld; the 9th's night has no morning in the counts. a's 9th also lost that hour, which its
  // busiest hour needs, so it is marked withheld too; the region's 9th is missing, not withheld.
  assert.equal([...grid.devices], [NaN, NaN, 200, NaN, NaN, NaN]);
  assert.equal([...disclosure!.status], [1, 1, 0, 0, 2, 0]);
  assert.equal(summary.disclosure, { minCount: 16, primary: 2, secondary: 1 });
  // No day of a has every hour: its busiest hour is withheld on both.
  assert.equal([summary.hourly!.areas.a!.days, summary.hourly!.areas.a!.busiestHourPersonsPerDay], [0, null]);
});

SmallHours('the busiest-hour method needs every hour of the day, so both days of a are withheld', async () => {
  const { disclosure, summary } = await estimateHourly(await hourlyCounts(), model, { workers: 0, method: 'busiest-hour' });
  assert.equal([...disclosure!.status], [1, 1, 0, 0, 2, 2]);
  assert.equal(summary.disclosure, { minCount: 16, primary: 2, secondary: 2 });
});

SmallHours('with the threshold at 4, only the afternoon’s 3 devices are withheld, which the night does not need', async () => {
  const { grid, summary } = await estimateHourly(await hourlyCounts(), model, { workers: 0, minCount: 4 });
  // The night of the 8th (02–04 on the 9th): (5 + 100) / 2 = 52.5 devices; the 9th has no morning.
  assert.equal([...grid.devices], [52.5, NaN, 200, NaN, 252.5, NaN]);
  assert.equal(summary.disclosure, { minCount: 4, primary: 0, secondary: 0 });
});

SmallHours.run();
