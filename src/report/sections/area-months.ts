import { areaTitle } from '../area-title.js';
import { rankAreas } from '../area-ranking.js';
import { escapeHtml } from '../escape-html.js';
import { figure } from '../figure.js';
import { htmlTable } from '../html-table.js';
import type { ReportSection } from '../report-section.js';

const CELL_WIDTH = 38;
const ROW_STEP = 9;

/**
 * The areas through the year (for a report of many areas): a heat map of areas × calendar
 * months, each cell the area's persons present per day in that month averaged over the years
 * (weighted by observed days) as a share of its busiest calendar month, areas in the ranking's
 * order; then the region's months as a compact sortable table. Twelve cells an area keep the
 * page small where a panel per area would not (357 areas × 120 months is 7 MB of SVG).
 *
 * @example
 * await areaMonthsSection(data, context); // { id: 'months', title: 'Areas through the year', html: '<p>…<figure>…' }
 */
export const areaMonthsSection: ReportSection = async ({ estimate: { summary }, peak }, { labels, format, chart }) => {
  const { codes } = rankAreas(summary);
  const monthName = new Intl.DateTimeFormat(labels.locale, { month: 'short', timeZone: 'UTC' });
  const names = Array.from({ length: 12 }, (_, month) => monthName.format(Date.UTC(2024, month, 1)));
  const values = codes.flatMap((code) => {
    const { name, months } = summary.areas[code]!;
    const persons = new Float64Array(12);
    const days = new Float64Array(12);
    for (const month of months) {
      if (month.days === 0 || month.personsPerDay === null) continue;
      const calendarMonth = Number(month.month.slice(5, 7)) - 1;
      persons[calendarMonth]! += month.personsPerDay * month.days;
      days[calendarMonth]! += month.days;
    }
    const means = Array.from(persons, (sum, month) => (days[month]! > 0 ? sum / days[month]! : null));
    const busiest = Math.max(...means.map((mean) => mean ?? -Infinity));
    const area = areaTitle(code, name);
    return means.flatMap((mean, month) => (mean === null || !(busiest > 0) ? [] : [{ area, month: names[month]!, share: mean / busiest }]));
  });
  const parts = [`<p>${escapeHtml(labels.heatmapIntro)}</p>`];
  if (values.length > 0) {
    const svg = await chart({
      width: 12 * CELL_WIDTH,
      height: { step: ROW_STEP },
      config: { aria: false, font: 'system-ui, sans-serif', axis: { labelFontSize: 8, ticks: false, domain: false } },
      data: { values },
      mark: { type: 'rect' },
      encoding: {
        x: { field: 'month', type: 'ordinal', sort: names, title: null, axis: { orient: 'top', labelAngle: 0, labelFontSize: 11 } },
        y: { field: 'area', type: 'nominal', sort: codes.map((code) => areaTitle(code, summary.areas[code]!.name)), title: null },
        color: {
          field: 'share',
          type: 'quantitative',
          scale: { scheme: 'blues', domain: [0, 1] },
          title: labels.shareOfBusiestMonth,
          legend: { orient: 'top', format: '.0%' },
        },
      },
    });
    parts.push(figure(svg, labels.heatmapCaption));
  }
  const busiest = new Map(peak.region.months.map((month) => [month.month, month.max]));
  const months = summary.region.months;
  parts.push(
    `<h3>${escapeHtml(labels.monthsRegionTitle)}</h3>`,
    `<p class="note">${escapeHtml(labels.sortHint)}</p>`,
    htmlTable({
      head: [labels.month, labels.completeDays, labels.personsPerDay, labels.guestNights, labels.busiestDay],
      rows: months.map((month) => [
        format.month(month.month),
        format.whole(month.days),
        format.figure(month.personsPerDay, month),
        format.figure(month.guestNights, month),
        format.whole(busiest.get(month.month) ?? null),
      ]),
      numeric: [false, true, true, true, true],
      rowHeaders: true,
      sortable: { values: months.map((month, index) => [index, month.days, month.personsPerDay, month.guestNights, busiest.get(month.month) ?? null]) },
    }),
  );
  return { id: 'months', title: labels.heatmapTitle, html: parts.join('\n') };
};
