/**
 * The four kinds of error teleguest raises. Each has a stable `code`; the CLI maps
 * `InputError`, `ModelError` and `UsageError` to exit code 2 and `PoolError` (a fault, not bad
 * input) to 1.
 */

/** The most characters of a value from the input quoted in a message. */
export const MAX_SHOWN_CHARACTERS = 80;
/** The most characters of a whole message: one line a terminal shows whole, or nearly. */
export const MAX_MESSAGE_CHARACTERS = 600;

/** Control characters and invisible format characters, and the lone halves of surrogate pairs. */
const UNPRINTABLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * A value from the input made fit to quote in a one-line message: control and invisible
 * characters escaped (`\n`, `\u200B`), and cut to `max` characters (default
 * `MAX_SHOWN_CHARACTERS`) with its length said. Every message that quotes a cell, a key or a
 * name goes through this.
 *
 * @example
 * showValue('33\u200b20');       // '33\\u200B20'
 * showValue('x'.repeat(1000));   // 'xxx…x… (1000 characters)' (80 x's)
 */
export function showValue(text: string, max = MAX_SHOWN_CHARACTERS): string {
  if (text.length <= max) return escapeUnprintable(text);
  // Never cut between the halves of a surrogate pair; escape only what is shown (a value may be 100 MB).
  const end = text.charCodeAt(max - 1) >= 0xd800 && text.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
  return `${escapeUnprintable(text.slice(0, end))}… (${text.length} characters)`;
}

/**
 * A whole message on one line: nothing unprintable left raw, and no longer than
 * `MAX_MESSAGE_CHARACTERS`. Every error class applies it, as the last guard.
 *
 * @example
 * oneLine('a\nb'); // 'a\\nb'
 */
export function oneLine(message: string): string {
  const escaped = escapeUnprintable(message.length > MAX_MESSAGE_CHARACTERS * 2 ? message.slice(0, MAX_MESSAGE_CHARACTERS * 2) : message);
  return escaped.length > MAX_MESSAGE_CHARACTERS || message.length > MAX_MESSAGE_CHARACTERS * 2 ? `${escaped.slice(0, MAX_MESSAGE_CHARACTERS)}…` : escaped;
}

/** Where in an input file something is wrong: 1-based line and column (field) numbers. */
export interface InputLocation {
  file: string;
  line?: number;
  /** For Arrow input: the 1-based row, where CSV input has a line. */
  row?: number;
  column?: number;
  /** The column's header name, when known. */
  field?: string;
  /** For JSON input: where in the document (`dimension.Tid.category.index`, `value[17]`). */
  path?: string;
}

function formatLocation(location: InputLocation): string {
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.row !== undefined) text += ` row ${location.row}`;
  if (location.column !== undefined) text += `${location.row !== undefined ? ' column ' : ':'}${location.column}`;
  if (location.field !== undefined) text += ` (${location.field})`;
  if (location.path !== undefined) text += ` at ${location.path}`;
  return text;
}

/**
 * Bad input data: the message starts with `file:line:column (field)`.
 *
 * @example
 * throw new InputError('E_NUMBER', 'devices must be a number ≥ 0, got "abc"',
 *   { file: 'counts.csv', line: 12, column: 3, field: 'devices' });
 * // message: 'counts.csv:12:3 (devices): devices must be a number ≥ 0, got "abc"'
 */
export class InputError extends Error {
  override name = 'InputError';
  readonly code: string;
  readonly location: InputLocation;
  /** The message without its location. */
  readonly problem: string;
  constructor(code: string, problem: string, location: InputLocation) {
    super(oneLine(`${formatLocation(location)}: ${problem}`));
    this.code = code;
    this.location = location;
    this.problem = oneLine(problem);
  }
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is larger than the system allows',
  EROFS: 'the file system is read-only',
  EIO: 'the device reported an input/output error',
  ELOOP: 'a symbolic link is in the way',
};

/**
 * An `InputError` for a file that cannot be read or written, from the system's error.
 *
 * @example
 * fileError('counts.csv', 'read', Object.assign(new Error(), { code: 'ENOENT' })).message;
 * // 'counts.csv: cannot read: no such file or folder'
 */
export function fileError(file: string, action: 'read' | 'write', error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = SYSTEM_REASONS[code] ?? (code || (error as Error).message);
  return new InputError(action === 'read' ? 'E_READ' : 'E_WRITE', `cannot ${action}: ${reason}`, { file });
}

/** One problem found in a model file, with its JSON path (`deductions.residents`). */
export interface ModelProblem {
  path: string;
  message: string;
}

/**
 * An invalid model file. `problems` lists every finding; the message names the file and all of them.
 *
 * @example
 * new ModelError('model.json', [{ path: 'uplift', message: 'uplift must be a number ≥ 0' }]).message;
 * // 'model.json: uplift must be a number ≥ 0'
 */
export class ModelError extends Error {
  override name = 'ModelError';
  readonly code = 'E_MODEL';
  readonly file: string;
  readonly problems: ModelProblem[];
  constructor(file: string, problems: ModelProblem[]) {
    super(oneLine(`${file}: ${problems.map((problem) => problem.message).join('; ')}`));
    this.file = file;
    this.problems = problems;
  }
}

/**
 * A worker failed. The worker's own error is kept as `cause`.
 *
 * @example
 * new PoolError('worker task failed', { cause: new Error('out of memory') });
 */
export class PoolError extends Error {
  override name = 'PoolError';
  readonly code = 'E_POOL';
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
  }
}

/**
 * Bad command-line usage (unknown option, missing argument).
 *
 * @example
 * throw new UsageError('--model is required');
 */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly code = 'E_USAGE';
  constructor(message: string) {
    super(oneLine(message));
  }
}
