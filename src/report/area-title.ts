/**
 * An area as its code and name, or the code alone when the counts carry no name.
 *
 * @example
 * areaTitle('3320', 'Flå'); // '3320 Flå'
 * areaTitle('3320', '');    // '3320'
 */
export function areaTitle(code: string, name: string): string {
  return name === '' ? code : `${code} ${name}`;
}
