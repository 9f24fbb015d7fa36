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

SmallHours('night presence withholds the day whose night holds the small hour, and keeps the day whose small hour is in the afternoon', async () => {
  const { grid, disclosure, summary } = await estimateHourly(await hourlyCounts(), model, { workers: 0 });
  // a on the 8th: the night (02–04) is 100 devices, published; on the 9th its 02:00 is withheld.
  assert.equal([...grid.devices], [100, NaN, 200, 200, 300, NaN]);
  assert.equal([...disclosure!.status], [0, 1, 0, 0, 0, 2]);
  assert.equal(summary.disclosure, { minCount: 16, primary: 1, secondary: 1 });
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
  // The night of the 9th: (5 + 100) / 2 = 52.5 devices.
  assert.equal([...grid.devices], [100, 52.5, 200, 200, 300, 252.5]);
  assert.equal(summary.disclosure, { minCount: 4, primary: 0, secondary: 0 });
});

SmallHours.run();
