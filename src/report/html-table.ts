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
  /**
   * Sortable by a click on a column's heading (the page's `SORT_SCRIPT`), in a compact box that
   * scrolls under a fixed heading. `values` gives a cell the number it sorts by (`data-value`;
   * null sorts last); a cell without one (undefined) sorts by its text.
   */
  sortable?: { values: Array<Array<number | null | undefined>> };
}

/**
 * An HTML table from text cells; every cell is escaped.
 *
 * @example
 * htmlTable({ head: ['Year', 'Guest-nights'], rows: [['2023', '9 789 342']], numeric: [false, true] });
 */
export function htmlTable({ head, rows, numeric, caption, rowHeaders = false, sortable }: TableContent): string {
  const cell = (tag: 'th' | 'td', text: string, column: number, scope = '', value?: number | null) =>
    `<${tag}${scope}${numeric[column] ? ' class="number"' : ''}${value === undefined ? '' : ` data-value="${value === null || !Number.isFinite(value) ? '' : value}"`}>${escapeHtml(text)}</${tag}>`;
  const body = rows.map(
    (row, index) =>
      `<tr>${row
        .map((text, column) => {
          const value = sortable?.values[index]?.[column];
          return rowHeaders && column === 0 ? cell('th', text, column, ' scope="row"', value) : cell('td', text, column, '', value);
        })
        .join('')}</tr>`,
  );
  return [
    sortable === undefined ? '<div class="table"><table>' : '<div class="table compact"><table data-sortable>',
    caption === undefined ? '' : `<caption>${escapeHtml(caption)}</caption>`,
    `<thead><tr>${head.map((text, column) => cell('th', text, column, ' scope="col"')).join('')}</tr></thead>`,
    `<tbody>${body.join('')}</tbody>`,
    '</table></div>',
  ].join('');
}
