import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { teleguest } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const RecodeToToday = suite('teleguest estimate with old municipality codes (built-in history)');

/** A counts file and a model without deductions in a fresh folder; SYNTHETIC devices. */
function filesOf(lines: string[]) {
  const { write } = tempDir();
  return {
    counts: write('counts.csv', ['date,area,area_name,devices', ...lines, ''].join('\n')),
    model: write('model.json', '{"name":"Test","uplift":0,"deductions":{}}'),
  };
}

RecodeToToday('joins Bergen under 1201 (2019) and 4601 (2020) into one area of 4 complete days, and says so', () => {
  // KLASS 131: 1201 Bergen → 4601 Bergen on 2020-01-01.
  const { counts, model } = filesOf([
    '2019-12-30,1201,Bergen,300000',
    '2019-12-31,1201,Bergen,310000',
    '2020-01-01,4601,Bergen,320000',
    '2020-01-02,4601,Bergen,330000',
  ]);
  const { code, stdout, stderr } = teleguest('estimate', counts, '--model', model, '--json');
  assert.is(code, 0);
  const summary = JSON.parse(stdout);
  assert.equal(Object.keys(summary.areas), ['4601']);
  assert.is(summary.areas['4601'].name, 'Bergen');
  assert.is(summary.areas['4601'].days, 4);
  assert.is(summary.incompleteDays, 0);
  // (300 000 + 310 000 + 320 000 + 330 000) / 4.
  assert.is(summary.region.devicesPerDay, 315000);
  assert.is(stderr, "teleguest: old municipality codes joined with today's (built-in code history): 1201 → 4601\n");
});

RecodeToToday('follows Nes in Buskerud over two reforms: 0616 (2019), 3040 (2020–2023), 3322 (2024)', () => {
  // KLASS 131: 0616 Nes → 3040 Nesbyen (2020-01-01), 3040 → 3322 Nesbyen (2024-01-01).
  const { counts, model } = filesOf(['2019-12-31,0616,Nes,3000', '2020-01-01,3040,Nesbyen,3300', '2024-01-01,3322,Nesbyen,3600']);
  const { code, stdout, stderr } = teleguest('estimate', counts, '--model', model, '--json');
  assert.is(code, 0);
  const summary = JSON.parse(stdout);
  assert.equal(Object.keys(summary.areas), ['3322']);
  assert.is(summary.areas['3322'].days, 3);
  assert.is(summary.areas['3322'].devicesPerDay, 3300);
  assert.is(stderr, "teleguest: old municipality codes joined with today's (built-in code history): 0616 → 3322, 3040 → 3322\n");
});

RecodeToToday('names the old and the new code in a duplicate, and exits 2', () => {
  const { counts, model } = filesOf(['2023-12-31,3040,Nesbyen,4000', '2024-01-01,3322,Nesbyen,4100', '2024-01-01,3040,Nesbyen,4050']);
  const { code, stdout, stderr } = teleguest('estimate', counts, '--model', model);
  assert.is(code, 2);
  assert.is(stdout, '');
  assert.is(
    stderr,
    `teleguest: ${counts}:4: area 3040 (now 3322) has a second row for the same date (first at line 3, under 3322); use --on-duplicate sum or last if that is expected\n`,
  );
});

RecodeToToday.run();
