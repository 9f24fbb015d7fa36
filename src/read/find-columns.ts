import { InputError, type InputLocation } from '../errors.js';
import type { CountsLayout } from './counts-layout.js';

/**
 * Positions of the known columns in a header; `areaName`, `segment`, `hour` and `time` are -1
 * when absent, and `date` is -1 when `time` gives the date and hour in one cell.
 */
export interface CountsColumnPositions {
  date: number;
  /** Hourly counts: the Norwegian clock hour 0–23 beside `date`. */
  hour: number;
  /** Hourly counts: an ISO time (`2024-03-31T03:00`, local; or with `Z` or an offset) instead of `date`. */
  time: number;
  area: number;
  devices: number;
  areaName: number;
  segment: number;
  notes: string[];
}

const REQUIRED = ['date', 'area', 'devices'] as const;

/**
 * Find `date`, `area`, `devices` and the optional `area_name` and `segment` in a header (names compared
 * without case); hourly counts add `hour` beside `date`, or give `time` instead of `date`.
 * Other columns are allowed and ignored, with a note that says so. `names` (`--columns`) gives the
 * file's own names for teleguest's columns (`{ date: 'dato' }`); a column of the file that has
 * one of teleguest's names but is not the one given is then ignored.
 *
 * @example
 * findColumns(['Date', 'area', 'devices', 'operator'], { file: 'counts.csv', line: 1 });
 * // { date: 0, hour: -1, time: -1, area: 1, devices: 2, areaName: -1, segment: -1,
 * //   notes: ['counts.csv: ignoring column operator'] }
 */
export function findColumns(header: string[], where: InputLocation, given: CountsLayout['columns'] = {}): CountsColumnPositions {
  const roleOf = new Map(Object.entries(given).map(([role, name]) => [name.trim().toLowerCase(), role]));
  // A column named as one of teleguest's that another column stands in for is not that column.
  const names = header.map((name) => {
    const lower = name.trim().toLowerCase();
    return roleOf.get(lower) ?? (Object.hasOwn(given, lower) ? `\u0000${lower}` : lower);
  });
  const hasTime = names.includes('time');
  for (const [role, name] of Object.entries(given)) {
    if (!names.includes(role))
      throw new InputError(
        'E_COLUMNS',
        `missing column "${name}", given for ${role} by --columns or the model's counts.columns (found: ${header.join(', ')})`,
        where,
      );
  }
  for (const required of REQUIRED) {
    if (required === 'date' && hasTime) continue;
    if (!names.includes(required)) {
      throw new InputError(
        'E_COLUMNS',
        `missing column "${required}"; the header must name date, area and devices, or say which columns are which with --columns ${required}=<name> (found: ${header.join(', ')})`,
        where,
      );
    }
  }
  const seen = new Set<string>();
  for (const [index, name] of names.entries()) {
    if (seen.has(name)) throw new InputError('E_COLUMNS', `column "${header[index]}" appears twice in the header`, { ...where, column: index + 1 });
    seen.add(name);
  }
  if (hasTime && (names.includes('date') || names.includes('hour'))) {
    const other = names.includes('date') ? 'date' : 'hour';
    throw new InputError('E_COLUMNS', `the header has both "time" and "${other}"; give either time, or date (with hour for hourly counts)`, {
      ...where,
      column: names.indexOf(other) + 1,
    });
  }
  const known = new Set<string>([...REQUIRED, 'area_name', 'segment', 'hour', 'time']);
  const ignored = header.filter((_, index) => !known.has(names[index]!));
  return {
    date: names.indexOf('date'),
    hour: names.indexOf('hour'),
    time: names.indexOf('time'),
    area: names.indexOf('area'),
    devices: names.indexOf('devices'),
    areaName: names.indexOf('area_name'),
    segment: names.indexOf('segment'),
    notes: ignored.length > 0 ? [`${where.file}: ignoring column${ignored.length > 1 ? 's' : ''} ${ignored.join(', ')}`] : [],
  };
}
