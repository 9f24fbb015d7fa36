import { assumptionsSection } from './sections/assumptions.js';
import { coverageSection } from './sections/coverage.js';
import { dailyChartSection } from './sections/daily-chart.js';
import { hourlySection } from './sections/hourly.js';
import { monthlyChartSection } from './sections/monthly-chart.js';
import { seasonsSection } from './sections/seasons.js';
import { seedTableSection } from './sections/seed-table.js';
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
export const REPORT_SECTIONS: readonly ReportSection[] = [seedTableSection, sensitivitySection, hourlySection, dailyChartSection, monthlyChartSection, seasonsSection, ssbComparisonSection, assumptionsSection, coverageSection];
