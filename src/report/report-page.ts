import type { Labels } from './labels/labels.js';
import { escapeHtml } from './escape-html.js';
import type { SectionHtml } from './report-section.js';
import { SORT_SCRIPT, SORT_SCRIPT_HASH } from './sort-script.js';

/**
 * Only inline styles and, on a page with a sortable table, the sort script by its hash; no
 * other script, font, image or request of any kind. The policy makes the browser refuse one
 * should a section ever add it, so the file opens from disk, offline.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/** Compact sortable tables (`htmlTable`'s `sortable`): a scrolling box under a fixed heading. */
const COMPACT_STYLE = `
.compact { max-height: 32rem; overflow-y: auto; border-bottom: 1px solid var(--rule); }
.compact table { font-size: .82rem; margin: 0; }
.compact th, .compact td { padding: .15rem .5rem; }
.compact thead th { position: sticky; top: 0; background: #fff; cursor: pointer; }
.compact thead th[aria-sort="ascending"]::after { content: " ▲"; }
.compact thead th[aria-sort="descending"]::after { content: " ▼"; }
`;

const STYLE = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b63; --rule: #d9d9de; --band: #f4f5f7; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 64rem; padding: 1.5rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
header p { margin: 0; color: var(--muted); }
nav ol { margin: .25rem 0; padding-left: 1.25rem; columns: 2; }
.table { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .93rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { padding: .3rem .7rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); font-weight: 600; }
tbody tr:nth-child(even) { background: var(--band); }
tbody th { font-weight: normal; }
.number { text-align: right; font-variant-numeric: tabular-nums; }
td.number, tbody th { white-space: nowrap; }
thead th { max-width: 12rem; }
.note { color: var(--muted); font-size: .9rem; }
.warning { border-left: 4px solid #b45309; padding: .25rem .75rem; background: #fffbeb; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .9rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); padding-top: .5rem; }
@media print { body { max-width: none; } h2 { break-before: auto; } figure, table { break-inside: avoid; } }
`;

/**
 * The report as one self-contained HTML document: title, contents, the sections in order, footer.
 *
 * @example
 * reportPage(en, 'Hallingdal: guest-nights …', '1 January 2023 to 30 June 2024, 547 days', sections);
 */
export function reportPage(labels: Labels, title: string, subtitle: string, sections: readonly SectionHtml[]): string {
  const sortable = sections.some((section) => section.html.includes('<table data-sortable>'));
  const policy = sortable ? `${CONTENT_SECURITY_POLICY}; script-src '${SORT_SCRIPT_HASH}'` : CONTENT_SECURITY_POLICY;
  const contents = sections.map((section) => `<li><a href="#${escapeHtml(section.id)}">${escapeHtml(section.title)}</a></li>`).join('');
  const body = sections.map((section) => `<section id="${escapeHtml(section.id)}">\n<h2>${escapeHtml(section.title)}</h2>\n${section.html}\n</section>`);
  return `<!doctype html>
<html lang="${labels.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${escapeHtml(title)}</title>
<style>${sortable ? STYLE + COMPACT_STYLE : STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p>${escapeHtml(subtitle)}</p></header>
<nav aria-label="${escapeHtml(labels.contents)}"><h2>${escapeHtml(labels.contents)}</h2><ol>${contents}</ol></nav>
<main>
${body.join('\n')}
</main>
<footer>${escapeHtml(labels.footer)}</footer>
${sortable ? `<script>${SORT_SCRIPT}</script>\n` : ''}</body>
</html>
`;
}
