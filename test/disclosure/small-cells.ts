/**
 * A data set built to be dangerous to publish: Hallingdal's six municipalities over January to
 * March 2024, every count large (200 devices or more) except
 * - Flå (3320) on 15 January: 3 devices, one small day in a month;
 * - Gol (3324) on every day of February: 1 to 4 devices, an area small for a whole month;
 * - Hol (3330) on 20 January: 0 devices;
 * and Hemsedal (3326) has a blank cell on 25 January (missing, not small). March has none of
 * them: its figures are published whole. Shared by the tests of
 * what the commands publish (published-files.test.ts, attack-files.test.ts).
 */
import { formatDay, parseDay } from '../../src/clock/day-number.js';

export const AREAS = ['3320', '3322', '3324', '3326', '3328', '3330'];
/** 1 January to 31 March 2024: 91 days. */
export const DATES = Array.from({ length: 91 }, (_, day) => formatDay(parseDay('2024-01-01')! + day));

/** The small counts, by area and date. */
export const SMALL: ReadonlyMap<string, number> = new Map([
  ['3320,2024-01-15', 3],
  ...DATES.filter((date) => date.startsWith('2024-02')).map((date, index): [string, number] => [`3324,${date}`, 1 + (index % 4)]),
  ['3330,2024-01-20', 0],
]);
export const BLANK = '3326,2024-01-25';

/** The true count of an area on a date (null for the blank cell). */
export function deviceCount(area: string, date: string): number | null {
  const key = `${area},${date}`;
  if (key === BLANK) return null;
  return SMALL.get(key) ?? 200 + ((AREAS.indexOf(area) * 37 + DATES.indexOf(date) * 11) % 500);
}

/** The counts file of the areas and dates given (default all), as an operator delivers it. */
export function countsCsv(areas: readonly string[] = AREAS, dates: readonly string[] = DATES): string {
  const lines = ['date,area,devices'];
  for (const date of dates) for (const area of areas) lines.push(`${date},${area},${deviceCount(area, date) ?? ''}`);
  return `${lines.join('\n')}\n`;
}

/** The model of the areas given (default all): uplift 10 % and 50 residents an area, so every guest-night figure of a large count is far above 5. */
export function modelJson(areas: readonly string[] = AREAS): string {
  return JSON.stringify({ name: 'Hallingdal', uplift: 0.1, deductions: { residents: { byArea: Object.fromEntries(areas.map((area) => [area, 50])) } } });
}
