import { CountColumnsBuilder } from '../../src/read/count-columns.js';
import { parseDay } from '../../src/clock/day-number.js';
import type { Model } from '../../src/model/model.js';

/**
 * Two areas over 28 Feb – 1 Mar 2024 (a leap year), one blank cell, rows out of order:
 * area 1: 100, 200, blank; area 2: 50, 0, 30. Tests work their expected values out by hand.
 */
export function tinyCounts() {
  const builder = new CountColumnsBuilder('tiny.csv', 'line');
  const rows: Array<[string, string, number]> = [
    ['2024-03-01', '2', 30],
    ['2024-02-28', '1', 100],
    ['2024-02-29', '1', 200],
    ['2024-03-01', '1', NaN],
    ['2024-02-28', '2', 50],
    ['2024-02-29', '2', 0],
  ];
  rows.forEach(([date, area, devices], index) => builder.push(parseDay(date)!, area, '', devices, index + 2));
  return builder.finish();
}

/**
 * Uplift 10 %; residents and workers per area: area 1 deducts 70 a day, area 2 45, the region 115.
 * Disclosure control off (`minCount` 0): the tiny counts (a 0 among them) test the arithmetic
 * worked out by hand; tests of disclosure control set `minCount` themselves.
 */
export const tinyModel: Model = {
  name: 'Tiny',
  uplift: 0.1,
  deductions: { residents: { byArea: { '1': 60, '2': 40 } }, workers: { byArea: { '1': 10, '2': 5 } } },
  minCount: 0,
};
