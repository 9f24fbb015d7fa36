/** One option of the command line: a flag (boolean) or one that takes a value (string). */
export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  default?: string | boolean;
}

const QUIET: Record<string, OptionSpec> = { quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } };
/** How the counts file is laid out, where it is not teleguest's own layout. */
const LAYOUT: Record<string, OptionSpec> = {
  'date-window': { type: 'string' },
  columns: { type: 'string' },
  encoding: { type: 'string' },
  suppressed: { type: 'string' },
};
const ESTIMATING: Record<string, OptionSpec> = {
  model: { type: 'string' },
  ...LAYOUT,
  workers: { type: 'string' },
  'on-duplicate': { type: 'string', default: 'error' },
  'min-count': { type: 'string' },
};
const LENIENT: Record<string, OptionSpec> = { rejects: { type: 'string' } };
const DRAWS: Record<string, OptionSpec> = { draws: { type: 'string' }, seed: { type: 'string' }, quantiles: { type: 'string' } };
const HOURLY: Record<string, OptionSpec> = { method: { type: 'string' }, night: { type: 'string' } };
const SSB: Record<string, OptionSpec> = { ssb: { type: 'string' }, cabins: { type: 'string' }, regions: { type: 'string' } };

/**
 * The options each command takes, and nothing else: an option a command does not use is
 * refused, never ignored. The help of each command (`command-help.ts`) lists the same options.
 *
 * @example
 * Object.keys(COMMAND_OPTIONS.convert); // ['quiet', 'help', 'date-window', 'columns', 'encoding', 'suppressed']
 */
export const COMMAND_OPTIONS = {
  estimate: {
    ...QUIET,
    ...ESTIMATING,
    ...LENIENT,
    ...DRAWS,
    ...HOURLY,
    json: { type: 'boolean' },
    out: { type: 'string' },
    xlsx: { type: 'string' },
    'csv-dialect': { type: 'string', default: 'default' },
  },
  peak: { ...QUIET, ...ESTIMATING, json: { type: 'boolean' }, top: { type: 'string', default: '10' }, capacity: { type: 'string' } },
  report: { ...QUIET, ...ESTIMATING, ...LENIENT, ...DRAWS, ...HOURLY, ...SSB, html: { type: 'string' }, lang: { type: 'string', default: 'nb' } },
  compare: {
    ...QUIET,
    ...ESTIMATING,
    ...HOURLY,
    ...SSB,
    json: { type: 'boolean' },
    out: { type: 'string' },
    'csv-dialect': { type: 'string', default: 'default' },
  },
  convert: { ...QUIET, ...LAYOUT },
  simulate: {
    ...QUIET,
    scenario: { type: 'string' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '2023-01-01' },
    to: { type: 'string', default: '2024-12-31' },
    out: { type: 'string' },
  },
  validate: {
    ...QUIET,
    scenario: { type: 'string' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    from: { type: 'string', default: '2024-01-01' },
    to: { type: 'string', default: '2024-12-31' },
    uplift: { type: 'string', default: '0.06' },
    'uplift-spread': { type: 'string', default: '0.11' },
    draws: { type: 'string', default: '1000' },
    variations: { type: 'boolean' },
    json: { type: 'boolean' },
    workers: { type: 'string' },
  },
} satisfies Record<string, Record<string, OptionSpec>>;

export type CommandName = keyof typeof COMMAND_OPTIONS;

export const COMMAND_NAMES = Object.keys(COMMAND_OPTIONS) as CommandName[];
