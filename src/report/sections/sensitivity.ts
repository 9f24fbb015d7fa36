import type { TopLevelSpec } from 'vega-lite';
import type { TornadoBar } from '../../uncertainty/tornado.js';
import { escapeHtml } from '../escape-html.js';
import { figure } from '../figure.js';
import { formatRangeValue } from '../format-range-value.js';
import { htmlTable } from '../html-table.js';
import type { ReportSection } from '../report-section.js';
import { seedLines } from '../../summary/seed-lines.js';

const WIDTH = 560;
/** A bar's height in pixels: the chart grows with the number of ranges. */
const STEP = 28;
/** Low lighter, high darker, in the report's blue. */
const COLOURS = ['#9dbbe0', '#3b6ea8'];

/**
 * Which assumption matters most (`teleguest report --draws`): the tornado, each range at its low
 * and its high with the others at their values, as bars out from the region's guest-nights per
 * year at the values (largest swing on top), then the same as a table with each range's share of
 * the variance over the draws. Left out without draws or ranges.
 *
 * @example
 * await sensitivitySection(data, context); // { id: 'sensitivity', title: 'Which assumption matters most', html: '<p>…<figure>…' }
 */
export const sensitivitySection: ReportSection = async ({ estimate: { summary } }, { labels, format, chart }) => {
  const { uncertainty } = summary;
  const point = summary.region.guestNightsPerYear;
  if (uncertainty === undefined || uncertainty.tornado.length === 0 || point === null) return undefined;
  const shares = new Map(uncertainty.varianceShares.map(({ parameter, share }) => [parameter, share]));
  const value = (number: number) => formatRangeValue(number, format);
  const svg = await chart(chartSpec(uncertainty.tornado, point, labels.low, labels.high, labels.guestNights));
  const table = htmlTable({
    head: [labels.assumption, labels.low, labels.high, labels.atLow, labels.atHigh, labels.swing, labels.varianceShare],
    rows: uncertainty.tornado.map((bar) => [
      bar.parameter,
      value(bar.low),
      value(bar.high),
      format.whole(bar.atLow),
      format.whole(bar.atHigh),
      format.whole(bar.swing),
      `${format.decimal((shares.get(bar.parameter) ?? 0) * 100, 1)} %`,
    ]),
    numeric: [false, true, true, true, true, true, true],
    rowHeaders: true,
  });
  return {
    id: 'sensitivity',
    title: labels.sensitivityTitle,
    // The figure the seed table above shows (the plan's rounded daily figure × 365), so no figure appears under two values.
    html: [
      `<p>${escapeHtml(labels.sensitivityIntro(format.whole(seedLines(summary.region).find((line) => line.kind === 'guestNightsPerYear')!.value)))}</p>`,
      figure(svg, labels.sensitivityCaption),
      table,
      `<p class="note">${escapeHtml(labels.varianceShareNote)}</p>`,
    ].join('\n'),
  };
};

/** Two bars per range from the point estimate, to its value at the low (layer `bars`), and a rule at the point estimate (layer `point`). */
function chartSpec(tornado: TornadoBar[], point: number, low: string, high: string, title: string): TopLevelSpec {
  const bars = tornado.flatMap((bar) => [
    { parameter: bar.parameter, end: low, from: point, to: bar.atLow },
    { parameter: bar.parameter, end: high, from: point, to: bar.atHigh },
  ]);
  const y = { field: 'parameter', type: 'nominal', sort: tornado.map((bar) => bar.parameter), title: null, axis: { labelLimit: 320 } } as const;
  return {
    width: WIDTH,
    height: STEP * tornado.length,
    config: { aria: false, font: 'system-ui, sans-serif' },
    layer: [
      {
        name: 'bars',
        data: { values: bars },
        mark: { type: 'bar' },
        encoding: {
          y,
          x: { field: 'from', type: 'quantitative', scale: { zero: false }, title },
          x2: { field: 'to' },
          color: { field: 'end', type: 'nominal', title: null, sort: [low, high], scale: { domain: [low, high], range: COLOURS }, legend: { orient: 'top' } },
        },
      },
      { name: 'point', data: { values: [{ point }] }, mark: { type: 'rule', strokeDash: [4, 3] }, encoding: { x: { field: 'point', type: 'quantitative' } } },
    ],
  };
}
