import { readFile } from 'node:fs/promises';
import { fileError, InputError } from '../errors.js';
import type { Capacities } from '../peak.js';

/**
 * Read `--capacity`: a number (persons, for the region), or a CSV file `area,capacity` with one
 * line per area (beds for evacuees, a water works' design load…). Bad lines name file, line and column.
 *
 * @example
 * await readCapacities('60000');         // { region: 60000 }
 * await readCapacities('capacity.csv');  // { byArea: { '3326': 25000, … } }
 */
export async function readCapacities(text: string): Promise<Capacities> {
  if (/^\d+(\.\d+)?$/.test(text)) return { region: Number(text) };
  let content: string;
  try {
    content = await readFile(text, 'utf8');
  } catch (error) {
    throw fileError(text, 'read', error);
  }
  const { parse } = await import('csv-parse/sync');
  const rows = parse(content.replace(/^\uFEFF/, ''), { trim: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  const header = (rows[0] ?? []).map((name) => name.toLowerCase());
  const [area, capacity] = [header.indexOf('area'), header.indexOf('capacity')];
  if (area === -1 || capacity === -1) throw new InputError('E_COLUMNS', 'expected a header with area and capacity', { file: text, line: 1 });
  const byArea: Record<string, number> = {};
  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    const value = row[capacity] ?? '';
    if (!/^\d+(\.\d+)?$/.test(value)) throw new InputError('E_CAPACITY', `expected a number of persons ≥ 0, got "${value}"`, { file: text, line, column: capacity + 1, field: 'capacity' });
    if (Object.hasOwn(byArea, row[area]!)) throw new InputError('E_DUPLICATE', `area ${row[area]} is listed twice`, { file: text, line, column: area + 1, field: 'area' });
    byArea[row[area]!] = Number(value);
  });
  return { byArea };
}
