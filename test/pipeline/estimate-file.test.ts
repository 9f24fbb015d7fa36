import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { boundDailyGuestNights, dailyCountsWarning } from '../../src/summary/daily-counts-bound.js';
import { estimateFile } from '../../src/pipeline/estimate-file.js';
import { estimate } from '../../src/pipeline/estimate.js';
import { estimateHourly } from '../../src/hourly/estimate-hourly.js';
import { readCounts } from '../../src/read/read-counts.js';
import { readModel } from '../../src/model/read-model.js';
import { countsFileReads } from '../../src/read/counts-file-reads.js';
import { estimateCommand } from '../../src/pipeline/estimate-command.js';
import { peakCommand } from '../../src/pipeline/peak-command.js';
import { compareCommand } from '../../src/pipeline/compare-command.js';
import { reportCommand } from '../../src/pipeline/report-command.js';
import { InputError } from '../../src/errors.js';
import { repoRoot } from '../helpers/repo-root.js';
import { tempDir } from '../helpers/temp-dir.js';

const fixture = (path: string) => join(repoRoot, 'fixtures', path);
const io = { note: () => undefined };

const OneRead = suite('every command reads the counts file once');

/** The counts file's reads (whole scans, parses or Arrow loads) that `run` makes. */
async function readsOf(run: () => Promise<unknown>): Promise<number> {
  const before = countsFileReads.count;
  await run();
  return countsFileReads.count - before;
}

OneRead('estimate, peak, compare and report read daily and hourly counts once each', async () => {
  const dir = tempDir();
  const inputs = [
    { counts: fixture('hallingdal/counts.csv'), model: fixture('hallingdal/model.json'), regions: fixture('ssb/regions.json') },
    // The hourly fixture has three of Hallingdal's six areas.
    {
      counts: fixture('hourly/known-truth.csv'),
      model: fixture('hourly/model-known-truth.json'),
      regions: dir.write('regions.json', '{ "33102": ["3320", "3326", "3330"] }'),
    },
  ];
  const shared = { workers: 0, onDuplicate: 'error' } as const;
  for (const { regions, ...files } of inputs) {
    assert.is(
      await readsOf(() => estimateCommand({ ...files, ...shared, json: true, csvDialect: 'default', out: join(dir.dir, 'out') }, io)),
      1,
      `estimate ${files.counts}`,
    );
    assert.is(await readsOf(() => peakCommand({ ...files, ...shared, json: true, top: 3 }, io)), 1, `peak ${files.counts}`);
    assert.is(
      await readsOf(() =>
        compareCommand({ ...files, ...shared, json: true, csvDialect: 'default', ssb: fixture('ssb/guest-nights-monthly.json'), regions }, io),
      ),
      1,
      `compare ${files.counts}`,
    );
    assert.is(await readsOf(() => reportCommand({ ...files, ...shared, html: join(dir.dir, 'report.html'), language: 'en' }, io)), 1, `report ${files.counts}`);
  }
});

OneRead('a file with an old municipality code is read once too, recoded as it is scanned', async () => {
  const dir = tempDir();
  // 0620 is Hol before 2020; 3330 since 2024.
  const counts = dir.write('old.csv', 'date,area,devices\n2019-12-31,0620,100\n2024-01-01,3330,120\n');
  const model = dir.write('model.json', '{ "uplift": 0, "deductions": {} }');
  let estimated: Awaited<ReturnType<typeof estimateFile>> | undefined;
  assert.is(await readsOf(async () => (estimated = await estimateFile(counts, model))), 1);
  assert.equal(Object.keys(estimated!.result.summary.areas), ['3330']);
  assert.is(estimated!.plan.path, 'grid');
  // (100 + 120) / 2 observed days, by hand.
  assert.is(estimated!.result.summary.region.devicesPerDay, 110);
});

OneRead.run();

const SamePath = suite('estimateFile gives what the rows give');

SamePath("the Hallingdal estimate from the file equals the one from its rows, to the byte, and is the plan's 26 527 a day", async () => {
  const counts = fixture('hallingdal/counts.csv');
  const modelFile = fixture('hallingdal/model.json');
  const fromFile = await estimateFile(counts, modelFile);
  const { model } = await readModel(modelFile);
  const fromRows = await estimate((await readCounts(counts)).counts, model, { modelFile });
  // The file's estimate is marked an upper bound (daily counts of six municipalities); the rows' is the bare estimate.
  assert.equal(fromFile.result.summary.warnings, [dailyCountsWarning(6)]);
  boundDailyGuestNights(fromRows.summary);
  assert.is(JSON.stringify(fromFile.result.summary), JSON.stringify(fromRows.summary));
  assert.is(fromFile.plan.path, 'grid');
  // The plan's figure: 46 724 devices × 1.06 − 23 000 = 26 527 guest-nights a day (rounded).
  assert.is(Math.round(fromFile.result.summary.region.guestNightsPerDay!), 26_527);
});

