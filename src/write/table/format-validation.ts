import type { Coverage, Spread, Validation } from '../../pipeline/validate-command.js';
import { formatWhole } from './format-whole.js';

/**
 * `teleguest validate`'s tables: each method's error against the simulated truth, in per cent,
 * the mean over the runs and, with more than one run, the lowest and highest run beside it, and
 * how often its 90 % interval held the truth; with variations of the scenario, each method's
 * annual bias in each, and its interval's coverage over them all.
 *
 * @example
 * formatValidation(validation).split('\n')[0]; // 'Hallingdal (SYNTHETIC), seed 1, nights 2024-01-01 to 2024-12-31 …'
 */
export function formatValidation(validation: Validation): string {
  const runs = validation.seeds.length;
  const seeds = runs === 1 ? `seed ${validation.seeds[0]}` : `seeds ${validation.seeds[0]}–${validation.seeds.at(-1)}`;
  const given = validation.scenarios[0]!;
  const truth = given.trueGuestNights.map((value) => formatWhole(value)).join(', ');
  const cell = (spread: Spread, format = signed) => {
    if (Number.isNaN(spread.mean)) return 'n/a';
    const mean = format(spread.mean);
    return runs === 1 ? mean : `${mean} (${format(spread.min)} to ${format(spread.max)})`;
  };
  const plain = (value: number) => value.toFixed(1);
  const drawn = validation.draws > 0;
  const table = [
    ['method', 'counts', 'annual bias %', 'monthly MAE %', 'peak night %', 'areas |bias| %', ...(drawn ? ['90 % interval ±%', 'holds truth'] : [])],
    ...given.methods.map((method) => [
      method.method,
      method.counts,
      cell(method.annualBiasPercent),
      cell(method.monthlyMaePercent, plain),
      cell(method.peakNightErrorPercent),
      cell(method.areaAnnualBiasPercent, plain),
      ...(drawn ? [method.oneSided ? 'one-sided' : cell(method.intervalHalfWidthPercent, plain), share(method.coverage!)] : []),
    ]),
  ];
  const { value, min, max } = validation.uplift;
  const lines = [
    `${validation.scenario}, ${seeds}, nights ${validation.from} to ${validation.to} (dated by the evening), uplift ${value}${drawn ? ` (${validation.draws} draws from ${signed(min, 2)} to ${signed(max, 2)})` : ''}`,
    `True guest-nights in the region: ${truth}`,
    '',
    ...align(table),
    '',
    "bias = (estimate − truth) ÷ truth over the nights both have; MAE: mean of |monthly bias|; peak night: the truth's busiest night.",
  ];
  if (drawn)
    lines.push(
      "90 % interval: p5 to p95 of guest-nights per year over the draws, ± half its width in % of the truth; holds truth: runs it held the truth's per year.",
    );
  if (drawn && given.methods.some((method) => method.oneSided))
    lines.push('one-sided: daily counts bound guest-nights from above only, so the interval runs from 0 to p95 (the warning every output of them carries).');
  for (const method of given.methods) if (method.refused !== undefined) lines.push(`${method.method}: n/a, as estimate refuses the counts: ${method.refused}`);
  if (validation.scenarios.length > 1) {
    const coverage = new Map(validation.coverage.map((entry) => [entry.method, entry]));
    const variations = [
      ['annual bias %, mean of the runs', ...validation.scenarios.map((scenario) => scenario.label), ...(drawn ? ['interval holds truth'] : [])],
      ...given.methods.map((method, index) => [
        method.method,
        ...validation.scenarios.map((scenario) => signed(scenario.methods[index]!.annualBiasPercent.mean)),
        ...(drawn ? [share(coverage.get(method.method)!)] : []),
      ]),
    ];
    lines.push(
      '',
      'Variations of the scenario:',
      ...validation.scenarios.slice(1).map((scenario) => `  ${scenario.label}: ${scenario.scenario}`),
      '',
      ...align(variations),
    );
  }
  return [...lines, ''].join('\n');
}

/** Rows as columns: the first two left-aligned, the rest right-aligned (only the first in a table of one text column). */
function align(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const left = rows[0]![1] === 'counts' ? 2 : 1;
  return rows.map((row) =>
    row
      .map((value, column) => (column < left ? value.padEnd(widths[column]!) : value.padStart(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

function share({ covered, runs }: Coverage): string {
  return `${covered} of ${runs}`;
}

function signed(value: number, digits = 1): string {
  if (Number.isNaN(value)) return 'n/a';
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(digits)}`;
}
