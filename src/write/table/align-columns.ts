/**
 * Pad cells to their column's width, right-aligned where `right` says so, two spaces between
 * columns, no trailing spaces. Widths count characters, so Å and ø take one column.
 *
 * @example
 * alignColumns([['area', 'persons'], ['3320', '1 548']], [false, true]);
 * // ['area  persons', '3320    1 548']
 */
export function alignColumns(rows: string[][], right: boolean[]): string[] {
  const widths = right.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        right[column] ? cell.padStart(widths[column]! + cell.length - [...cell].length) : cell.padEnd(widths[column]! + cell.length - [...cell].length),
      )
      .join('  ')
      .trimEnd(),
  );
}
