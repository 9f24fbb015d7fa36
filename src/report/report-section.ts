import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from './labels/labels.js';
import type { LocaleFormat } from './locale-format.js';
import type { ReportData } from './report-data.js';

/** What a section gets besides the data: its language's words and formats, and a chart renderer. */
export interface ReportContext {
  labels: Labels;
  format: LocaleFormat;
  /** A Vega-Lite specification as inline SVG, in the report's locale. */
  chart: (spec: TopLevelSpec) => Promise<string>;
}

/** A rendered section: its anchor, its heading (text) and its body (HTML). */
export interface SectionHtml {
  id: string;
  title: string;
  html: string;
}

/**
 * One section of the report: a function of the data that returns nothing when the data it
 * needs is absent, so optional results make their sections appear and disappear by themselves.
 *
 * @example
 * const assumptions: ReportSection = (data, { labels }) =>
 *   ({ id: 'assumptions', title: labels.assumptionsTitle, html: '<ul>…</ul>' });
 */
export type ReportSection = (data: ReportData, context: ReportContext) => SectionHtml | undefined | Promise<SectionHtml | undefined>;
