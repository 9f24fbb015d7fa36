import { showValue } from '../../errors.js';
import type { PeakFigures, PeakSummary } from '../../peak/peak.js';
import type { GroupPeak } from '../../peak/peaks-by-group.js';
import { alignColumns } from './align-columns.js';
import { formatWhole } from './format-whole.js';
import { formatDisclosure } from './format-disclosure.js';
import { isWithheld } from '../../disclosure/withheld-days.js';
import { WITHHELD_MARK } from '../../disclosure/suppression-status.js';

/** A figure of a row, `WITHHELD_MARK` where it is null because the row's days are all withheld. */
function figure(value: number | null, figures: PeakFigures): string {
  return value === null && isWithheld(figures) ? WITHHELD_MARK : formatWhole(value);
}

/**
 * Presence on the busiest days as a table: one line for the region and each area (peak day,
 * percentiles, peak ÷ residents, days above capacity), the region's busiest days, then the
 * maximum and the p95 by season and day type, a column each; for hourly counts, each row's
 * busiest hour. Months are in `--json` only.
 *
 * @example
 * process.stdout.write(formatPeak(peakPresence(result, { top: 10 })));
 */
export function formatPeak(summary: PeakSummary): string {
  const header = ['  area', 'name', 'days', 'peak day', 'persons', 'p50', 'p90', 'p95', 'p99', 'peak/residents', 'days > capacity'];
  const line = (code: string, figures: PeakFigures) => [
    `  ${code}`,
    figures.name,
    String(figures.days),
    figures.peak?.date ?? (isWithheld(figures) ? WITHHELD_MARK : 'n/a'),
    figure(figures.peak?.persons ?? null, figures),
    ...Object.values(figures.percentiles).map((value) => figure(value, figures)),
    figures.peakToResidents === null ? 'n/a' : figures.peakToResidents.toFixed(2),
    figures.capacity === null ? 'n/a' : `${figures.capacity.daysAbove} (> ${formatWhole(figures.capacity.value)})`,
  ];
  const rowsOf = (cells: (code: string, figures: PeakFigures) => string[]) => [
    cells('region', summary.region),
    ...Object.entries(summary.areas).map(([code, figures]) => cells(code, figures)),
  ];
  const rows = [header, ...rowsOf(line)];
  const { seasons, dayTypes } = summary.region;
  const groupHeader = ['  area', 'name', ...seasons.map((group) => group.season), ...dayTypes.map((group) => group.dayType)];
  const byGroup = (statistic: (group: GroupPeak) => number | null) =>
    alignColumns(
      [
        groupHeader,
        ...rowsOf((code, figures) => [`  ${code}`, figures.name, ...[...figures.seasons, ...figures.dayTypes].map((group) => formatWhole(statistic(group)))]),
      ],
      groupHeader.map((_, column) => column >= 2),
    );
  const hourly = summary.region.peakHour !== undefined;
  const busiestHours = hourly
    ? [
        '',
        "Busiest hour (local time; daily presence above is each day's busiest hour)",
        ...alignColumns(
          [
            ['  area', 'name', 'date', 'hour', 'UTC offset', 'persons'],
            ...rowsOf((code, figures) => [
              `  ${code}`,
              figures.name,
              figures.peakHour?.date ?? 'n/a',
              figures.peakHour?.hour ?? 'n/a',
              figures.peakHour?.utcOffset ?? 'n/a',
              formatWhole(figures.peakHour?.persons ?? null),
            ]),
          ],
          [false, false, false, false, false, true],
        ),
      ]
    : [];
  const busiest = summary.region.top.map((day, rank) => [`  ${rank + 1}.`, day.date, formatWhole(day.persons)]);
  return `${[
    `${summary.model}: persons present per day${hourly ? ' at its busiest hour' : ''} (devices × (1 + uplift), everyone), ${summary.from} to ${summary.to}`,
    '',
    ...alignColumns(rows, [false, false, true, false, true, true, true, true, true, true, true]),
    ...busiestHours,
    '',
    `Busiest days in the region (complete days only)`,
    ...alignColumns(busiest, [false, false, true]),
    '',
    'Maximum by season and day type',
    ...byGroup((group) => group.max),
    '',
    'p95 by season and day type',
    ...byGroup((group) => group.p95),
    '',
    'Percentiles interpolate between closest ranks (numpy and R type 7); --json carries full precision.',
    ...formatDisclosure(summary.disclosure),
    ...(summary.capacityAreasNotCounted === undefined
      ? []
      : [`Note: the capacities list areas the counts do not have, left unused: ${summary.capacityAreasNotCounted.map((code) => showValue(code)).join(', ')}`]),
  ].join('\n')}\n`;
}
