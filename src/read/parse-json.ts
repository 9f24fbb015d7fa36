import { InputError } from '../errors.js';

/**
 * Parse JSON text; a syntax error becomes an `InputError` with the line and column where the
 * parser stopped (JSON.parse only gives a character position).
 *
 * @example
 * parseJson('{"a": 1}', 'model.json'); // { a: 1 }
 * parseJson('{\n  "a": }', 'model.json'); // throws 'model.json:2:8: not valid JSON: Unexpected token …'
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    if (position === null) throw new InputError('E_JSON', `not valid JSON: ${message}`, { file });
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new InputError('E_JSON', `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, { file, line, column });
  }
}
