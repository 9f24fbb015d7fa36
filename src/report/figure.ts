import { escapeHtml } from './escape-html.js';

/**
 * A chart as a figure: the inline SVG, described for screen readers by its caption (Vega's
 * own mark descriptions are switched off: they are English whatever the report's language).
 *
 * @example
 * figure(svg, 'Persons present and guest-nights per day');
 */
export function figure(svg: string, caption: string): string {
  return `<figure role="img" aria-label="${escapeHtml(caption)}">${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}
