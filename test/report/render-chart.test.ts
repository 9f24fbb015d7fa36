import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { renderChart } from '../../src/report/render-chart.js';
import { vegaLocale } from '../../src/report/vega-locale.js';

const RenderChart = suite('renderChart');

RenderChart('renders a Vega-Lite bar chart to SVG in Node, axis numbers in the locale', async () => {
  const values = [
    { month: 'a', persons: 12000 },
    { month: 'b', persons: 30000 },
  ];
  const svg = await renderChart(
    {
      data: { values },
      mark: 'bar',
      encoding: { x: { field: 'month', type: 'nominal' }, y: { field: 'persons', type: 'quantitative', axis: { values: [0, 15000, 30000] } } },
    },
    vegaLocale('nb-NO'),
  );
  assert.ok(svg.startsWith('<svg'));
  // One path per bar in the bar marks' group.
  const bars = svg.match(/<g class="mark-rect role-mark[^"]*"[^>]*>(.*?)<\/g>/s)?.[1] ?? '';
  assert.is(bars.match(/<path/g)?.length, 2);
  // 15 000 and 30 000 with Norwegian grouping on the y axis.
  assert.match(svg, />15[\u00a0\u202f]000</);
  assert.match(svg, />30[\u00a0\u202f]000</);
});

RenderChart.run();
