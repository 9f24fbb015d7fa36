import { areaMonthsSection } from './sections/area-months.js';
import { assumptionsSection } from './sections/assumptions.js';
import { compactCoverageSection, coverageSection } from './sections/coverage.js';
import { dailyChartSection } from './sections/daily-chart.js';
import { hourlySection } from './sections/hourly.js';
import { monthlyChartSection } from './sections/monthly-chart.js';
import { rankedAreasSection } from './sections/ranked-areas.js';
import { seasonsSection } from './sections/seasons.js';
import { compactSeedTableSection, seedTableSection } from './sections/seed-table.js';
import { sensitivitySection } from './sections/sensitivity.js';
import { ssbComparisonSection } from './sections/ssb-comparison.js';
import type { ReportSection } from './report-section.js';

/**
 * The report's sections in reading order: the estimate, which assumption matters most (with
 * `--draws`), what hourly counts add (for hourly counts), day by day, month by month, seasons and
 * day types, the comparison with SSB (with `--ssb`), the assumptions, data coverage. A section whose data is absent leaves itself out.
 *
 * @example
 * await buildReport(data, { sections: [...REPORT_SECTIONS, mySection] });
 */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  seedTableSection,
  sensitivitySection,
  hourlySection,
  dailyChartSection,
  monthlyChartSection,
  seasonsSection,
  ssbComparisonSection,
  assumptionsSection,
  coverageSection,
];

/** Above this many areas a report leads with charts and its tables are compact and sortable. */
export const MANY_AREAS = 30;

/**
 * The sections of a report of many areas (a national one): charts first (the areas ranked, the
 * region's days, the areas through the year as a heat map), then the estimate with a sortable
 * table of the areas, and the rest as in `REPORT_SECTIONS`.
 *
 * @example
 * await buildReport(data, { sections: MANY_AREA_SECTIONS });
 */
export const MANY_AREA_SECTIONS: readonly ReportSection[] = [
  rankedAreasSection,
  dailyChartSection,
  areaMonthsSection,
  compactSeedTableSection,
  sensitivitySection,
  hourlySection,
  seasonsSection,
  ssbComparisonSection,
  assumptionsSection,
  compactCoverageSection,
];

/**
 * The sections for a report of `areaCount` areas: `REPORT_SECTIONS` up to `MANY_AREAS`, then
 * `MANY_AREA_SECTIONS`.
 *
 * @example
 * reportSections(6) === REPORT_SECTIONS; // true: Hallingdal
 * reportSections(357) === MANY_AREA_SECTIONS; // true: every municipality
 */
export function reportSections(areaCount: number): readonly ReportSection[] {
  return areaCount > MANY_AREAS ? MANY_AREA_SECTIONS : REPORT_SECTIONS;
}
