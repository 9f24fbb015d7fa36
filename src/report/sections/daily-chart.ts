import { formatDay } from '../../clock/day-number.js';
import { escapeHtml } from '../escape-html.js';
import { figure } from '../figure.js';
import type { ReportSection } from '../report-section.js';

/** The chart's width and height in pixels; the page scales the SVG down on narrow screens. */
const WIDTH = 860;
const HEIGHT = 300;

/**
 * Persons present and guest-nights per day for the region, complete days only (an incomplete day
 * breaks the lines), with the peak day of persons present marked by a rule and a label (the
 * layer named `peak`), and a sentence on the peak and the median and p95 days. Left out when
 * the region has no complete day.
 *
 * @example
 * await dailyChartSection(data, context); // { id: 'daily', title: 'Day by day', html: '<p>…<figure>…' }
 */
export const dailyChartSection: ReportSection = async ({ estimate, peak }, { labels, format, chart }) => {
  const { grid, daily } = estimate;
  const regionPeak = peak.region.peak;
  if (regionPeak === null) return undefined;
  const first = grid.areaCodes.length * grid.dayCount;
  const values: Array<{ date: string; series: string; value: number | null }> = [];
  for (let day = 0; day < grid.dayCount; day++) {
    const date = formatDay(grid.firstDay + day);
    const persons = daily.persons[first + day]!;
    const guestNights = daily.guestNights[first + day]!;
    values.push({ date, series: labels.personsPresent, value: Number.isNaN(persons) ? null : persons });
    values.push({ date, series: labels.guestNights, value: Number.isNaN(guestNights) ? null : guestNights });
  }
  // Dates are calendar days: a UTC scale keeps them on their day in any time zone.
  const x = { field: 'date', type: 'temporal', scale: { type: 'utc' }, title: labels.date } as const;
  // The label goes on the side of the rule with more room.
  const leftHalf = regionPeak.date < formatDay(grid.firstDay + Math.floor(grid.dayCount / 2));
  const svg = await chart({
    width: WIDTH,
    height: HEIGHT,
    config: { aria: false, font: 'system-ui, sans-serif' },
    data: { values },
    layer: [
      {
        mark: { type: 'line', strokeWidth: 1.2 },
        encoding: {
          x: { ...x, axis: { format: '%b %Y', labelOverlap: true } },
          y: { field: 'value', type: 'quantitative', title: labels.persons },
          color: { field: 'series', type: 'nominal', title: null, sort: [labels.personsPresent, labels.guestNights], legend: { orient: 'top' } },
        },
      },
      {
        name: 'peak',
        data: {
          values: [
            { date: regionPeak.date, persons: regionPeak.persons, label: labels.peakMark(format.date(regionPeak.date), format.whole(regionPeak.persons)) },
          ],
        },
        layer: [
          { mark: { type: 'rule', strokeDash: [4, 3], color: '#333' }, encoding: { x } },
          { mark: { type: 'point', filled: true, color: '#333', size: 50 }, encoding: { x, y: { field: 'persons', type: 'quantitative' } } },
          {
            mark: { type: 'text', align: leftHalf ? 'left' : 'right', dx: leftHalf ? 8 : -8, dy: -2, fontWeight: 'bold', fontSize: 12 },
            encoding: { x, y: { field: 'persons', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
          },
        ],
      },
    ],
  });
  const { p50, p95 } = peak.region.percentiles;
  const sentence = labels.peakSentence(
    format.weekdayDate(regionPeak.date),
    format.whole(regionPeak.persons),
    format.whole(p50 ?? null),
    format.whole(p95 ?? null),
  );
  return {
    id: 'daily',
    title: labels.dailyTitle,
    html: [`<p>${escapeHtml(labels.dailyIntro)}</p>`, figure(svg, labels.dailyCaption), `<p>${escapeHtml(sentence)}</p>`].join('\n'),
  };
};
