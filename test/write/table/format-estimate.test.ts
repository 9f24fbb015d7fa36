import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatEstimate } from '../../../src/write/table/format-estimate.js';
import { estimate } from '../../../src/pipeline/estimate.js';
import { tinyCounts, tinyModel } from '../../helpers/tiny-counts.js';
import { CountColumnsBuilder } from '../../../src/read/count-columns.js';
import { parseDay } from '../../../src/clock/day-number.js';

const FormatEstimate = suite('formatEstimate');

FormatEstimate('prints the plan’s table for each area side by side, rounded by hand-worked values', async () => {
  const text = formatEstimate((await estimate(tinyCounts(), tinyModel)).summary);
  // Area 1: devices 150/day, +15, −60, −10, guest-nights 95 → 95 × 365 = 34 675; 2 days, none negative.
  // Area 2: devices 80/3 = 26.7, +2.7, −40, −5, guest-nights −47/3 = −15.7 → −16 × 365 = −5 840; 3 days, 2 negative.
  const expected = [
    'Areas                                                 1       2',
    '  Average devices per day (telecom)                 150      27',
    '  Plus 10 % (no mobile phone, SIM-card deviations)   15       3',
    '  Minus residents                                   -60     -40',
    '  Minus workers                                     -10      -5',
    '  Guest-nights, average per day                      95     -16',
    '  Guest-nights per year (rounded daily × 365)   34 675  -5 840',
    '  Days observed                                       2       3',
    '  Days with negative guest-nights                     0       2',
  ].join('\n');
  // Compare with runs of spaces folded: the values are what matter, alignment is the layout's.
  const fold = (lines: string) => lines.replace(/ +/g, ' ');
  assert.ok(fold(text).includes(fold(expected)), text);
});

FormatEstimate('says how many days are incomplete and uses singular nouns for one', async () => {
  const text = formatEstimate((await estimate(tinyCounts(), tinyModel)).summary);
  assert.ok(text.startsWith('Tiny: guest-nights from device counts, 2024-02-28 to 2024-03-01 (3 days, 1 incomplete, left out of the region)\n'), text);
  assert.match(text, /\nRegion \(2 areas, 2 complete days\)\n/);
  // 2024: 2 complete days, guest-nights 50 + 105 = 155; mean 77.5 × 366 = 28 365.
  assert.match(text, /\n {2}2024 +2 of 366 +155 +28 365\n/);
});

FormatEstimate('counts filled days apart from observed ones, in the seed table and the calendar years', async () => {
  // Area 1 has counts on 1, 4 and 5 January; "interpolate" fills the 2nd and 3rd. Area 2 has all five days.
  const builder = new CountColumnsBuilder('gaps.csv', 'line');
  const rows: Array<[string, string, number]> = [
    ['2024-01-01', '1', 10],
    ['2024-01-04', '1', 40],
    ['2024-01-05', '1', 50],
    ...['01', '02', '03', '04', '05'].map((day): [string, string, number] => [`2024-01-${day}`, '2', 5]),
  ];
  rows.forEach(([date, area, devices], index) => builder.push(parseDay(date)!, area, '', devices, index + 2));
  // Disclosure control off: the counts are small.
  const model = { name: 'Gaps', uplift: 0, deductions: { residents: { byArea: { '1': 0, '2': 0 } } }, fill: 'interpolate' as const, minCount: 0 };
  const text = formatEstimate((await estimate(builder.finish(), model)).summary);
  const fold = (lines: string) => lines.replace(/ +/g, ' ');
  // Region: 5 complete days, 2 of them with a filled area; area 1: 3 observed, 2 filled; area 2: 5 observed.
  assert.ok(fold(text).includes(fold('  Days observed  3\n  Days filled in by the model (not observed)  2')), text);
  assert.ok(fold(text).includes(fold('  Days observed  3  5\n  Days filled in by the model (not observed)  2  0')), text);
  assert.ok(text.includes('days observed or filled in'), 'the calendar-year column says filled days are in it');
  // Without fill there is no such line.
  assert.not.ok(formatEstimate((await estimate(tinyCounts(), tinyModel)).summary).includes('filled in'));
});

FormatEstimate.run();
