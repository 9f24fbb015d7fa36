import { compareCodes } from '../../grid/count-grid.js';
import { areaTitle } from '../area-title.js';
import { escapeHtml } from '../escape-html.js';
import { figure } from '../figure.js';
import { htmlTable } from '../html-table.js';
import type { ReportSection } from '../report-section.js';

/** Small multiples: this many areas side by side, each panel this big. */
const COLUMNS = 3;
const PANEL_WIDTH = 250;
const PANEL_HEIGHT = 120;

/**
 * Month by month: bars of persons present per day (the month's mean) for every area, one small
 * chart per area with its own scale so each area's season shows, then the region's months as a
 * table (complete days, persons per day, guest-nights, the busiest day's persons).
 *
 * @example
 * await monthlyChartSection(data, context); // { id: 'months', title: 'Month by month', html: '<p>…<figure>…' }
 */
export const monthlyChartSection: ReportSection = async ({ estimate: { summary }, peak }, { labels, format, chart }) => {
  const codes = Object.keys(summary.areas).sort(compareCodes);
  const titles = codes.map((code) => areaTitle(code, summary.areas[code]!.name));
  const values = codes.flatMap((code, index) =>
    summary.areas[code]!.months.map((month) => ({ area: titles[index]!, month: `${month.month}-01`, persons: month.personsPerDay })),
  );
  const svg = await chart({
    config: { aria: false, font: 'system-ui, sans-serif' },
    data: { values },
    columns: COLUMNS,
    facet: { field: 'area', type: 'nominal', title: null, sort: titles, header: { labelFontSize: 13, labelFontWeight: 'bold' } },
    // Each area its own y scale (its season, not its size); an x axis under every panel.
    resolve: { scale: { y: 'independent', x: 'independent' } },
    spec: {
      width: PANEL_WIDTH,
      height: PANEL_HEIGHT,
      mark: { type: 'bar', color: '#3b6ea8' },
      encoding: {
        x: {
          field: 'month',
          type: 'temporal',
          timeUnit: 'utcyearmonth',
          title: null,
          axis: { format: '%b %Y', labelAngle: 0, tickCount: 3, labelOverlap: true },
        },
        y: { field: 'persons', type: 'quantitative', title: labels.persons, axis: { tickCount: 4 } },
      },
    },
  });

  const busiest = new Map(peak.region.months.map((month) => [month.month, month.max]));
  const table = htmlTable({
    caption: labels.monthsRegionTitle,
    head: [labels.month, labels.completeDays, labels.personsPerDay, labels.guestNights, labels.busiestDay],
    rows: summary.region.months.map((month) => [
      format.month(month.month),
      format.whole(month.days),
      format.figure(month.personsPerDay, month),
      format.figure(month.guestNights, month),
      format.whole(busiest.get(month.month) ?? null),
    ]),
    numeric: [false, true, true, true, true],
    rowHeaders: true,
  });
  return {
    id: 'months',
    title: labels.monthsTitle,
    html: [`<p>${escapeHtml(labels.monthsIntro)}</p>`, figure(svg, labels.monthsCaption), table].join('\n'),
  };
};