SamePath('hourly counts give what estimateHourly gives for their rows, by either method', async () => {
  const counts = fixture('hourly/known-truth.csv');
  const modelFile = fixture('hourly/model-known-truth.json');
  const { model } = await readModel(modelFile);
  for (const method of ['night-presence', 'busiest-hour'] as const) {
    const fromFile = await estimateFile(counts, modelFile, { method });
    const fromRows = await estimateHourly((await readCounts(counts)).counts, model, { modelFile, method });
    assert.is(JSON.stringify(fromFile.result.summary), JSON.stringify(fromRows.summary), method);
  }
});

SamePath('a segmented file takes the rows, and says so', async () => {
  const { plan, declined } = await estimateFile(fixture('every-form/counts-segments.csv'), fixture('every-form/model-segments.json'));
  assert.equal([plan.path, plan.reason, declined], ['rows', 'segmented', undefined]);
});

SamePath('a duplicate the scan meets goes to the rows, which name its lines', async () => {
  const dir = tempDir();
  const counts = dir.write('duplicate.csv', 'date,area,devices\n2024-01-01,3320,5\n2024-01-01,3320,6\n');
  const model = dir.write('model.json', '{ "uplift": 0, "deductions": {} }');
  try {
    await estimateFile(counts, model);
    assert.unreachable('a duplicate is an error by default');
  } catch (error) {
    assert.instance(error, InputError);
    assert.is((error as InputError).location.line, 3);
    assert.match((error as Error).message, 'first at line 2');
  }
  // Disclosure control off: 5 + 6 is below its threshold.
  const summed = await estimateFile(counts, model, { onDuplicate: 'sum', minCount: 0 });
  assert.is(summed.result.summary.region.devicesPerDay, 11);
});

SamePath('a summed day with a blank or suppressed part is missing, read straight into a grid or as rows, and a note counts it', async () => {
  const dir = tempDir();
  // 3320: 100 and a blank on 1 January, 150 and a suppressed cell on the 2nd, 120 and 5 on the 3rd. The
  // byte scan reads blanks into the grid; a marker such as .. (or a ; file) goes to csv-parse's rows.
  const write = (name: string, separator: string, suppressed: string) =>
    dir.write(
      name,
      [
        'date,area,devices',
        '2024-01-01,3320,100',
        '2024-01-01,3320,',
        '2024-01-02,3320,150',
        `2024-01-02,3320,${suppressed}`,
        '2024-01-03,3320,120',
        '2024-01-03,3320,5',
      ]
        .map((line) => line.replaceAll(',', separator))
        .join('\n') + '\n',
    );
  const model = dir.write('model.json', '{ "uplift": 0, "deductions": {} }');
  for (const [counts, path] of [
    [write('comma.csv', ',', ''), 'grid'],
    [write('marker.csv', ',', '..'), 'rows'],
    [write('semicolon.csv', ';', '..'), 'rows'],
  ] as const) {
    const { plan, declined, result, notes } = await estimateFile(counts, model, { onDuplicate: 'sum', minCount: 0 });
    assert.is(declined === undefined ? plan.path : 'rows', path, counts);
    // Only 3 January is observed: 120 + 5 = 125 devices. 1 and 2 January are missing, never 100 and 150.
    assert.is(result.summary.region.days, 1, counts);
    assert.is(result.summary.incompleteDays, 2, counts);
    assert.is(result.summary.region.devicesPerDay, 125, counts);
    assert.ok(notes.includes('3 duplicate rows added to the first'), counts);
    assert.ok(notes.includes('2 area-days summed from duplicate rows had a blank or suppressed part; they count as missing'), notes.join('\n'));
  }
  // last keeps the later row, so a blank later row leaves the day missing: 3 January alone, 5 devices.
  const last = await estimateFile(write('last.csv', ',', ''), model, { onDuplicate: 'last', minCount: 0 });
  assert.equal([last.result.summary.region.days, last.result.summary.region.devicesPerDay], [1, 5]);
});

SamePath.run();
