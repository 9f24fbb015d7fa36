import { InputError, type InputLocation } from '../errors.js';

/** Positions of the known columns in a header; `areaName` and `segment` are -1 when absent. */
export interface CountsColumnPositions {
  date: number;
  area: number;
  devices: number;
  areaName: number;
  segment: number;
  notes: string[];
}

const REQUIRED = ['date', 'area', 'devices'] as const;

/**
 * Find `date`, `area`, `devices` and the optional `area_name` and `segment` in a header (names compared
 * without case). Other columns are allowed and ignored, with a note that says so.
 *
 * @example
 * findColumns(['Date', 'area', 'devices', 'operator'], { file: 'counts.csv', line: 1 });
 * // { date: 0, area: 1, devices: 2, areaName: -1, segment: -1,
 * //   notes: ['counts.csv: ignoring column operator'] }
 */
export function findColumns(header: string[], where: InputLocation): CountsColumnPositions {
  const names = header.map((name) => name.trim().toLowerCase());
  for (const required of REQUIRED) {
    if (!names.includes(required)) {
      throw new InputError('E_COLUMNS', `missing column "${required}"; the header must name date, area and devices (found: ${header.join(', ')})`, where);
    }
  }
  const seen = new Set<string>();
  for (const [index, name] of names.entries()) {
    if (seen.has(name)) throw new InputError('E_COLUMNS', `column "${header[index]}" appears twice in the header`, { ...where, column: index + 1 });
    seen.add(name);
  }
  const known = new Set<string>([...REQUIRED, 'area_name', 'segment']);
  const ignored = header.filter((_, index) => !known.has(names[index]!));
  return {
    date: names.indexOf('date'),
    area: names.indexOf('area'),
    devices: names.indexOf('devices'),
    areaName: names.indexOf('area_name'),
    segment: names.indexOf('segment'),
    notes: ignored.length > 0 ? [`${where.file}: ignoring column${ignored.length > 1 ? 's' : ''} ${ignored.join(', ')}`] : [],
  };
}
