import { compareCodes } from '../../grid/count-grid.js';
import { formatPercent } from './format-percent.js';
import { upliftPercent } from '../../model/model.js';
import { en } from '../../report/labels/en.js';
import { seedLineInterval, seedLines, seedLineLabel } from '../../summary/seed-lines.js';
import { formatSensitivity } from './format-sensitivity.js';
import { quantileKey } from '../../uncertainty/quantile-key.js';
import type { Figures, Summary, YearFigures } from '../../summary/summary.js';
import { hasWithheld, isWithheld } from '../../disclosure/withheld-days.js';
import { WITHHELD_MARK } from '../../disclosure/suppression-status.js';
import { alignColumns } from './align-columns.js';
import { formatWhole } from './format-whole.js';
import { formatDisclosure } from './format-disclosure.js';
import { formatHourly } from './format-hourly.js';

/** Area columns are printed in blocks no wider than this, so the table fits a terminal. */
const MAX_WIDTH = 120;

/**
 * The estimate as the Hallingdal plan's table (the Hallingdal plan's table): for the region, then for
 * every area (areas side by side, in blocks), then the region by calendar year. Every figure is
 * rounded to whole persons; the yearly figure is the rounded daily figure × 365, as in the plan,
 * so 26 527 × 365 = 9 682 355.
 *
 * @example
 * process.stdout.write(formatEstimate(summary));
 */
export function formatEstimate(summary: Summary): string {
  const { region, model } = summary;
  const codes = Object.keys(summary.areas).sort(compareCodes);
  const coverage = summary.incompleteDays === 0 ? 'all complete' : `${summary.incompleteDays} incomplete, left out of the region`;
  const lines = [
    `${model.name}: guest-nights from device counts, ${summary.from} to ${summary.to} (${plural(summary.days, 'day')}, ${coverage})`,
    formatInput(summary),
    ...(summary.warnings ?? []).map((warning) => `Warning: ${warning}.`),
    ...(summary.hourly === undefined
      ? []
      : ['', ...formatHourly(summary.hourly, { region: model.name, ...Object.fromEntries(codes.map((code) => [code, summary.areas[code]!.name])) })]),
    '',
    ...formatRegion(summary, codes.length),
    '',
    ...formatAreas(summary, codes),
    ...formatYears(region, isFilled(summary)),
    '',
    ...formatDisclosure(summary.disclosure),
    ...(summary.uncertainty === undefined
      ? []
      : [
          ...formatSensitivity(summary.uncertainty),
          'Intervals and the sensitivity come from unrounded figures (per year = unrounded guest-nights per day × 365).',
        ]),
    "Figures are rounded to whole persons; per year = rounded guest-nights per day × 365, as in the plan (the JSON's guestNightsPerYear is the unrounded figure per day × 365).",
    'The JSON output (--json, or summary.json with --out) carries full precision.',
  ];
  return `${lines.join('\n')}\n`;
}

/** The region's table in the plan's form; with draws, each line's interval beside it. */
function formatRegion(summary: Summary, areaCount: number): string[] {
  const { region, uncertainty } = summary;
  const title = `Region (${plural(areaCount, 'area')}, ${plural(region.days, 'complete day')})`;
  if (uncertainty === undefined)
    return [
      title,
      ...alignColumns(
        seedRows(region, summary).map(([label, value]) => [`  ${label}`, value]),
        [false, true],
      ),
    ];
  const keys = uncertainty.probabilities.map(quantileKey);
  const lines = seedLines(region, { filled: isFilled(summary), withheld: hasWithheld(summary) });
  const rows = seedRows(region, summary).map(([label, value], index) => {
    const interval = seedLineInterval(lines[index]!, uncertainty.region);
    return [
      `  ${label}`,
      value,
      interval === null ? '' : formatWhole(interval[0]),
      interval === null ? '' : '–',
      interval === null ? '' : formatWhole(interval[1]),
    ];
  });
  const { draws, seed, parameters } = uncertainty;
  return [
    ...alignColumns([[title, '', keys[0]!, '', keys[keys.length - 1]!], ...rows], [false, true, true, false, true]),
    `  Intervals: ${formatWhole(draws)} draws of ${plural(parameters.length, 'range')}, seed ${seed}; ${keys[0]} to ${keys[keys.length - 1]} of each line (--json: every year, month and area)`,
    ...(uncertainty.oneSided ? ['  Guest-nights from daily counts have no lower bound: their intervals start at 0.'] : []),
  ];
}

