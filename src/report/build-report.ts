import { LABELS } from './labels/labels.js';
import type { Language } from './labels/language.js';
import { localeFormat } from './locale-format.js';
import { renderChart } from './render-chart.js';
import type { ReportData } from './report-data.js';
import { reportPage } from './report-page.js';
import type { ReportContext, ReportSection, SectionHtml } from './report-section.js';
import { reportSections } from './report-sections.js';
import { vegaLocale } from './vega-locale.js';

/** How to build a report. */
export interface ReportOptions {
  /** `nb` (default), `nn` or `en`: the words, and how numbers and dates are written. */
  language?: Language;
  /** The sections in order (default `reportSections` of the areas: `REPORT_SECTIONS`, or `MANY_AREA_SECTIONS` above 30); each leaves itself out when its data is absent. */
  sections?: readonly ReportSection[];
}

/**
 * The estimate as one self-contained HTML page a person can read: the plan's table, charts
 * rendered to inline SVG (Vega-Lite, in Node), the assumptions and the data's coverage, in
 * bokmål, nynorsk or English; with more than 30 areas, charts first and compact sortable tables
 * (the page's one script, allowed by its hash). Nothing in the page loads anything: it opens
 * from disk, offline.
 *
 * @example
 * const result = await estimate(counts, model, { daily: true });
 * const html = await buildReport({ estimate: result, peak: peakPresence(result) }, { language: 'nn' });
 * await writeFile('report.html', html);
 */
export async function buildReport(data: ReportData, options: ReportOptions = {}): Promise<string> {
  const labels = LABELS[options.language ?? 'nb'];
  const format = localeFormat(labels);
  const locale = vegaLocale(labels.locale);
  const context: ReportContext = { labels, format, chart: (spec) => renderChart(spec, locale) };
  const sections: SectionHtml[] = [];
  // One at a time: rendering is CPU-bound, and the order is the reading order.
  for (const section of options.sections ?? reportSections(Object.keys(data.estimate.summary.areas).length)) {
    const html = await section(data, context);
    if (html !== undefined) sections.push(html);
  }
  const { summary } = data.estimate;
  return reportPage(
    labels,
    labels.title(summary.model.name),
    labels.period(format.date(summary.from), format.date(summary.to), format.whole(summary.days)),
    sections,
  );
}
