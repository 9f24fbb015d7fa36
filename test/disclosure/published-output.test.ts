import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { calendarMonths } from '../../src/calendar/calendar-months.js';
import { parseDay } from '../../src/clock/day-number.js';
import { blankSuppressed } from '../../src/disclosure/blank-suppressed.js';
import { protectSegments } from '../../src/disclosure/protect-segments.js';
import { redactSummary } from '../../src/disclosure/redact-summary.js';
import { suppressGrid } from '../../src/disclosure/suppress-grid.js';
import { PUBLISHED } from '../../src/disclosure/suppression-status.js';
import { buildCountGrid } from '../../src/grid/count-grid.js';
import { sumRegionDays } from '../../src/kernels/sum-region-days.js';
import type { Model } from '../../src/model/model.js';
import { estimate } from '../../src/pipeline/estimate.js';
import { CountColumnsBuilder, type CountColumns } from '../../src/read/count-columns.js';

// The strongest property, checked on teleguest's own estimate: what a run publishes is the
// same whatever the suppressed count is (3 or 12 devices), so no set of runs can tell them
// apart. The counts: three areas over January and February 2024, large every day except
// area 3302 on 31 January.

const Published = suite('published output under disclosure control');

const FIRST = parseDay('2024-01-01')!;
const DAYS = 60;
const SMALL = parseDay('2024-01-31')! - FIRST;
const model: Model = { name: 'Test', uplift: 0.1, deductions: { residents: { byArea: { '3301': 200, '3302': 150, '3303': 300 } } } };

function countsWith(small: number, from = 0, to = DAYS): CountColumns {
  const builder = new CountColumnsBuilder('test.csv', 'line');
  let line = 2;
  for (let day = from; day < to; day++) {
    ['3301', '3302', '3303'].forEach((area, a) =>
      builder.push(FIRST + day, area, '', area === '3302' && day === SMALL ? small : 300 + ((a * 37 + day * 11) % 500), line++),
    );
  }
  return builder.finish();
}

/** The rows of a grid's area cells (NaN as blank rows): what the blank way estimates from. */
function countsOfGrid(devices: Float64Array, areaCodes: string[], firstDay: number, dayCount: number): CountColumns {
  const builder = new CountColumnsBuilder('blanked', 'line');
  areaCodes.forEach((area, row) => {
    for (let day = 0; day < dayCount; day++) builder.push(firstDay + day, area, '', devices[row * dayCount + day]!, row * dayCount + day + 2);
  });
  return builder.finish();
}

/** What the blank way publishes: the estimate of the blanked grid, as text. */
async function publishBlank(counts: CountColumns): Promise<string> {
  const grid = buildCountGrid(counts);
  const areaCount = grid.areaCodes.length;
  sumRegionDays(grid.devices, areaCount, grid.dayCount);
  const { status } = suppressGrid(grid.devices, areaCount, grid.dayCount);
  const blank = blankSuppressed(grid.devices, status);
  const { summary, daily } = await estimate(countsOfGrid(blank, grid.areaCodes, grid.firstDay, grid.dayCount), model, { daily: true, workers: 0 });
  return JSON.stringify({ summary, persons: [...daily.persons], guestNights: [...daily.guestNights] });
}

/** What the strict way publishes from an estimate of every count (`minCount: 0`): the redacted summary and the daily cells not suppressed, as text. */
async function publishStrict(counts: CountColumns): Promise<{ text: string; suppressedFigures: number }> {
  const { summary, grid, calendar, daily } = await estimate(counts, model, { daily: true, workers: 0, minCount: 0 });
  const { status } = suppressGrid(grid.devices, grid.areaCodes.length, grid.dayCount);
  const months = calendarMonths(grid.firstDay, grid.dayCount);
  const redacted = redactSummary(summary, { areaCodes: grid.areaCodes, dayCount: grid.dayCount, months, calendar, cells: status });
  const shown = (values: Float64Array) => [...values].map((value, cell) => (status[cell] === PUBLISHED ? value : 'x'));
  return {
    text: JSON.stringify({ ...redacted, persons: shown(daily.persons), guestNights: shown(daily.guestNights) }),
    suppressedFigures: redacted.suppressed.length,
  };
}

Published('the blank way publishes the same whatever the small count, in the full run and one day shorter', async () => {
  assert.is(await publishBlank(countsWith(3)), await publishBlank(countsWith(12)));
  assert.is(await publishBlank(countsWith(3, 0, SMALL + 1)), await publishBlank(countsWith(12, 0, SMALL + 1)));
  // A check that the comparison can fail: an unsuppressed count of 16 against 17 does show.
  assert.is.not(await publishBlank(countsWith(16)), await publishBlank(countsWith(17)));
});

/** What `estimate` publishes with its own disclosure control (the default threshold): the summary and the daily columns, as text. */
async function publishDefault(counts: CountColumns): Promise<string> {
  const { summary, daily, disclosure } = await estimate(counts, model, { daily: true, workers: 0 });
  return JSON.stringify({ summary, persons: [...daily.persons], guestNights: [...daily.guestNights], status: [...disclosure!.status] });
}

