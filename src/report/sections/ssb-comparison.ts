import type { TopLevelSpec } from 'vega-lite';
import type { Comparison, ComparisonMonth, ComparisonUnit } from '../../ssb/compare-with-ssb.js';
import { areaTitle } from '../area-title.js';
import { escapeHtml } from '../escape-html.js';
import { figure } from '../figure.js';
import { htmlTable } from '../html-table.js';
import type { ReportContext, ReportSection } from '../report-section.js';

/** The chart's width and height in pixels; the page scales the SVG down on narrow screens. */
const WIDTH = 860;
const HEIGHT = 280;
/** Telecom in the report's blue (as the monthly bars), SSB in a contrasting ochre. */
const COLOURS = ['#3b6ea8', '#d08c2e'];

/**
 * Telecom against SSB (`teleguest report --ssb`): for each area or SSB region compared, bars of
 * both sides' guest-nights per month with telecom ÷ SSB written above each month, a table of
 * the months (both figures, ratio, gap), the correlations and winter shares, the years (with
 * the gap per holiday home when `--cabins` gave holiday homes), then why the two differ.
 * Left out when the report has no comparison.
 *
 * @example
 * await ssbComparisonSection({ ...data, comparison: compareWithSsb(summary, ssb, { regions }) }, context);
 * // { id: 'ssb', title: 'Compared with SSB', html: '<p>…<h3>33102 Hallingdal …</h3><figure>…' }
 */
export const ssbComparisonSection: ReportSection = async ({ comparison }, context) => {
  if (comparison === undefined) return undefined;
  const { labels, format } = context;
  const units: string[] = [];
  for (const unit of comparison.units) units.push(await unitHtml(comparison, unit, context));
  const why = [labels.ssbWhy, labels.ssbWhyGap, labels.ssbWhyCorrelation].map((text) => `<p>${escapeHtml(text)}</p>`);
  return {
    id: 'ssb',
    title: labels.ssbTitle,
    html: [
      `<p>${escapeHtml(labels.ssbIntro(comparison.ssb.label, comparison.ssb.file))}</p>`,
      ...units,
      `<h3>${escapeHtml(labels.ssbWhyTitle)}</h3>`,
      ...why,
      comparison.holidayHomes === null ? '' : `<p class="note">${escapeHtml(labels.ssbSurvey(format.whole(comparison.survey.guestNightsPerHolidayHome)))}</p>`,
    ].join('\n'),
  };
};

async function unitHtml(comparison: Comparison, unit: ComparisonUnit, { labels, format, chart }: ReportContext): Promise<string> {
  const heading = `<h3>${escapeHtml(labels.ssbUnit(areaTitle(unit.code, unit.name), unit.areas.join(', ')))}</h3>`;
  if (unit.months === 0) return `${heading}\n<p>${escapeHtml(labels.ssbNoPairs)}</p>`;
  const months = comparison.months.filter((month) => month.unit === unit.code);
  const svg = await chart(chartSpec(months, labels.telecom, labels.ssb, labels.guestNights, (ratio) => `${format.decimal(ratio, 1)}×`));
  const monthTable = htmlTable({
    head: [labels.month, labels.telecom, labels.ssb, labels.ratio, labels.gap],
    rows: months.map((month) => [
      format.month(month.month),
      format.whole(month.telecomGuestNights),
      format.whole(month.ssbGuestNights),
      format.decimal(month.ratio, 2),
      format.whole(month.gap),
    ]),
    numeric: [false, true, true, true, true],
    rowHeaders: true,
    caption: labels.ssbMonthsCaption,
  });
  const withHomes = comparison.holidayHomes !== null;
  const yearTable = htmlTable({
    head: [
      labels.year,
      labels.monthsCompared,
      labels.telecom,
      labels.ssb,
      labels.ratio,
      labels.gap,
      ...(withHomes ? [labels.holidayHomes, labels.gapPerHolidayHome] : []),
    ],
    rows: unit.years.map((year) => [
      String(year.year),
      format.whole(year.months),
      format.whole(year.telecomGuestNights),
      format.whole(year.ssbGuestNights),
      format.decimal(year.ratio, 2),
      format.whole(year.gap),
      ...(withHomes ? [format.whole(year.holidayHomes), format.whole(year.gapPerHolidayHome)] : []),
    ]),
    numeric: [false, true, true, true, true, true, true, true],
    rowHeaders: true,
    caption: labels.ssbYearsCaption,
  });
  const { telecom, ssb } = unit.seasons;
  const sentences = [labels.ssbCorrelation(format.decimal(unit.pearson, 3), format.decimal(unit.spearman, 3), format.whole(unit.months))];
  if (telecom.winter !== null && ssb.winter !== null)
    sentences.push(labels.ssbWinterShares(format.decimal(telecom.winter * 100, 1), format.decimal(ssb.winter * 100, 1)));
  return [
    heading,
    figure(svg, labels.ssbCaption),
    `<p>${escapeHtml(sentences.join(' '))}</p>`,
    monthTable,
    `<p class="note">${escapeHtml(labels.ssbMissing)}</p>`,
    yearTable,
  ].join('\n');
}

/**
 * Grouped bars, telecom and SSB side by side in each month (a side without a figure has no bar),
 * and the ratio as a text mark (layer `ratio`) above the taller bar of the months both have.
 */
function chartSpec(months: ComparisonMonth[], telecom: string, ssb: string, title: string, ratioLabel: (ratio: number) => string): TopLevelSpec {
  const bars: Array<{ month: string; side: string; guestNights: number }> = [];
  const ratios: Array<{ month: string; top: number; label: string }> = [];
  for (const row of months) {
    const month = `${row.month}-01`;
    if (row.telecomGuestNights !== null) bars.push({ month, side: telecom, guestNights: row.telecomGuestNights });
    if (row.ssbGuestNights !== null) bars.push({ month, side: ssb, guestNights: row.ssbGuestNights });
    if (row.ratio !== null) ratios.push({ month, top: Math.max(row.telecomGuestNights!, row.ssbGuestNights!), label: ratioLabel(row.ratio) });
  }
  // Months are calendar months: UTC keeps each on its own month in any time zone.
  const x = {
    field: 'month',
    type: 'ordinal',
    timeUnit: 'utcyearmonth',
    title: null,
    axis: { format: '%b %Y', labelAngle: -45, labelAlign: 'right' },
  } as const;
  return {
    width: WIDTH,
    height: HEIGHT,
    config: { aria: false, font: 'system-ui, sans-serif' },
    layer: [
      {
        name: 'bars',
        data: { values: bars },
        mark: { type: 'bar' },
        encoding: {
          x,
          xOffset: { field: 'side', type: 'nominal', sort: [telecom, ssb] },
          y: { field: 'guestNights', type: 'quantitative', title },
          color: {
            field: 'side',
            type: 'nominal',
            title: null,
            sort: [telecom, ssb],
            scale: { domain: [telecom, ssb], range: COLOURS },
            legend: { orient: 'top' },
          },
        },
      },
      {
        name: 'ratio',
        data: { values: ratios },
        mark: { type: 'text', dy: -6, fontSize: 10 },
        encoding: { x, y: { field: 'top', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
      },
    ],
  };
}
