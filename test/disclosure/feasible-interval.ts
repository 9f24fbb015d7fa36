/**
 * The attacker's solver: the interval a linear system A x = b, x ≥ 0 leaves one unknown,
 * [min xⱼ, max xⱼ], by a dense two-phase simplex with Bland's rule (no cycling). Written here,
 * importing nothing from src/: it is the independent adversary of test/disclosure/attack.test.ts.
 * Sizes are tens of unknowns, so clarity beats speed.
 */

const EPSILON = 1e-9;

/** One published figure: Σ coefficient × unknown = value. */
export interface LinearEquation {
  terms: Array<[unknown: number, coefficient: number]>;
  value: number;
}

/**
 * [min, max] of unknown `target` over { x ≥ 0 : every equation holds }; `max` is Infinity where
 * nothing bounds it. Throws when the equations have no non-negative solution (the published
 * figures would contradict each other: a bug in the test's publication).
 *
 * @example
 * // x0 + x1 = 10: x0 lies in [0, 10]
 * feasibleInterval(2, [{ terms: [[0, 1], [1, 1]], value: 10 }], 0); // [0, 10]
 */
export function feasibleInterval(unknowns: number, equations: readonly LinearEquation[], target: number): [number, number] {
  const objective = new Float64Array(unknowns);
  objective[target] = 1;
  const max = maximize(unknowns, equations, objective);
  objective[target] = -1;
  const min = -maximize(unknowns, equations, objective);
  return [min, max];
}

/** max c·x subject to A x = b, x ≥ 0 (Infinity if unbounded). */
function maximize(n: number, equations: readonly LinearEquation[], c: Float64Array): number {
  const m = equations.length;
  // Tableau columns: n unknowns, m artificials, then the right-hand side.
  const width = n + m + 1;
  const rhs = n + m;
  const rows = equations.map((equation, row) => {
    const line = new Float64Array(width);
    for (const [unknown, coefficient] of equation.terms) line[unknown]! += coefficient;
    line[rhs] = equation.value;
    // A non-negative right-hand side, so the artificials start feasible.
    if (line[rhs]! < 0) for (let column = 0; column < width; column++) line[column] = -line[column]!;
    line[n + row] = 1;
    return line;
  });
  const basis = equations.map((_, row) => n + row);

  const pivot = (row: number, column: number) => {
    const line = rows[row]!;
    const factor = line[column]!;
    for (let k = 0; k < width; k++) line[k]! /= factor;
    rows.forEach((other, index) => {
      if (index === row) return;
      const times = other[column]!;
      if (Math.abs(times) < EPSILON) return;
      for (let k = 0; k < width; k++) other[k]! -= times * line[k]!;
    });
    basis[row] = column;
  };

  // Runs the simplex on `cost` (maximised) over the columns allowed; false if unbounded.
  const run = (cost: (column: number) => number, allowed: (column: number) => boolean): boolean => {
    for (;;) {
      // Reduced cost of each column: cost − cost of the basis × column.
      let entering = -1;
      for (let column = 0; column < n + m && entering === -1; column++) {
        if (!allowed(column) || basis.includes(column)) continue;
        let reduced = cost(column);
        rows.forEach((line, row) => (reduced -= cost(basis[row]!) * line[column]!));
        if (reduced > EPSILON) entering = column; // Bland: the first improving column
      }
      if (entering === -1) return true;
      let leaving = -1;
      let ratio = Infinity;
      rows.forEach((line, row) => {
        if (line[entering]! <= EPSILON) return;
        const next = line[rhs]! / line[entering]!;
        if (next < ratio - EPSILON || (Math.abs(next - ratio) <= EPSILON && basis[row]! < basis[leaving]!)) {
          ratio = next;
          leaving = row;
        }
      });
      if (leaving === -1) return false;
      pivot(leaving, entering);
    }
  };

  // Phase 1: minimise the artificials (maximise their negative sum).
  run(
    (column) => (column >= n ? -1 : 0),
    () => true,
  );
  const infeasibility = rows.reduce((sum, line, row) => sum + (basis[row]! >= n ? line[rhs]! : 0), 0);
  if (infeasibility > 1e-6) throw new Error(`the published figures have no non-negative solution (${infeasibility})`);
  // Artificials left in the basis at zero: pivot them out where a real column can take over.
  rows.forEach((line, row) => {
    if (basis[row]! < n) return;
    for (let column = 0; column < n; column++) {
      if (Math.abs(line[column]!) > EPSILON && !basis.includes(column)) {
        pivot(row, column);
        return;
      }
    }
  });
  // Phase 2 on the real columns only; a redundant row keeps its artificial at zero.
  const bounded = run(
    (column) => (column < n ? c[column]! : 0),
    (column) => column < n,
  );
  if (!bounded) return Infinity;
  return rows.reduce((sum, line, row) => sum + (basis[row]! < n ? c[basis[row]!]! * line[rhs]! : 0), 0);
}
