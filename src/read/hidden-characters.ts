import { showValue } from '../errors.js';

/**
 * Characters a reader cannot see in a table: C0 and C1 control characters (tab and line breaks
 * included), and the invisible format characters (zero-width space and joiners, soft hyphen,
 * direction marks and embeddings, word joiner, byte-order mark).
 */
export const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

/** The most characters of an area code: municipality codes have 4, grid-cell ids up to ~20. */
export const MAX_AREA_CODE_LENGTH = 64;
/** The most characters of an area name (the longest Norwegian municipality names have ~30). */
export const MAX_AREA_NAME_LENGTH = 200;

/**
 * Why an area code (or, with `kind: 'name'`, an area name) from the counts is refused: too long,
 * or holding a character a reader cannot see (names may hold invisible joiners, not control
 * characters). Undefined where it is fine.
 *
 * @example
 * checkAreaText('3320');                 // undefined
 * checkAreaText('33\u200b20');           // 'the area code "33\\u200B20" holds an invisible character (U+200B); …'
 */
export function checkAreaText(text: string, kind: 'code' | 'name' = 'code'): string | undefined {
  const max = kind === 'code' ? MAX_AREA_CODE_LENGTH : MAX_AREA_NAME_LENGTH;
  if (text.length > max) return `the area ${kind} is ${text.length} characters long, more than the ${max} an area ${kind} may have: "${showValue(text, 40)}"`;
  const hidden = findHiddenCharacter(text);
  if (hidden === undefined || (kind === 'name' && hidden.startsWith('an invisible'))) return undefined;
  return `the area ${kind} "${showValue(text)}" holds ${hidden}, which no table would show; remove it`;
}

/**
 * The first character of `text` a reader could not see, described, or undefined where there is
 * none: two area codes that differ only by a zero-width space would look like one in every table.
 *
 * @example
 * findHiddenCharacter('3320');       // undefined
 * findHiddenCharacter('33\u200b20'); // 'an invisible character (U+200B)'
 */
export function findHiddenCharacter(text: string): string | undefined {
  const match = HIDDEN_CHARACTERS.exec(text);
  if (match === null) return undefined;
  const code = match[0].charCodeAt(0);
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? `a control character (${name})` : `an invisible character (${name})`;
}
