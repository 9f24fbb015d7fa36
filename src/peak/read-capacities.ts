import { InputError, showValue } from '../errors.js';
import type { Capacities } from './peak.js';
import { readSmallCsv } from '../read/read-small-csv.js';

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
  const { rows, columns } = await readSmallCsv(text, { required: ['area', 'capacity'], role: '--capacity' });
  const [area, capacity] = [columns.area!, columns.capacity!];
  // Without a prototype: an area called `constructor` finds no capacity it was not given.
  const byArea: Record<string, number> = Object.create(null);
  for (const { cells, line } of rows) {
    const value = cells[capacity] ?? '';
    if (!/^\d+(\.\d+)?$/.test(value))
      throw new InputError('E_CAPACITY', `expected a number of persons ≥ 0, got "${showValue(value)}"`, {
        file: text,
        line,
        column: capacity + 1,
        field: 'capacity',
      });
    if (Object.hasOwn(byArea, cells[area]!))
      throw new InputError('E_DUPLICATE', `area ${cells[area]} is listed twice`, { file: text, line, column: area + 1, field: 'area' });
    byArea[cells[area]!] = Number(value);
  }
  return { byArea };
}
