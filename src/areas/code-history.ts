import { formatDay } from '../clock/day-number.js';
import { InputError } from '../errors.js';

/** One change of a municipality's code: `fromCode` became `toCode` on `validFrom`. */
export interface CodeChange {
  fromCode: string;
  toCode: string;
  /** Day number of the first day the new code applies. */
  validFrom: number;
  /** The municipality's name under the new code; '' where not given. */
  toName: string;
  /** The change's line in the file it was read from; absent for built-in tables. */
  line?: number;
}

/** A municipality as it is coded and named now. */
export interface CurrentArea {
  code: string;
  /** '' where the history gives no name. */
  name: string;
}

/** Where every code in a history, old or new, stands now. */
export interface CodeHistory {
  /** The file it was read from, or a label for a built-in table; for messages. */
  source: string;
  current: ReadonlyMap<string, CurrentArea>;
}

/**
 * Follow code changes to today's codes. Renames and recodes (one code to one) and merges (many
 * codes to one) are followed; a split (one code to several) is refused, since counts cannot
 * be divided between the new municipalities, and so is a code that changes twice (a reused
 * code reads the same). A change must take effect after the change that brought its code into
 * use, which also rules out cycles and catches `from` and `to` swapped. The name of a current
 * code is the one given with the latest change to it.
 *
 * @example
 * const history = codeHistory([
 *   { fromCode: '0620', toCode: '3044', validFrom: parseDay('2020-01-01')!, toName: 'Hol' },
 *   { fromCode: '3044', toCode: '3330', validFrom: parseDay('2024-01-01')!, toName: 'Hol' },
 * ], 'hol.csv');
 * currentArea(history, '0620'); // { code: '3330', name: 'Hol' }
 */
export function codeHistory(changes: readonly CodeChange[], source: string): CodeHistory {
  const at = (change: CodeChange) => (change.line === undefined ? { file: source } : { file: source, line: change.line });
  const lineOf = (change: CodeChange) => (change.line === undefined ? '' : ` (line ${change.line})`);
  const byFrom = new Map<string, CodeChange>();
  for (const change of changes) {
    const { fromCode, toCode } = change;
    if (fromCode === toCode)
      throw new InputError('E_CODE_CHANGE', `${fromCode} → ${toCode}: a change needs a new code (a new name alone needs no line)`, at(change));
    const earlier = byFrom.get(fromCode);
    if (earlier?.toCode === toCode) throw new InputError('E_CODE_CHANGE', `${fromCode} → ${toCode} is listed twice${lineOf(earlier)}`, at(change));
    if (earlier !== undefined) {
      throw new InputError(
        'E_CODE_SPLIT',
        `${fromCode} becomes ${earlier.toCode}${lineOf(earlier)} and ${toCode}: a split cannot be recoded, as counts cannot be divided between the new municipalities`,
        at(change),
      );
    }
    byFrom.set(fromCode, change);
  }
  // The latest change to each code: the one that named it, and the one a change from it must follow.
  const latestTo = new Map<string, CodeChange>();
  for (const change of changes) {
    const before = latestTo.get(change.toCode);
    if (before === undefined || change.validFrom > before.validFrom) latestTo.set(change.toCode, change);
  }
  for (const change of changes) {
    const made = latestTo.get(change.fromCode);
    if (made === undefined || change.validFrom > made.validFrom) continue;
    throw new InputError(
      'E_CODE_ORDER',
      `${change.fromCode} → ${change.toCode} on ${formatDay(change.validFrom)} is not after ${made.fromCode} → ${made.toCode}${lineOf(made)} on ${formatDay(made.validFrom)}, which brought ${change.fromCode} into use: from and to swapped, or a code used twice (which cannot be followed)`,
      at(change),
    );
  }
  const current = new Map<string, CurrentArea>();
  for (const code of new Set([...byFrom.keys(), ...latestTo.keys()])) {
    let now = code;
    // Ends: each step is later than the one before, so no code comes round again.
    for (let change = byFrom.get(now); change !== undefined; change = byFrom.get(now)) now = change.toCode;
    current.set(code, { code: now, name: latestTo.get(now)?.toName ?? '' });
  }
  return { source, current };
}

/**
 * Today's code and name of a municipality code, or `undefined` for a code the history does
 * not mention (then it is taken to be current).
 *
 * @example
 * currentArea(BUILT_IN_CODE_HISTORY, '0616'); // { code: '3322', name: 'Nesbyen' }
 * currentArea(BUILT_IN_CODE_HISTORY, '0301'); // undefined
 */
export function currentArea(history: CodeHistory, code: string): CurrentArea | undefined {
  return history.current.get(code);
}
