import { InputError } from '../errors.js';

/** Deeper nesting than any model or JSON-stat table has; far below what recursion over it could overflow on. */
export const MAX_JSON_DEPTH = 64;

/**
 * Parse JSON text; a syntax error becomes an `InputError` with the line and column where the
 * parser stopped (JSON.parse only gives a character position). Nesting deeper than `maxDepth`
 * (default `MAX_JSON_DEPTH`) is refused where it goes too deep, before any code walks it, and
 * so is a key given twice in one object (JSON.parse would silently keep the last), with its path.
 *
 * @example
 * parseJson('{"a": 1}', 'model.json'); // { a: 1 }
 * parseJson('{\n  "a": }', 'model.json'); // throws 'model.json:2:8: not valid JSON: Unexpected token …'
 * parseJson('{"a": 1, "a": 2}', 'model.json'); // throws 'model.json:1:10 at a: the key "a" is given twice in one object'
 */
export function parseJson(text: string, file: string, options: { maxDepth?: number } = {}): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    if (position === null) throw new InputError('E_JSON', `not valid JSON: ${message}`, { file });
    const { line, column } = lineAndColumn(text, Number(position[1]));
    throw new InputError('E_JSON', `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, { file, line, column });
  }
  checkStructure(text, file, options.maxDepth ?? MAX_JSON_DEPTH);
  return parsed;
}

interface Level {
  keys?: Set<string>;
  /** The current key of an object, or index of an array. */
  at: string | number;
}

/** One pass over valid JSON text: nesting depth, and keys given twice in one object. */
function checkStructure(text: string, file: string, maxDepth: number): void {
  const stack: Level[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: find its closing quote, stepping over escapes.
      let end = i + 1;
      while (text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys !== undefined) {
        const raw = text.slice(i, end + 1);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.keys.has(key)) {
          top.at = key;
          throw new InputError('E_JSON', `the key "${key}" is given twice in one object`, { file, ...lineAndColumn(text, i), path: pathOf(stack) });
        }
        top.keys.add(key);
        top.at = key;
        expectKey = false;
      }
      i = end;
    } else if (c === 123 || c === 91) {
      if (stack.length >= maxDepth)
        throw new InputError('E_JSON', `nested more than ${maxDepth} levels deep`, { file, ...lineAndColumn(text, i), path: pathOf(stack) });
      stack.push(c === 123 ? { keys: new Set(), at: '' } : { at: 0 });
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44) {
      const top = stack[stack.length - 1]!;
      if (top.keys !== undefined) expectKey = true;
      else top.at = (top.at as number) + 1;
    }
  }
}

/** `deductions.residents.byArea.3320`, `value[17]`. */
function pathOf(stack: Level[]): string {
  let path = '';
  for (const { keys, at } of stack) path += keys === undefined ? `[${at}]` : `${path === '' ? '' : '.'}${at}`;
  return path === '' ? '(top)' : path;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}
