import type { Locale } from 'vega';
import type { TopLevelSpec } from 'vega-lite';

/**
 * A Vega-Lite specification rendered to an SVG string in Node: compiled with vega-lite, run by
 * a headless Vega view (`renderer: 'none'`, so no canvas is needed; text widths are estimated).
 * Vega and Vega-Lite are imported here, on first use, so no other command pays their ~200 ms.
 * The data must be inline: nothing is fetched.
 *
 * @example
 * const svg = await renderChart({ data: { values: [{ x: 1, y: 2 }] }, mark: 'point',
 *   encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } } }, vegaLocale('nb-NO'));
 * svg.startsWith('<svg'); // true
 */
export async function renderChart(spec: TopLevelSpec, locale: Locale): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const { spec: compiled } = vegaLite.compile({ ...spec, config: { ...spec.config, locale } } as TopLevelSpec);
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
