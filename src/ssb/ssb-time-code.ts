/** A StatBank period: a year, a month or a quarter. */
export interface TimeCode {
  kind: 'year' | 'month' | 'quarter';
  year: number;
  /** 1–12 for a month, 1–4 for a quarter, absent for a year. */
  part?: number;
  /** The period as teleguest writes it: `2024`, `2024-01` (as in the estimate's months), `2024-Q1`. */
  label: string;
}

/**
 * Parse a StatBank time code: `2024` (year), `2024M01` (month) or `2024K1` (quarter, K for
 * kvartal; `2024Q1` as in the English tables too). Anything else, including `2024M13`, is
 * `undefined`.
 *
 * @example
 * parseTimeCode('2024M01'); // { kind: 'month', year: 2024, part: 1, label: '2024-01' }
 * parseTimeCode('2024K3');  // { kind: 'quarter', year: 2024, part: 3, label: '2024-Q3' }
 * parseTimeCode('2024');    // { kind: 'year', year: 2024, label: '2024' }
 */
export function parseTimeCode(code: string): TimeCode | undefined {
  const match = /^(\d{4})(?:(M)(\d{2})|([KQ])([1-4]))?$/.exec(code);
  if (match === null) return undefined;
  const year = Number(match[1]);
  if (match[2] !== undefined) {
    const month = Number(match[3]);
    if (month < 1 || month > 12) return undefined;
    return { kind: 'month', year, part: month, label: `${match[1]}-${match[3]}` };
  }
  if (match[4] !== undefined) return { kind: 'quarter', year, part: Number(match[5]), label: `${match[1]}-Q${match[5]}` };
  return { kind: 'year', year, label: match[1]! };
}
