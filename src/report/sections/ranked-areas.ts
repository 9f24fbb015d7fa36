import { areaTitle } from '../area-title.js';
import { rankAreas } from '../area-ranking.js';
import { escapeHtml } from '../escape-html.js';
import { figure } from '../figure.js';
import type { ReportSection } from '../report-section.js';

/** Bars shown: enough to read the top, few enough to keep the chart short; the table has every area. */
const SHOWN = 40;
const WIDTH = 620;
const BAR_STEP = 15;

/**
 * The areas ranked (for a report of many areas): horizontal bars of the areas with the most
 * guest-nights per year (persons present per day when areas have no guest-nights), the first 40.
 * Left out when no area has the figure.
 *
 * @example
 * await rankedAreasSection(data, context); // { id: 'ranked', title: 'Areas ranked', html: '<p>…<figure>…' }
 */
export const rankedAreasSection: ReportSection = async ({ estimate: { summary } }, { labels, format, chart }) => {
  const { codes, measure, value } = rankAreas(summary);
  const shown = codes.filter((code) => value(code) !== null).slice(0, SHOWN);
  if (shown.length === 0) return undefined;
  const titles = shown.map((code) => areaTitle(code, summary.areas[code]!.name));
  const svg = await chart({
    width: WIDTH,
    height: { step: BAR_STEP },
    config: { aria: false, font: 'system-ui, sans-serif' },
    data: { values: shown.map((code, index) => ({ area: titles[index]!, value: value(code) })) },
    mark: { type: 'bar', color: '#3b6ea8' },
    encoding: {
      y: { field: 'area', type: 'nominal', sort: titles, title: null },
      x: {
        field: 'value',
        type: 'quantitative',
        title: measure === 'guestNightsPerYear' ? labels.seed.guestNightsPerYear : labels.personsPerDay,
        axis: { orient: 'top' },
      },
    },
  });
  return {
    id: 'ranked',
    title: labels.rankedTitle,
    html: [`<p>${escapeHtml(labels.rankedIntro(format.whole(shown.length), format.whole(codes.length)))}</p>`, figure(svg, labels.rankedCaption)].join('\n'),
  };
};
