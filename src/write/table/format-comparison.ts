import type { Comparison, ComparisonUnit, SeasonShares } from '../../ssb/compare-with-ssb.js';
import { formatPercent } from './format-percent.js';
import { alignColumns } from './align-columns.js';
import { formatWhole } from './format-whole.js';
import { formatDisclosure } from './format-disclosure.js';

/**
 * The comparison as text: per unit, the months side by side with ratio and gap, the years, the
 * correlations and the seasons; then every month not compared, with the reason, and the notes.
 *
 * @example
 * process.stdout.write(formatComparison(compareWithSsb(summary, ssb, { regions })));
 */
export function formatComparison(comparison: Comparison): string {
  const lines = [`${comparison.model} compared with SSB's commercial guest-nights (${comparison.ssb.file}), ${comparison.from} to ${comparison.to}`];
  for (const unit of comparison.units) lines.push('', ...formatUnit(comparison, unit));
  const missing = comparison.months.filter((row) => row.missing !== null);
  if (missing.length > 0) {
    lines.push(
      '',
      `Months not compared (${missing.length})`,
      ...alignColumns(
        missing.map((row) => [`  ${row.unit}`, row.month, row.missing!]),
        [false, false, false],
      ),
    );
  }
  if (comparison.notes.length > 0) lines.push('', ...comparison.notes.map((note) => `Note: ${note}`));
  lines.push(
    '',
    'gap = telecom − SSB: nights SSB does not count (holiday homes, friends and family, private rentals',
    `below its threshold). The national cabin survey finds about ${comparison.survey.guestNightsPerHolidayHome} guest-nights per holiday home a year`,
    `(${comparison.survey.source}). Years add up the months both sides have; --json carries full precision.`,
  );
  lines.push(...formatDisclosure(comparison.disclosure));
  return `${lines.join('\n')}\n`;
}

function formatUnit(comparison: Comparison, unit: ComparisonUnit): string[] {
  const areas = unit.areas.length === 1 && unit.areas[0] === unit.code ? '' : ` (areas ${unit.areas.join(', ')})`;
  const months = comparison.months.filter((row) => row.unit === unit.code);
  const monthRows = [
    ['  month', 'telecom', 'SSB', 'ratio', 'gap'],
    ...months.map((row) => [`  ${row.month}`, formatWhole(row.telecomGuestNights), formatWhole(row.ssbGuestNights), ratio(row.ratio), formatWhole(row.gap)]),
  ];
  const withHomes = comparison.holidayHomes !== null;
  const yearRows = [
    ['  year', 'months', 'telecom', 'SSB', 'ratio', 'gap', ...(withHomes ? ['holiday homes', 'gap per holiday home'] : [])],
    ...unit.years.map((year) => [
      `  ${year.year}`,
      String(year.months),
      formatWhole(year.telecomGuestNights),
      formatWhole(year.ssbGuestNights),
      ratio(year.ratio),
      formatWhole(year.gap),
      ...(withHomes ? [formatWhole(year.holidayHomes), year.gapPerHolidayHome === null ? 'n/a (needs 12 months)' : formatWhole(year.gapPerHolidayHome)] : []),
    ]),
  ];
  const coefficient = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3));
  return [
    `${unit.code} ${unit.name}${areas}: ${unit.months} months on both sides`,
    ...alignColumns(monthRows, [false, true, true, true, true]),
    '',
    ...alignColumns(yearRows, [false, true, true, true, true, true, true, true]),
    '',
    `  Correlation of the monthly series: Pearson ${coefficient(unit.pearson)}, Spearman ${coefficient(unit.spearman)}`,
    `  Winter (Dec–Apr) share: telecom ${share(unit.seasons.telecom, 'winter')}, SSB ${share(unit.seasons.ssb, 'winter')}; summer (May–Nov): telecom ${share(unit.seasons.telecom, 'summer')}, SSB ${share(unit.seasons.ssb, 'summer')}`,
  ];
}

function ratio(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(2);
}

function share(shares: SeasonShares, season: keyof SeasonShares): string {
  const value = shares[season];
  return value === null ? 'n/a' : `${formatPercent(Math.round(value * 1000) / 1000)} %`;
}
