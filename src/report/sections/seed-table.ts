import { upliftPercent } from '../../model/model.js';
import { compareCodes } from '../../grid/count-grid.js';
import { seedLineInterval, seedLineLabel, seedLines, type SeedLine } from '../../summary/seed-lines.js';
import type { Figures } from '../../summary/summary.js';
import { quantileKey } from '../../uncertainty/quantile-key.js';
import { areaTitle } from '../area-title.js';
import { escapeHtml } from '../escape-html.js';
import { htmlTable } from '../html-table.js';
import type { ReportSection } from '../report-section.js';
import { disclosureNote } from '../disclosure-note.js';
import { hasWithheld } from '../../disclosure/withheld-days.js';
import { dailyCountsBound } from '../../summary/daily-counts-bound.js';

/**
 * The estimate as the Hallingdal plan's table (the lines `teleguest estimate` prints, with the
 * persons present as a subtotal after the uplift): the region as label and value (and with
 * draws, each line's interval), the areas one
 * per row (columns no area has a value for are left out, with a note saying why), and the
 * region by calendar year. With disclosure control, a figure whose days are all withheld shows
 * `WITHHELD_MARK`, and a note says what was withheld and why.
 *
 * @example
 * await seedTableSection(data, context); // { id: 'estimate', title: 'The estimate', html: '<p>…' }
 */
export const seedTableSection: ReportSection = (data, context) => seedTable(data, context, false);

/**
 * `seedTableSection` for many areas: the areas' table compact and sortable by any column.
 *
 * @example
 * await compactSeedTableSection(data, context); // the areas' table has `data-sortable`
 */
export const compactSeedTableSection: ReportSection = (data, context) => seedTable(data, context, true);

function seedTable({ estimate: { summary } }: Parameters<ReportSection>[0], { labels, format }: Parameters<ReportSection>[1], compact: boolean) {
  const percent = upliftPercent(summary.model.uplift, format.percent);
  const label = (line: SeedLine | 'persons') => (line === 'persons' ? labels.seed.personsPerDay : seedLineLabel(line, labels.seed, percent));
  // The persons-present subtotal goes right after the uplift line.
  const linesOf = (figures: Figures): Array<[SeedLine | 'persons', number | null]> =>
    seedLines(figures, { filled: summary.fill.method !== 'none', withheld: hasWithheld(summary) }).flatMap(
      (line): Array<[SeedLine | 'persons', number | null]> =>
        line.kind === 'uplift'
          ? [
              [line, line.value],
              ['persons', figures.personsPerDay],
            ]
          : [[line, line.value]],
    );

  const bound = dailyCountsBound(summary);
  const warning = bound === undefined ? '' : `<p class="warning">${escapeHtml(labels.dailyCountsWarning(bound))}</p>`;
  const regionLines = linesOf(summary.region);
  // With draws: each line's interval in two more columns (the first and last quantile drawn).
  const { uncertainty } = summary;
  const keys = uncertainty === undefined ? [] : uncertainty.probabilities.map(quantileKey);
  const ends = keys.length === 0 ? [] : [keys[0]!, keys[keys.length - 1]!];
  const intervalOf = (line: SeedLine | 'persons') => {
    const interval = uncertainty === undefined || line === 'persons' ? null : seedLineInterval(line, uncertainty.region);
    return ends.map((_, end) => (interval === null ? '' : format.whole(interval[end]!)));
  };
  const region = htmlTable({
    head: [labels.region, summary.model.name, ...ends],
    rows: regionLines.map(([line, value]) => [label(line), format.figure(value, summary.region), ...intervalOf(line)]),
    numeric: [false, true, ...ends.map(() => true)],
    rowHeaders: true,
  });
  const intervalNote =
    uncertainty === undefined
      ? ''
      : `<p class="note">${escapeHtml(labels.intervalNote(format.whole(uncertainty.draws), format.whole(uncertainty.parameters.length), String(uncertainty.seed), ends[0]!, ends[1]!))}</p>`;

  const codes = Object.keys(summary.areas).sort(compareCodes);
  const areaLines = codes.map((code) => linesOf(summary.areas[code]!));
  // A column no area has a value for (a region-wide deduction, and then guest-nights) is left out.
  const kept = regionLines.map((_, column) => column).filter((column) => areaLines.some((lines) => lines[column]![1] !== null));
  const areas = htmlTable({
    head: [labels.area, ...kept.map((column) => label(regionLines[column]![0]))],
    rows: codes.map((code, row) => [
      areaTitle(code, summary.areas[code]!.name),
      ...kept.map((column) => format.figure(areaLines[row]![column]![1], summary.areas[code]!)),
    ]),
    numeric: [false, ...kept.map(() => true)],
    rowHeaders: true,
    sortable: compact ? { values: codes.map((_, row) => [undefined, ...kept.map((column) => areaLines[row]![column]![1])]) } : undefined,
  });
  const note = kept.length < regionLines.length ? `<p class="note">${escapeHtml(labels.regionWideDeductions)}</p>` : '';
  const disclosure = hasWithheld(summary) ? disclosureNote(summary.disclosure, { labels, format }) : '';

  const years = htmlTable({
    head: [labels.year, summary.fill.method !== 'none' ? labels.seed.daysObservedOrFilled : labels.seed.daysObserved, labels.guestNights, labels.extrapolated],
    rows: summary.region.years.map((year) => [
      String(year.year),
      labels.daysOfYear(format.whole(year.days), format.whole(year.daysInYear)),
      format.figure(year.guestNights, year),
      format.figure(year.guestNightsExtrapolated, year),
    ]),
    numeric: [false, true, true, true],
    rowHeaders: true,
  });

  return {
    id: 'estimate',
    title: labels.seedTitle,
    html: [
      `<p>${escapeHtml(labels.seedIntro)}</p>`,
      warning,
      region,
      intervalNote,
      `<p class="note">${escapeHtml(labels.roundingRule)}</p>`,
      `<h3>${escapeHtml(labels.areasTitle)}</h3>`,
      ...(compact ? [`<p class="note">${escapeHtml(labels.sortHint)}</p>`] : []),
      areas,
      note,
      disclosure === '' ? '' : `<p class="note">${escapeHtml(disclosure)}</p>`,
      `<h3>${escapeHtml(labels.yearsTitle)}</h3>`,
      years,
    ].join('\n'),
  };
}
