import { CountColumnsBuilder, type CountColumns } from '../../src/read/count-columns.js';

/** Hallingdal's six municipalities, each with a SYNTHETIC base count of devices. */
export const WEEKLY_AREAS = [
  { code: '3320', name: 'Flå', base: 1_500 },
  { code: '3322', name: 'Nesbyen', base: 4_000 },
  { code: '3324', name: 'Gol', base: 6_000 },
  { code: '3326', name: 'Hemsedal', base: 5_000 },
  { code: '3328', name: 'Ål', base: 5_500 },
  { code: '3330', name: 'Hol', base: 6_500 },
];
/** 2020-01-01 (a Wednesday) as a day number: 50 years of 365 days and 12 leap days since 1970. */
export const FIRST_DAY = 50 * 365 + 12;
/** 2020-01-01 to 2023-12-31: 366 + 3 × 365 days. */
export const DAYS = 1_461;
/** The one missing observation: Hemsedal on 2021-06-15, 366 + 165 days after 2020-01-01. */
export const MISSING = { day: FIRST_DAY + 366 + 165, area: 3 };

/**
 * Four years of SYNTHETIC daily counts for Hallingdal, 8 766 rows sorted by date, then area:
 * each area's base plus 100 per weekday after Monday (Monday +0 … Sunday +600), one
 * observation missing. The pattern repeats every week, so the columns compress well, and the
 * devices column (8 766 × 8 = 70 128 bytes) is longer than the 64 KiB of an LZ4 block.
 */
export function weeklyCounts(): CountColumns {
  const builder = new CountColumnsBuilder('weekly', 'row');
  for (let day = FIRST_DAY; day < FIRST_DAY + DAYS; day++)
    WEEKLY_AREAS.forEach(({ code, name, base }, area) => {
      // Day 0, 1970-01-01, was a Thursday (weekday 3 counting from Monday).
      const devices = day === MISSING.day && area === MISSING.area ? NaN : base + 100 * ((day + 3) % 7);
      builder.push(day, code, name, devices, (day - FIRST_DAY) * WEEKLY_AREAS.length + area + 1);
    });
  return builder.finish();
}