/** The plan's table's lines for one series, as [label, rounded value]. */
function seedRows(figures: Figures, summary: Summary): Array<[string, string]> {
  const percent = upliftPercent(summary.model.uplift, formatPercent);
  const shown = (value: number | null) => (value === null && isWithheld(figures) ? WITHHELD_MARK : formatWhole(value));
  return seedLines(figures, { filled: isFilled(summary), withheld: hasWithheld(summary) }).map((line) => [
    seedLineLabel(line, en.seed, percent),
    shown(line.value),
  ]);
}

/** Every area's table in the plan's form, areas as columns, as many per block as fit in MAX_WIDTH. */
function formatAreas(summary: Summary, codes: string[]): string[] {
  const labels = seedRows(summary.region, summary).map(([label]) => `  ${label}`);
  const labelWidth = Math.max(...labels.map((label) => label.length));
  const columns = codes.map((code) => {
    const figures = summary.areas[code]!;
    const cells = [figures.name === '' ? code : `${code} ${figures.name}`, ...seedRows(figures, summary).map(([, value]) => value)];
    return { cells, width: Math.max(...cells.map((cell) => [...cell].length)) };
  });
  const lines: string[] = [];
  for (let from = 0; from < columns.length;) {
    let width = labelWidth;
    let to = from;
    while (to < columns.length && (to === from || width + 2 + columns[to]!.width <= MAX_WIDTH)) width += 2 + columns[to++]!.width;
    const block = columns.slice(from, to);
    const rows = [
      ['Areas', ...block.map((column) => column.cells[0]!)],
      ...labels.map((label, row) => [label, ...block.map((column) => column.cells[row + 1]!)]),
    ];
    lines.push(...alignColumns(rows, [false, ...block.map(() => true)]), '');
    from = to;
  }
  return lines;
}

/** Whether the model fills missing days: the tables then count filled days apart from observed ones. */
function isFilled(summary: Summary): boolean {
  return summary.fill.method !== 'none';
}

function formatYears(region: Figures, filled: boolean): string[] {
  const shown = (year: YearFigures, value: number | null) => (value === null && isWithheld(year) ? WITHHELD_MARK : formatWhole(value));
  const rows = region.years.map((year) => [
    `  ${year.year}`,
    `${year.days} of ${year.daysInYear}`,
    shown(year, year.guestNights),
    shown(year, year.guestNightsExtrapolated),
  ]);
  const days = filled ? 'days observed or filled in' : 'days observed';
  return ['Region by calendar year', ...alignColumns([['  year', days, 'guest-nights', 'extrapolated to full year'], ...rows], [false, true, true, true])];
}

/** Rows read, and any rejected or duplicated, so nothing leaves the count unseen. */
function formatInput({ input }: Summary): string {
  const parts = [`Input: ${formatWhole(input.rows)} row${input.rows === 1 ? '' : 's'}`];
  if (input.rejectedRows > 0) parts.push(`${formatWhole(input.rejectedRows)} rejected (see the rejects file)`);
  if (input.blankRows > 0) parts.push(`${formatWhole(input.blankRows)} without a count (blank or suppressed: missing, not zero)`);
  if (input.duplicateRows > 0)
    parts.push(
      `${formatWhole(input.duplicateRows)} duplicate${input.duplicateRows === 1 ? '' : 's'} ${input.onDuplicate === 'sum' ? 'summed' : 'replaced by the later row'}`,
    );
  return parts.join('; ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
