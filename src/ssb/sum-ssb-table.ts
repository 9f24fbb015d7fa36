import { InputError } from '../errors.js';
import { SSB_SYMBOLS, type SsbTable } from './ssb-table.js';
import { parseTimeCode, type TimeCode } from './ssb-time-code.js';

/** A cell (area and period) that has no figure, and why: SSB's symbol, or rows that are not there. */
export interface SsbMissing {
  area: string;
  /** As in `SsbSeries.values`: `2024`, `2024-01`, `2024-Q1`. */
  period: string;
  /** SSB's symbol (`..`, `:`), or null for an empty cell or absent rows. */
  symbol: string | null;
  reason: string;
  /** Where in the file: a JSON path or a line and column. */
  place: string;
}

/** An SSB table summed to one figure per area and period. */
export interface SsbSeries {
  file: string;
  label: string;
  periodKind: TimeCode['kind'];
  /** Area code → period → sum over the other dimensions; null where a cell in the sum is missing. */
  values: Map<string, Map<string, number | null>>;
  /** Area code → name, where the file gives one. */
  names: Map<string, string>;
  /** Every null in `values`, with the reason. */
  missing: SsbMissing[];
}

/**
 * Sum an SSB table over every dimension but region and period (sex and age in table 07459), to
 * one figure per area and period. A sum with a missing cell in it is missing, never a partial
 * sum and never zero, and is listed in `missing` with SSB's symbol and where the cell is. Refused,
 * because the sum would be wrong: more than one contents (guest-nights and guests are not to be
 * added), a category that totals the others ("I alt", or JSON-stat's `eliminationValueCode`),
 * and years mixed with months.
 *
 * @example
 * const series = sumSsbTable(await readSsbTable('fixtures/ssb/population-07459.json'));
 * series.values.get('3320')?.get('2024'); // residents of Flå on 1 January 2024 (an example figure)
 */
export function sumSsbTable(table: SsbTable): SsbSeries {
  const { file, dimensions, region, time } = table;
  const fail = (problem: string): never => {
    throw new InputError('E_SSB_TABLE', problem, { file });
  };
  if (table.contents !== undefined && dimensions[table.contents]!.codes.length > 1) {
    const { id, labels } = dimensions[table.contents]!;
    fail(`${id} has ${labels.length} contents (${labels.join(', ')}), which cannot be added up; select one in the query`);
  }
  dimensions.forEach((dimension, position) => {
    if (position === region || position === time || dimension.codes.length < 2) return;
    const total = dimension.total ?? dimension.labels.findIndex(isTotalLabel);
    if (total >= 0)
      fail(
        `${dimension.id} holds "${dimension.labels[total]}", the total of its other categories: adding them up would count it twice; select the total or the parts`,
      );
  });
  const periods = dimensions[time]!.codes.map((code) => parseTimeCode(code)!);
  const kinds = [...new Set(periods.map((period) => period.kind))];
  if (kinds.length > 1) fail(`the periods mix ${kinds.join(' and ')}s; select one kind`);

  const areas = dimensions[region]!.codes;
  const periodCount = periods.length;
  const groups = areas.length * periodCount;
  const sums = new Float64Array(groups);
  const counts = new Int32Array(groups);
  const firstMissing = new Int32Array(groups).fill(-1);
  const { values: cells, coordinates } = table;
  for (let cell = 0; cell < cells.length; cell++) {
    const group = coordinates[region]![cell]! * periodCount + coordinates[time]![cell]!;
    counts[group]!++;
    if (Number.isNaN(cells[cell]!)) {
      if (firstMissing[group] === -1) firstMissing[group] = cell;
    } else {
      sums[group]! += cells[cell]!;
    }
  }
  // Every area and period sums the same number of cells: one per combination of the other dimensions.
  const expected = dimensions.reduce(
    (product, dimension, position) => (position === region || position === time ? product : product * dimension.codes.length),
    1,
  );
  const values = new Map<string, Map<string, number | null>>();
  const missing: SsbMissing[] = [];
  areas.forEach((area, areaIndex) => {
    const byPeriod = new Map<string, number | null>();
    periods.forEach((period, periodIndex) => {
      const group = areaIndex * periodCount + periodIndex;
      if (counts[group] === 0) return;
      const cell = firstMissing[group]!;
      if (cell >= 0) {
        const symbol = table.statuses.get(cell) ?? null;
        const reason = symbol === null ? 'no value' : `"${symbol}": ${SSB_SYMBOLS[symbol] ?? 'a symbol SSB does not list'}`;
        missing.push({ area, period: period.label, symbol, reason, place: table.place(cell) });
        byPeriod.set(period.label, null);
      } else if (counts[group]! < expected) {
        missing.push({ area, period: period.label, symbol: null, reason: `${counts[group]} of the ${expected} cells to add up are in the file`, place: file });
        byPeriod.set(period.label, null);
      } else {
        byPeriod.set(period.label, sums[group]!);
      }
    });
    values.set(area, byPeriod);
  });
  const names = new Map(areas.map((area, index) => [area, dimensions[region]!.labels[index]!]));
  return { file, label: table.label, periodKind: kinds[0] ?? 'year', values, names, missing };
}

/** "I alt", "Total", "Alle …", "Begge kjønn", "Hele landet": a category that totals the others. */
function isTotalLabel(label: string): boolean {
  return /^(i alt|total|totalt|sum|alle\b|all\b|begge kjønn|both sexes|hele landet|the whole country)/i.test(label.trim());
}