Published('estimate’s own disclosure control publishes the same whatever the small count, in the full run and one day shorter', async () => {
  assert.is(await publishDefault(countsWith(3)), await publishDefault(countsWith(12)));
  assert.is(await publishDefault(countsWith(3, 0, SMALL + 1)), await publishDefault(countsWith(12, 0, SMALL + 1)));
  // The comparison can fail: 16 is published, 15 is not.
  assert.is.not(await publishDefault(countsWith(15)), await publishDefault(countsWith(16)));
  // What it says it withheld: 3302 on 31 January (primary), and the region that day (secondary).
  const { summary } = await estimate(countsWith(3), model, { workers: 0 });
  assert.equal(summary.disclosure, { minCount: 16, primary: 1, secondary: 1 });
  assert.equal(
    [summary.areas['3302']!.withheldDays, summary.areas['3302']!.months.map((month) => [month.days, month.withheldDays])],
    [
      1,
      [
        [30, 1],
        [29, 0],
      ],
    ],
  );
  assert.equal([summary.region.days, summary.region.withheldDays, summary.areas['3301']!.withheldDays], [59, 1, 0]);
});

Published('the strict way publishes the same whatever the small count, and says what it suppressed', async () => {
  const three = await publishStrict(countsWith(3));
  assert.is(three.text, (await publishStrict(countsWith(12))).text);
  assert.is((await publishStrict(countsWith(3, 0, SMALL + 1))).text, (await publishStrict(countsWith(12, 0, SMALL + 1))).text);
  // Area 3302 and the region each lose, for January 2024 and the span: devices, uplift and
  // persons per day, guest-nights per day and per year, negative days, 1 deduction (7);
  // the year's 2 figures; January's 2; winter season's 3 (January is winter by default);
  // weekday's 3 (31 January 2024 is a Wednesday): 17 each, 34 in all.
  assert.is(three.suppressedFigures, 34);
});

Published('redactSummary nulls the figures it lists and leaves the others as they were', async () => {
  const { summary, grid, calendar } = await estimate(countsWith(3), model, { workers: 0, minCount: 0 });
  const { status } = suppressGrid(grid.devices, grid.areaCodes.length, grid.dayCount);
  const months = calendarMonths(grid.firstDay, grid.dayCount);
  const { summary: redacted, suppressed } = redactSummary(summary, { areaCodes: grid.areaCodes, dayCount: grid.dayCount, months, calendar, cells: status });
  assert.equal(suppressed.slice(0, 2), [
    { area: '3302', figure: 'devicesPerDay', reason: 'secondary' },
    { area: '3302', figure: 'upliftPerDay', reason: 'secondary' },
  ]);
  assert.is(redacted.areas['3302']!.months[0]!.guestNights, null);
  assert.is(redacted.areas['3302']!.months[1]!.guestNights, summary.areas['3302']!.months[1]!.guestNights);
  assert.is(redacted.areas['3301']!.guestNightsPerDay, summary.areas['3301']!.guestNightsPerDay);
  assert.is(redacted.region.months[0]!.personsPerDay, null);
  assert.ok(summary.areas['3302']!.months[0]!.guestNights !== null, 'the input summary is left as it was');
});

Published('with segments, the strict way keeps persons and suppresses guest-nights that would show a small segment', async () => {
  const segmentModel: Model = { name: 'Segments', uplift: 0.1, deductions: { residents: { segment: 'home' } } };
  const countsOf = (smallHome: number) => {
    const builder = new CountColumnsBuilder('segments.csv', 'line', 1024, true);
    let line = 2;
    for (let day = 0; day < DAYS; day++) {
      ['3301', '3302'].forEach((area, a) => {
        const home = area === '3302' && day === SMALL ? smallHome : 100 + ((a * 13 + day * 7) % 90);
        builder.push(FIRST + day, area, '', home, line++, 'home');
        builder.push(FIRST + day, area, '', 600 - home, line++, 'visitors');
      });
    }
    return builder.finish();
  };
  const publishSegments = async (smallHome: number) => {
    const { summary, grid, calendar, daily } = await estimate(countsOf(smallHome), segmentModel, { daily: true, workers: 0, minCount: 0 });
    const areaCount = grid.areaCodes.length;
    const segments = segmentGrids(countsOf(smallHome), grid.areaCodes, grid.dayCount);
    const cells = suppressGrid(grid.devices, areaCount, grid.dayCount).status;
    const { guestNights } = protectSegments(segments, areaCount, grid.dayCount);
    const months = calendarMonths(grid.firstDay, grid.dayCount);
    const redacted = redactSummary(summary, { areaCodes: grid.areaCodes, dayCount: grid.dayCount, months, calendar, cells, guestNights });
    const shownGuestNights = [...daily.guestNights].map((value, cell) => (guestNights[cell] === PUBLISHED ? value : 'x'));
    return { text: JSON.stringify({ ...redacted, persons: [...daily.persons], guestNights: shownGuestNights }), redacted };
  };
  const six = await publishSegments(6);
  assert.is(six.text, (await publishSegments(11)).text);
  // Persons stay: every cell's total is 600 devices.
  assert.is(six.redacted.summary.areas['3302']!.personsPerDay, 660);
  assert.is(six.redacted.summary.areas['3302']!.months[0]!.guestNights, null);
});

/** Each segment's devices as a grid (area rows in the grid's order, region row left 0). */
function segmentGrids(counts: CountColumns, areaCodes: string[], dayCount: number): Float64Array[] {
  const { segmentNames, segment } = counts.segments!;
  const grids = segmentNames.map(() => new Float64Array((areaCodes.length + 1) * dayCount));
  for (let i = 0; i < counts.length; i++) {
    const row = areaCodes.indexOf(counts.areaCodes[counts.area[i]!]!);
    grids[segment[i]!]![row * dayCount + counts.day[i]! - FIRST] = counts.devices[i]!;
  }
  return grids;
}

Published.run();
