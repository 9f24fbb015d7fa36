/**
 * The four kinds of error teleguest raises. Each has a stable `code`; the CLI maps
 * `InputError`, `ModelError` and `UsageError` to exit code 2 and `PoolError` (a fault, not bad
 * input) to 1.
 */

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
    super(`${formatLocation(location)}: ${problem}`);
    this.code = code;
    this.location = location;
    this.problem = problem;
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
    super(`${file}: ${problems.map((problem) => problem.message).join('; ')}`);
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
}
