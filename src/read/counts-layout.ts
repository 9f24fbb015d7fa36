/** teleguest's names for the columns of a counts file. */
export const COUNTS_COLUMNS = ['date', 'hour', 'time', 'area', 'area_name', 'devices', 'segment'] as const;
export type CountsColumn = (typeof COUNTS_COLUMNS)[number];

/** The text encodings a CSV may be read in; `--encoding` names one, else it is detected. */
export const TEXT_ENCODINGS = ['utf-8', 'latin1', 'windows-1252'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/**
 * The markers of a suppressed cell that are read as missing by default: `<n` is any `<`
 * followed by a whole number (`<5`, `< 10`); `..` and `:` are SSB's and Eurostat's symbols for a
 * figure not available or confidential; `-` is how many operators' exports write one.
 */
export const DEFAULT_SUPPRESSION_MARKERS: readonly string[] = ['<n', '..', ':', '-'];

/**
 * How an operator's counts file differs from teleguest's own layout (`date,area,devices`, UTF-8,
 * blank cells for missing counts). Given on the command line (`--columns`, `--encoding`,
 * `--suppressed`) or in the model (`"counts": { … }`); the command line wins.
 */
export interface CountsLayout {
  /** The file's name for each of teleguest's columns it names otherwise: `{ date: 'dato', area: 'kommune', devices: 'antall' }`. */
  columns?: Partial<Record<CountsColumn, string>>;
  /** The CSV's text encoding (default: UTF-8, or Windows-1252 when the file's first bytes beyond ASCII are not UTF-8). */
  encoding?: TextEncoding;
  /** Cell texts read as a suppressed count, missing and counted (default `DEFAULT_SUPPRESSION_MARKERS`); `[]`: none. */
  suppressed?: readonly string[];
}

/**
 * Parse `--columns date=dato,area=kommune,devices=antall`; a string says what is wrong.
 *
 * @example
 * parseColumnNames('date=dato,area=kommune'); // { date: 'dato', area: 'kommune' }
 * parseColumnNames('dato=date'); // 'unknown column "dato"; …'
 */
export function parseColumnNames(text: string): Partial<Record<CountsColumn, string>> | string {
  const columns: Partial<Record<CountsColumn, string>> = {};
  const given = new Set<string>();
  for (const pair of text.split(',')) {
    const match = /^\s*([\w]+)\s*=\s*(.*?)\s*$/.exec(pair);
    if (match === null || match[2] === '') return `expected column=name pairs separated by commas (date=dato,area=kommune), got "${pair}"`;
    const [, column, name] = match as unknown as [string, string, string];
    if (!(COUNTS_COLUMNS as readonly string[]).includes(column)) return `unknown column "${column}"; teleguest's columns are ${COUNTS_COLUMNS.join(', ')}`;
    if (Object.hasOwn(columns, column)) return `column ${column} is given twice`;
    if (given.has(name.toLowerCase())) return `the file's column "${name}" is given for two of teleguest's columns`;
    given.add(name.toLowerCase());
    columns[column as CountsColumn] = name;
  }
  return columns;
}

/**
 * Parse `--suppressed '<n,..,:'`: the markers, comma-separated; `''` for none (every cell that is
 * not a number is then an error).
 *
 * @example
 * parseSuppressionMarkers('<n,x'); // ['<n', 'x']
 * parseSuppressionMarkers(''); // []
 */
export function parseSuppressionMarkers(text: string): string[] {
  return text === '' ? [] : [...new Set(text.split(',').map((marker) => marker.trim()))].filter((marker) => marker !== '');
}

/**
 * The marker a `devices` cell is, or undefined: the cell as written (`<5`), so that the notes
 * can count each.
 *
 * @example
 * suppressionMarker('<5', DEFAULT_SUPPRESSION_MARKERS); // '<5'
 * suppressionMarker('..', ['<n']); // undefined
 */
export function suppressionMarker(cell: string, markers: readonly string[]): string | undefined {
  for (const marker of markers) {
    if (marker === '<n' ? /^<\s*\d+$/.test(cell) : cell === marker) return cell;
  }
  return undefined;
}
