import { compareCodes } from '../../grid/count-grid.js';
import type { HourlySummary } from '../../hourly/estimate-hourly.js';
import { alignColumns } from './align-columns.js';
import { formatWhole } from './format-whole.js';

/**
 * The lines `teleguest estimate` adds for hourly counts: which method made the guest-nights,
 * and persons at the busiest hour, at night and day visitors (the difference), per day on
 * average, for the region and every area; day visitors are reported apart, not as guest-nights.
 *
 * @example
 * formatHourly(summary.hourly)[0]; // 'Method: night presence (hourly counts): …'
 */
export function formatHourly(hourly: HourlySummary, areaNames: Record<string, string>): string[] {
  const window = `${hourly.nightWindow.from}–${hourly.nightWindow.to}`;
  const method =
    hourly.method === 'visitor-night-presence'
      ? `Method: visitor night presence (hourly counts split by home): visitor devices present ${window} (mean of its hours) × persons per device, no deduction`
      : hourly.method === 'night-presence'
        ? `Method: night presence (hourly counts): persons present ${window} (mean of its hours) − residents present at night`
        : hourly.method === 'night-presence-baseline'
          ? `Method: night presence − baseline (hourly counts): persons present ${window} (mean of its hours) − ${Math.round(hourly.baseline!.share * 100)} % of those present on the quietest month's weeknights`
          : `Method: busiest hour (hourly counts): each day's busiest hour as the day's devices, every deduction applied as for daily counts`;
  const skipped = hourly.deductionsNotApplied.length > 0 ? [`  not applied at night (daytime presence): ${hourly.deductionsNotApplied.join(', ')}`] : [];
  const quietest =
    hourly.baseline === undefined
      ? []
      : [
          `  the quietest weeknights: ${Object.entries(hourly.baseline.areas)
            .sort(([a], [b]) => compareCodes(a, b))
            .map(([code, area]) => `${code} ${area.month}`)
            .join(', ')}`,
        ];
  const codes = Object.keys(hourly.areas).sort(compareCodes);
  const rows = [
    ['  area', 'name', 'days', 'busiest hour', `night ${window}`, 'day visitors'],
    ...[['region', hourly.region, areaNames.region ?? ''] as const, ...codes.map((code) => [code, hourly.areas[code]!, areaNames[code] ?? ''] as const)].map(
      ([code, figures, name]) => [
        `  ${code}`,
        name,
        String(figures.days),
        formatWhole(figures.busiestHourPersonsPerDay),
        formatWhole(figures.nightPersonsPerDay),
        formatWhole(figures.dayVisitorsPerDay),
      ],
    ),
  ];
  return [
    method,
    ...skipped,
    ...quietest,
    '',
    'Persons present by hour, average per day (day visitors = busiest hour − night, not guest-nights)',
    ...alignColumns(rows, [false, false, true, true, true, true]),
  ];
}
