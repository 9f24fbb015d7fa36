import type { Figures, Summary } from '../summary.js';
import { formatWhole, roundWhole } from './format-whole.js';

/** Plain-language labels for the standard deductions; other names print as given. */
const DEDUCTION_LABELS: Record<string, string> = {
  residents: 'residents',
  externalWorkers: 'external workers',
  throughTraffic: 'through-traffic',
  dayTrippers: 'day-trippers',
};

/**
 * The estimate as the Hallingdal plan's table (seed 001, lines 168–184) for the region, a year
 * breakdown, and one line per area. Every figure is rounded to whole persons; the yearly figure
 * is the rounded daily figure × 365, as in the seed, so 26 527 × 365 = 9 682 355.
 *
 * @example
 * console.log(formatEstimate(summary));
 */
export function formatEstimate(summary: Summary): string {
  const { region, model } = summary;
  const areaCount = Object.keys(summary.areas).length;
  const coverage = summary.incompleteDays === 0 ? 'all complete' : `${summary.incompleteDays} incomplete, left out of the region`;
  const lines = [
    `${model.name}: guest-nights from device counts, ${summary.from} to ${summary.to} (${summary.days} days, ${coverage})`,
    '',
    ...formatSeedTable(region, summary, `Region (${areaCount} area${areaCount === 1 ? '' : 's'}, ${region.days} days)`),
    '',
    ...formatYears(region),
    '',
    ...formatAreas(summary),
    '',
    'Figures are rounded to whole persons; per year = rounded guest-nights per day × 365.',
    'The JSON output (--json, or summary.json with --out) carries full precision.',
  ];
  return `${lines.join('\n')}\n`;
}

function formatSeedTable(figures: Figures, summary: Summary, title: string): string[] {
  const percent = Number((summary.model.uplift * 100).toPrecision(12));
  const perDay = figures.guestNightsPerDay;
  const rows: Array<[string, string]> = [
    ['Average devices per day (telecom)', formatWhole(figures.devicesPerDay)],
    [`Plus ${percent} % (no mobile phone, SIM-card deviations)`, formatWhole(figures.upliftPerDay)],
    ...Object.entries(figures.deductionsPerDay).map(([name, value]): [string, string] => [
      `Minus ${DEDUCTION_LABELS[name] ?? name}`,
      formatWhole(value === null ? null : -value),
    ]),
    ['Guest-nights, average per day', formatWhole(perDay)],
    ['Guest-nights per year', formatWhole(perDay === null ? null : roundWhole(perDay) * 365)],
    ['Days with negative guest-nights', formatWhole(figures.negativeDays)],
  ];
  return [title, ...alignColumns(rows.map(([label, value]) => [`  ${label}`, value]), [false, true])];
}

function formatYears(region: Figures): string[] {
  const rows = region.years.map((year) => [
    String(year.year),
    `${year.days} of ${year.daysInYear}`,
    formatWhole(year.guestNights),
    formatWhole(year.guestNightsExtrapolated),
  ]);
  return ['Region by calendar year', ...alignColumns([['  year', 'days observed', 'guest-nights', 'extrapolated to full year'], ...rows.map(([first, ...rest]) => [`  ${first}`, ...rest])], [false, true, true, true])];
}

function formatAreas(summary: Summary): string[] {
  const header = ['  area', 'name', 'days', 'devices/day', 'persons/day', 'deductions/day', 'guest-nights/day', 'per year'];
  const rows = Object.entries(summary.areas).map(([code, figures]) => {
    const deductions = Object.values(figures.deductionsPerDay);
    const perDay = figures.guestNightsPerDay;
    return [
      `  ${code}`,
      figures.name,
      String(figures.days),
      formatWhole(figures.devicesPerDay),
      formatWhole(figures.personsPerDay),
      formatWhole(deductions.includes(null) ? null : (deductions as number[]).reduce((sum, value) => sum + value, 0)),
      formatWhole(perDay),
      formatWhole(perDay === null ? null : roundWhole(perDay) * 365),
    ];
  });
  return ['Areas', ...alignColumns([header, ...rows], [false, false, true, true, true, true, true, true])];
}

/** Pad cells to column widths: right-aligned where `right` says so, two spaces between columns. */
function alignColumns(rows: string[][], right: boolean[]): string[] {
  const widths = right.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (right[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}
