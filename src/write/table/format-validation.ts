import type { Spread, Validation } from '../../pipeline/validate-command.js';
import { formatWhole } from './format-whole.js';

/**
 * `teleguest validate`'s table: each method's error against the simulated truth, in per cent,
 * the mean over the runs and, with more than one run, the lowest and highest run beside it.
 *
 * @example
 * formatValidation(validation).split('\n')[0]; // 'Hallingdal (SYNTHETIC), seed 1, 2024-01-01 to 2024-12-31: …'
 */
export function formatValidation(validation: Validation): string {
  const runs = validation.seeds.length;
  const seeds = runs === 1 ? `seed ${validation.seeds[0]}` : `seeds ${validation.seeds[0]}–${validation.seeds.at(-1)}`;
  const truth = validation.trueGuestNights.map((value) => formatWhole(value)).join(', ');
  const cell = (spread: Spread, format = signed) => {
    if (Number.isNaN(spread.mean)) return 'n/a';
    const mean = format(spread.mean);
    return runs === 1 ? mean : `${mean} (${format(spread.min)} to ${format(spread.max)})`;
  };
  const plain = (value: number) => value.toFixed(1);
  const rows = [
    ['method', 'counts', 'annual bias %', 'monthly MAE %', 'peak night %', 'areas |bias| %'],
    ...validation.methods.map((method) => [
      method.method,
      method.counts,
      cell(method.annualBiasPercent),
      cell(method.monthlyMaePercent, plain),
      cell(method.peakNightErrorPercent),
      cell(method.areaAnnualBiasPercent, plain),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) =>
    row
      .map((value, column) => (column < 2 ? value.padEnd(widths[column]!) : value.padStart(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
  return [
    `${validation.scenario}, ${seeds}, nights ${validation.from} to ${validation.to} (dated by the evening), uplift ${validation.uplift}`,
    `True guest-nights in the region: ${truth}`,
    '',
    ...lines,
    '',
    "bias = (estimate − truth) ÷ truth over the nights both have; MAE: mean of |monthly bias|; peak night: the truth's busiest night.",
    '',
  ].join('\n');
}

function signed(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(1)}`;
}
