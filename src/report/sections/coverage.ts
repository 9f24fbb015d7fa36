import { compareCodes } from '../../grid/count-grid.js';
import { formatDay } from '../../clock/day-number.js';
import { areaTitle } from '../area-title.js';
import { escapeHtml } from '../escape-html.js';
import { htmlTable } from '../html-table.js';
import type { ReportSection } from '../report-section.js';
import type { Figures } from '../../summary/summary.js';
import { disclosureNote } from '../disclosure-note.js';

/** Rejected rows listed in the report at most; the rejects file has them all. */
const REJECTED_SHOWN = 50;

/**
 * What the figures rest on: the span and how many of its days are complete, the incomplete
 * days as date ranges, what disclosure control withheld, the days each area was counted (and withheld), the rows read, rejected and duplicated,
 * the input files, and the first rejected rows when lenient reading skipped some.
 *
 * @example
 * coverageSection(data, context); // { id: 'coverage', title: 'Data coverage and gaps', html: '<p>…' }
 */
export const coverageSection: ReportSection = (data, context) => coverage(data, context, false);

/**
 * `coverageSection` for many areas: the days counted per area in a compact sortable table.
 *
 * @example
 * compactCoverageSection(data, context); // the areas' table has `data-sortable`
 */
export const compactCoverageSection: ReportSection = (data, context) => coverage(data, context, true);

function coverage(
  { estimate: { summary, grid, daily }, rejected, sources }: Parameters<ReportSection>[0],
  { labels, format }: Parameters<ReportSection>[1],
  compact: boolean,
) {
  const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const parts = [
    paragraph(
      labels.coverageSpan(
        format.date(summary.from),
        format.date(summary.to),
        format.whole(summary.days),
        format.whole(summary.region.days),
        format.whole(summary.incompleteDays),
      ),
    ),
  ];
  if (summary.incompleteDays > 0) {
    // The region's persons are NaN exactly on the days left out of it.
    const first = grid.areaCodes.length * grid.dayCount;
    const ranges = runsWhere(grid.dayCount, (day) => Number.isNaN(daily.persons[first + day]!)).map(([from, to]) =>
      from === to
        ? format.date(formatDay(grid.firstDay + from))
        : `${format.date(formatDay(grid.firstDay + from))} – ${format.date(formatDay(grid.firstDay + to))}`,
    );
    parts.push(`<p>${escapeHtml(labels.incompleteDays)}: ${ranges.map(escapeHtml).join('; ')}.</p>`);
  }
  const { disclosure } = summary;
  if (disclosure !== undefined) parts.push(paragraph(disclosureNote(disclosure, { labels, format })));
  const codes = Object.keys(summary.areas).sort(compareCodes);
  // With disclosure control, the days withheld apart from those without a count.
  const columnsOf = (figures: Figures): number[] => {
    const withheld = figures.withheldDays ?? 0;
    return [figures.days, summary.days - figures.days - withheld, ...(disclosure === undefined ? [] : [withheld])];
  };
  parts.push(
    htmlTable({
      head: [labels.area, labels.daysCounted, labels.daysMissing, ...(disclosure === undefined ? [] : [labels.daysWithheld])],
      rows: codes.map((code) => [areaTitle(code, summary.areas[code]!.name), ...columnsOf(summary.areas[code]!).map(format.whole)]),
      numeric: [false, true, true, ...(disclosure === undefined ? [] : [true])],
      rowHeaders: true,
      sortable: compact ? { values: codes.map((code) => [undefined, ...columnsOf(summary.areas[code]!)]) } : undefined,
    }),
  );
  const { input } = summary;
  const facts = [labels.rowsRead(format.whole(input.rows))];
  if (input.rejectedRows > 0) facts.push(labels.rowsRejected(format.whole(input.rejectedRows), rejected?.file ?? labels.notApplicable));
  if (input.blankRows > 0) facts.push(labels.rowsBlank(format.whole(input.blankRows)));
  if (input.duplicateRows > 0) facts.push(labels.rowsDuplicated(format.whole(input.duplicateRows), input.onDuplicate === 'sum'));
  if (sources !== undefined) facts.push(labels.sources(sources.counts, sources.model));
  parts.push(`<ul>${facts.map((fact) => `<li>${escapeHtml(fact)}</li>`).join('')}</ul>`);
  if (rejected !== undefined && rejected.rows.length > 0) {
    parts.push(
      `<h3>${escapeHtml(labels.rejectedTitle)}</h3>`,
      htmlTable({
        head: [labels.line, labels.field, labels.reason, labels.rowAsRead],
        rows: rejected.rows.slice(0, REJECTED_SHOWN).map((row) => [String(row.line), row.field ?? '', row.reason, row.text]),
        numeric: [true, false, false, false],
      }),
    );
    if (rejected.rows.length > REJECTED_SHOWN) parts.push(paragraph(labels.moreRejected(format.whole(rejected.rows.length - REJECTED_SHOWN))));
  }
  return { id: 'coverage', title: labels.coverageTitle, html: parts.join('\n') };
}

/** Runs of consecutive indexes in [0, length) where `test` holds, as [first, last] pairs. */
function runsWhere(length: number, test: (index: number) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let index = 0; index < length; index++) {
    if (!test(index)) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === index - 1) last[1] = index;
    else runs.push([index, index]);
  }
  return runs;
}
