import { compareCodes, REGION_CODE } from '../grid/count-grid.js';
import type { Figures, Summary } from '../summary/summary.js';
import { csvCell, type CsvCellKind } from './csv-cell.js';
import { CSV_DIALECTS, type CsvExportDialect } from './csv-export-dialect.js';

/** The columns of `summary.csv`, in order, with how each is written (see `csvCell`). */
const COLUMNS: ReadonlyArray<readonly [string, CsvCellKind]> = [
  ['area', 'code'],
  ['name', 'text'],
  ['period', 'text'],
  ['value', 'text'],
  ['days', 'count'],
  ['personsPerDay', 'figure'],
  ['guestNightsPerDay', 'figure'],
  ['guestNights', 'figure'],
  ['guestNightsExtrapolated', 'figure'],
];

/** The column disclosure control adds: the days each period leaves out because their counts are withheld. */
const WITHHELD_COLUMN = ['withheldDays', 'count'] as const;

type Line = Array<string | number | null | undefined>;

/**
 * The summary as one flat table for a spreadsheet or a data frame: one row per series (the
 * region, `region`, then each area by code) and period, where `period` is `year`, `month`,
 * `season` or `dayType` and `value` names it (`2023`, `2023-01`, `high`, `weekend`). Each row has
 * the observed days, persons and guest-nights per day, the guest-night sum and, for years, the
 * sum extrapolated to the whole year; a figure the summary does not give for that period (persons
 * per day in a year, say) or does not have (an area's guest-nights under region-wide deductions)
 * is an empty cell. With disclosure control, a last column `withheldDays` counts the period's
 * days left out because their counts are withheld: a row whose figures are empty with `days` 0
 * and `withheldDays` above 0 is withheld, not missing. In the given dialect (default `CSV_DIALECTS.default`).
 *
 * @example
 * formatSummaryCsv(summary);
 * // area,name,period,value,days,personsPerDay,guestNightsPerDay,guestNights,guestNightsExtrapolated
 * // region,Hallingdal,year,2023,365,,,9789342.4,9789342.4
 */
export function formatSummaryCsv(summary: Summary, options: { dialect?: CsvExportDialect } = {}): string {
  const { dialect = CSV_DIALECTS.default } = options;
  const codes = Object.keys(summary.areas).sort(compareCodes);
  const columns = summary.disclosure === undefined ? COLUMNS : [...COLUMNS, WITHHELD_COLUMN];
  const lines: Line[] = [...linesOf(REGION_CODE, summary.region), ...codes.flatMap((code) => linesOf(code, summary.areas[code]!))];
  const text = lines.map((line) => columns.map(([, kind], index) => csvCell(line[index], kind, dialect)).join(dialect.delimiter));
  return `${dialect.bom ? '\uFEFF' : ''}${[columns.map(([name]) => name).join(dialect.delimiter), ...text].join(dialect.lineEnding)}${dialect.lineEnding}`;
}

function linesOf(code: string, figures: Figures): Line[] {
  const { name } = figures;
  return [
    ...figures.years.map((year): Line => [
      code,
      name,
      'year',
      String(year.year),
      year.days,
      null,
      null,
      year.guestNights,
      year.guestNightsExtrapolated,
      year.withheldDays,
    ]),
    ...figures.months.map((month): Line => [
      code,
      name,
      'month',
      month.month,
      month.days,
      month.personsPerDay,
      null,
      month.guestNights,
      null,
      month.withheldDays,
    ]),
    ...figures.seasons.map((season): Line => [
      code,
      name,
      'season',
      season.name,
      season.days,
      season.personsPerDay,
      season.guestNightsPerDay,
      season.guestNights,
      null,
      season.withheldDays,
    ]),
    ...figures.dayTypes.map((type): Line => [
      code,
      name,
      'dayType',
      type.name,
      type.days,
      type.personsPerDay,
      type.guestNightsPerDay,
      type.guestNights,
      null,
      type.withheldDays,
    ]),
  ];
}
