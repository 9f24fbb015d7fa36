import { escapeHtml } from './escape-html.js';

/** A table to print: text cells (escaped here), numeric columns right-aligned. */
export interface TableContent {
  head: string[];
  rows: string[][];
  /** Per column: right-aligned with tabular figures. */
  numeric: boolean[];
  caption?: string;
  /** The first cell of each row heads its row (`<th scope="row">`). */
  rowHeaders?: boolean;
}

/**
 * An HTML table from text cells; every cell is escaped.
 *
 * @example
 * htmlTable({ head: ['Year', 'Guest-nights'], rows: [['2023', '9 789 342']], numeric: [false, true] });
 */
export function htmlTable({ head, rows, numeric, caption, rowHeaders = false }: TableContent): string {
  const cell = (tag: 'th' | 'td', text: string, column: number, scope = '') =>
    `<${tag}${scope}${numeric[column] ? ' class="number"' : ''}>${escapeHtml(text)}</${tag}>`;
  const body = rows.map(
    (row) => `<tr>${row.map((text, column) => (rowHeaders && column === 0 ? cell('th', text, column, ' scope="row"') : cell('td', text, column))).join('')}</tr>`,
  );
  return [
    '<div class="table"><table>',
    caption === undefined ? '' : `<caption>${escapeHtml(caption)}</caption>`,
    `<thead><tr>${head.map((text, column) => cell('th', text, column, ' scope="col"')).join('')}</tr></thead>`,
    `<tbody>${body.join('')}</tbody>`,
    '</table></div>',
  ].join('');
}
