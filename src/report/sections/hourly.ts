import { compareCodes } from '../../grid/count-grid.js';
import type { HourValue } from '../../peak/peak.js';
import { areaTitle } from '../area-title.js';
import { escapeHtml } from '../escape-html.js';
import { htmlTable } from '../html-table.js';
import type { ReportSection } from '../report-section.js';

/**
 * From hourly counts: which method made the guest-nights (night presence or the busiest hour)
 * and its night window, the deductions it did not apply, and per area and for the region the
 * busiest hour of the span, persons at the day's busiest hour and at night (means per day), and
 * day visitors, the difference, kept apart from guest-nights. Left out for daily counts.
 *
 * @example
 * await hourlySection({ estimate: await estimateHourly(counts, model, { daily: true }), peak }, context);
 * // { id: 'hourly', title: 'From hourly counts', html: '<p>Guest-nights are the persons present at night …' }
 */
export const hourlySection: ReportSection = ({ estimate: { summary }, peak }, { labels, format }) => {
  const { hourly } = summary;
  if (hourly === undefined) return undefined;
  const busiest = (value: HourValue | null | undefined) => (value == null ? '' : `${format.date(value.date)} ${value.hour} (UTC${value.utcOffset})`);
  const codes = Object.keys(hourly.areas).sort(compareCodes);
  const rows = [
    { title: summary.model.name, figures: hourly.region, peakHour: peak.region.peakHour },
    ...codes.map((code) => ({ title: areaTitle(code, summary.areas[code]?.name ?? ''), figures: hourly.areas[code]!, peakHour: peak.areas[code]?.peakHour })),
  ];
  const table = htmlTable({
    head: [labels.area, labels.busiestHour, labels.personsAtBusiestHour, labels.personsAtNight, labels.dayVisitors],
    rows: rows.map(({ title, figures, peakHour }) => [
      title,
      busiest(peakHour),
      format.whole(figures.busiestHourPersonsPerDay),
      format.whole(figures.nightPersonsPerDay),
      format.whole(figures.dayVisitorsPerDay),
    ]),
    numeric: [false, false, true, true, true],
    rowHeaders: true,
  });
  const notApplied = hourly.deductionsNotApplied.map((name) => labels.seed.deductionName(name));
  return {
    id: 'hourly',
    title: labels.hourlyTitle,
    html: [
      `<p>${escapeHtml(labels.hourlyMethod(hourly.method, hourly.nightWindow.from, hourly.nightWindow.to))}</p>`,
      notApplied.length === 0 ? '' : `<p>${escapeHtml(labels.hourlyNotApplied(notApplied.join(', ')))}</p>`,
      table,
      `<p class="note">${escapeHtml(labels.hourlyNote)}</p>`,
    ].join('\n'),
  };
};
