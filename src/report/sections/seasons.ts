import { DAY_TYPES } from '../../calendar/calendar.js';
import { escapeHtml } from '../escape-html.js';
import { htmlTable } from '../html-table.js';
import type { ReportSection } from '../report-section.js';

/**
 * The region by season and by day type, so the season peaks show at a glance: observed days,
 * persons on an average and on the busiest day of the group, guest-nights per day. From the
 * estimate's `seasons` and `dayTypes` and the peak summary's maximum per group.
 *
 * @example
 * seasonsSection(data, context); // { id: 'seasons', title: 'Seasons and day types', html: '<p>…' }
 */
export const seasonsSection: ReportSection = ({ estimate: { summary }, peak }, { labels, format }) => {
  const { region } = summary;
  const row = (name: string, figures: (typeof region.seasons)[number], max: number | null) => [
    name,
    format.whole(figures.days),
    format.figure(figures.personsPerDay, figures),
    format.figure(max, figures),
    format.figure(figures.guestNightsPerDay, figures),
  ];
  const rows = [
    ...region.seasons.map((season, index) => row(labels.seasonName(season.name), season, peak.region.seasons[index]?.max ?? null)),
    ...region.dayTypes.map((dayType, index) => row(labels.dayTypeName[DAY_TYPES[index]!], dayType, peak.region.dayTypes[index]?.max ?? null)),
  ];
  return {
    id: 'seasons',
    title: labels.seasonsTitle,
    html: [
      `<p>${escapeHtml(labels.seasonsIntro)}</p>`,
      htmlTable({
        head: [
          labels.seasonOrDayType,
          summary.fill.method !== 'none' ? labels.seed.daysObservedOrFilled : labels.seed.daysObserved,
          labels.personsPerDay,
          labels.peakPersons,
          labels.seed.guestNightsPerDay,
        ],
        rows,
        numeric: [false, true, true, true, true],
        rowHeaders: true,
        caption: labels.seasonsCaption,
      }),
    ].join('\n'),
  };
};
