import { createHash } from 'node:crypto';

/**
 * The page's only script: a click (or Enter) on a heading of a `data-sortable` table sorts its
 * rows by that column, ascending then descending; numbers by their `data-value` (blank last),
 * text in the page's language. No network, no library; the policy allows this script alone.
 */
export const SORT_SCRIPT = `(function () {
  var collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
  document.querySelectorAll('table[data-sortable]').forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (head, column) {
      head.tabIndex = 0;
      head.setAttribute('aria-sort', 'none');
      function key(row) {
        var cell = row.cells[column];
        var value = cell.getAttribute('data-value');
        return value === null ? cell.textContent : value === '' ? null : Number(value);
      }
      function sort() {
        var ascending = head.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (other) { other.setAttribute('aria-sort', 'none'); });
        head.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.map.call(body.rows, function (row) { return { row: row, key: key(row) }; });
        rows.sort(function (a, b) {
          if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
          var order = typeof a.key === 'number' ? a.key - b.key : collator.compare(a.key, b.key);
          return ascending ? order : -order;
        });
        rows.forEach(function (entry) { body.appendChild(entry.row); });
      }
      head.addEventListener('click', sort);
      head.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); sort(); }
      });
    });
  });
})();`;

/** The script's hash for the page's Content-Security-Policy (`script-src 'sha256-…'`). */
export const SORT_SCRIPT_HASH = `sha256-${createHash('sha256').update(SORT_SCRIPT).digest('base64')}`;
