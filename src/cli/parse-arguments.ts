import { parseArgs } from 'node:util';
import type { OnDuplicate } from '../grid/count-grid.js';
import { UsageError } from '../errors.js';
import { CSV_DIALECTS, type CsvDialectName } from '../write/csv-export-dialect.js';
import { LANGUAGES, type Language } from '../report/labels/language.js';
import { MAX_DRAWS } from '../uncertainty/check-draw-options.js';
import { quantileKey } from '../uncertainty/quantile-key.js';
import { parseDay } from '../clock/day-number.js';
import { simulationSpanProblem } from '../simulate/simulation-bounds.js';
import { parseDateWindow, type DateWindow } from '../read/date-window.js';
import { parseColumnNames, parseSuppressionMarkers, TEXT_ENCODINGS, type CountsLayout, type TextEncoding } from '../read/counts-layout.js';
import { HOURLY_METHODS, type HourlyMethod } from '../hourly/hourly-method.js';
import type { NightWindow } from '../hourly/reduce-hourly-counts.js';
import type { EstimateCommand } from '../pipeline/estimate-command.js';
import type { PeakCommand } from '../pipeline/peak-command.js';
import type { ReportCommand } from '../pipeline/report-command.js';
import type { CompareCommand } from '../pipeline/compare-command.js';
import type { ConvertCommand } from '../pipeline/convert-command.js';
import type { SimulateCommand } from '../pipeline/simulate-command.js';
import type { ValidateCommand } from '../pipeline/validate-command.js';
import { COMMAND_NAMES, COMMAND_OPTIONS, type CommandName, type OptionSpec } from './command-options.js';
import { didYouMean } from './did-you-mean.js';

/** What the command line asks for; `quiet` keeps notes off stderr. */
export type Invocation =
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | ({ command: 'estimate'; quiet: boolean } & EstimateCommand)
  | ({ command: 'peak'; quiet: boolean } & PeakCommand)
  | ({ command: 'report'; quiet: boolean } & ReportCommand)
  | ({ command: 'compare'; quiet: boolean } & CompareCommand)
  | ({ command: 'convert'; quiet: boolean } & ConvertCommand)
  | ({ command: 'simulate'; quiet: boolean } & SimulateCommand)
  | ({ command: 'validate'; quiet: boolean } & ValidateCommand);

export const USAGE = `Usage: teleguest estimate <counts> --model <model.json> [--draws <n>] [--json] [--out <dir>] [options]
       teleguest peak <counts> --model <model.json> [--top <n>] [--capacity <n|file.csv>] [--json]
       teleguest report <counts> --model <model.json> --html <report.html> [--lang nb|nn|en] [--ssb <file>]
       teleguest compare <counts> --model <model.json> --ssb <file> [--cabins <file>] [--regions <file>] [--json] [--out <dir>]
       teleguest convert <counts> <counts.arrow>
       teleguest simulate --scenario <scenario.json> --out <dir> [--seed <n>] [--from <date>] [--to <date>]
       teleguest validate --scenario <scenario.json> [--runs <n>] [--seed <n>] [--variations] [--json]
       teleguest help <command>     (or teleguest <command> --help)
       teleguest -V | --version

estimate: guest-nights from mobile-device counts per municipality (daily or hourly).
peak:     persons present per day (everyone): the busiest days, percentiles, days above a capacity.
report:   the estimate as one HTML page with charts, to read or send (opens offline).
compare:  telecom guest-nights against SSB's commercial guest-nights per month.
convert:  check the counts once and cache them as Arrow IPC; estimate reads that without parsing.
simulate: a SYNTHETIC region agent by agent: the counts an operator sells, and the true guest-nights.
validate: every method's error against a simulated region's truth.

<counts> is a CSV (daily: date,area,devices; hourly: date,hour,area,devices or time,area,devices;
optionally area_name and segment), an Arrow or a Parquet file, or - for standard input. Each
command takes only its own options: teleguest help <command> lists them.

Examples:
  teleguest estimate fixtures/hallingdal/counts.csv --model fixtures/hallingdal/model.json
  teleguest peak fixtures/hallingdal/counts.csv --model fixtures/hallingdal/model.json --capacity 60000
  teleguest report fixtures/hallingdal/counts.csv --model fixtures/hallingdal/model.json --html hallingdal.html

Exit codes: 0 done, 2 bad input or usage, 1 internal fault, 130 stopped by SIGINT, 143 by SIGTERM.`;

/**
 * Parse `teleguest` arguments (without `node` and the script). Each command takes only its own
 * options (`COMMAND_OPTIONS`): any other option, a missing value or a bad one is a `UsageError`
 * that names the command's options, with the likeliest one meant for a typo.
 *
 * @example
 * parseArguments(['estimate', 'counts.csv', '--model', 'model.json', '--workers', '2']);
 * // { command: 'estimate', counts: 'counts.csv', model: 'model.json', workers: 2, json: false, … }
 */
export function parseArguments(argv: string[]): Invocation {
  const first = argv.find((arg) => !arg.startsWith('-'));
  if (argv.length === 0 || (first === undefined && argv.every((arg) => arg === '-h' || arg === '--help'))) return { command: 'help' };
  if (argv.length === 1 && (argv[0] === '-V' || argv[0] === '--version')) return { command: 'version' };
  if (first === 'help') {
    const topic = argv[argv.indexOf('help') + 1];
    if (topic !== undefined && !isCommand(topic)) throw unknownCommand(topic);
    return { command: 'help', topic };
  }
  if (first === undefined) throw new UsageError(`no command given; the commands are ${COMMAND_NAMES.join(', ')}`);
  if (!isCommand(first)) throw unknownCommand(first);
  const command = first;
  const { values, positionals } = parseOptions(
    command,
    argv.filter((_, index) => index !== argv.indexOf(first)),
  );
  if (values.help === true) return { command: 'help', topic: command };
  return parseCommand(command, values, positionals);
}

type Values = Record<string, string | boolean | undefined>;

/** Every option checked against the command's table: unknown ones, ones given two values, flags given values and values missing. */
function parseOptions(command: CommandName, args: string[]): { values: Values; positionals: string[] } {
  const table: Record<string, OptionSpec> = COMMAND_OPTIONS[command];
  const options = Object.fromEntries(Object.entries(table).map(([name, spec]) => [name, { type: spec.type, ...(spec.short && { short: spec.short }) }]));
  const { values, positionals, tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const given = new Map<string, string | undefined>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = table[token.name];
    if (spec === undefined) throw unknownOption(command, token.rawName, table);
    if (spec.type === 'string' && token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
    if (spec.type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value, got "${token.value}"`);
    // The last of two values would win without a word (`--model a.json … --model b.json`); a flag
    // or the same value twice says nothing new.
    const earlier = given.get(token.name);
    if (given.has(token.name) && earlier !== token.value)
      throw new UsageError(`${token.rawName} is given twice, as "${earlier}" and "${token.value}"; give it once`);
    given.set(token.name, token.value);
  }
  const withDefaults: Values = {};
  for (const [name, spec] of Object.entries(table))
    withDefaults[name] = (values[name] as string | boolean | undefined) ?? spec.default ?? (spec.type === 'boolean' ? false : undefined);
  return { values: withDefaults, positionals };
}

function parseCommand(command: CommandName, values: Values, positionals: string[]): Invocation {
  const quiet = values.quiet === true;
  if (command === 'simulate' || command === 'validate') return parseSimulation(command, values, positionals, quiet);
  const [counts, ...rest] = positionals;
  if (command === 'convert') {
    const [arrow, ...extra] = rest;
    if (counts === undefined || arrow === undefined) throw new UsageError('convert needs two files: teleguest convert <counts> <counts.arrow>');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    return { command, quiet, counts, arrow, ...parseWindow(values), ...parseLayout(values) };
  }
  if (counts === undefined) throw new UsageError(`${command} needs a counts file: teleguest ${command} <counts.csv> --model <model.json>`);
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const model = text(values, 'model');
  if (model === undefined) throw new UsageError('--model <model.json> is required');
  const shared = {
    quiet,
    counts,
    model,
    workers: parseWorkers(text(values, 'workers')),
    onDuplicate: parseOnDuplicate(text(values, 'on-duplicate')!),
    ...parseWindow(values),
    ...parseLayout(values),
    ...parseMinCount(values),
  };
  if (command === 'peak') {
    const top = text(values, 'top')!;
    if (!/^[1-9]\d*$/.test(top)) throw new UsageError(`--top must be a whole number ≥ 1, got "${top}"`);
    return { command, ...shared, json: values.json === true, top: Number(top), capacity: text(values, 'capacity') };
  }
  const hourly = parseHourly(values);
  const ssbFiles = { cabins: text(values, 'cabins'), regions: text(values, 'regions') };
  if (command === 'compare') {
    const ssb = text(values, 'ssb');
    if (ssb === undefined) throw new UsageError("--ssb <guest-nights.json|csv> is required: SSB's monthly guest-nights");
    return { command, ...shared, ...hourly, ssb, ...ssbFiles, json: values.json === true, out: nonEmpty(values, 'out'), csvDialect: parseDialect(values) };
  }
  const lenient = { rejects: nonEmpty(values, 'rejects') };
  if (command === 'report') {
    const html = nonEmpty(values, 'html');
    if (html === undefined) throw new UsageError('--html <report.html> is required');
    const ssb = text(values, 'ssb');
    if (ssb === undefined && (ssbFiles.cabins !== undefined || ssbFiles.regions !== undefined)) {
      throw new UsageError(`--${ssbFiles.cabins === undefined ? 'regions' : 'cabins'} needs --ssb <guest-nights.json|csv>: SSB's monthly guest-nights`);
    }
    const language = text(values, 'lang')!;
    if (!(LANGUAGES as readonly string[]).includes(language)) throw new UsageError(`--lang must be ${LANGUAGES.join(', ')}, got "${language}"`);
    return {
      command,
      ...shared,
      ...lenient,
      ...hourly,
      ...parseDraws(values),
      html,
      language: language as Language,
      ...(ssb === undefined ? {} : { ssb, ...ssbFiles }),
    };
  }
  return {
    command,
    ...shared,
    ...lenient,
    ...hourly,
    ...parseDraws(values),
    json: values.json === true,
    out: nonEmpty(values, 'out'),
    xlsx: nonEmpty(values, 'xlsx'),
    csvDialect: parseDialect(values),
  };
}

/** `simulate` and `validate`: a scenario, seeds and the days to simulate. */
function parseSimulation(command: 'simulate' | 'validate', values: Values, positionals: string[], quiet: boolean): Invocation {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const scenario = text(values, 'scenario');
  if (scenario === undefined) throw new UsageError('--scenario <scenario.json> is required');
  const seed = text(values, 'seed')!;
  if (!/^\d+$/.test(seed) || Number(seed) > 0xffffffff) throw new UsageError(`--seed must be a whole number from 0 to 4294967295, got "${seed}"`);
  const days = { from: parseDate(values, 'from'), to: parseDate(values, 'to') };
  if (days.from > days.to) throw new UsageError(`--from ${days.from} is after --to ${days.to}`);
  const tooLong = simulationSpanProblem(days.from, days.to, undefined, ['--from', '--to']);
  if (tooLong !== undefined) throw new UsageError(tooLong);
  if (command === 'simulate') {
    const out = nonEmpty(values, 'out');
    if (out === undefined) throw new UsageError('--out <dir> is required');
    return { command, quiet, scenario, seed: Number(seed), ...days, out };
  }
  const runs = text(values, 'runs')!;
  if (!/^[1-9]\d*$/.test(runs) || Number(runs) > 100) throw new UsageError(`--runs must be a whole number from 1 to 100, got "${runs}"`);
  const uplift = text(values, 'uplift')!;
  if (!/^\d+(\.\d+)?$/.test(uplift) || Number(uplift) > 1) throw new UsageError(`--uplift must be a share from 0 to 1 (0.06 for 6 %), got "${uplift}"`);
  const spread = text(values, 'uplift-spread')!;
  if (!/^\d+(\.\d+)?$/.test(spread) || Number(spread) >= 0.5)
    throw new UsageError(`--uplift-spread must be a share from 0 to below 0.5 (0.11 for persons per device ± 0.11), got "${spread}"`);
  const draws = text(values, 'draws')!;
  if (!/^\d+$/.test(draws) || Number(draws) === 1 || Number(draws) > 100_000)
    throw new UsageError(`--draws must be 0 (no intervals) or a whole number from 2 to 100000, got "${draws}"`);
  const value = Number(uplift);
  return {
    command,
    quiet,
    scenario,
    seed: Number(seed),
    runs: Number(runs),
    ...days,
    uplift: { value, min: value - Number(spread), max: value + Number(spread) },
    draws: Number(draws),
    variations: values.variations === true,
    json: values.json === true,
    workers: parseWorkers(text(values, 'workers')),
  };
}

/** A date option, `YYYY-MM-DD`, a day that exists. */
function parseDate(values: Values, name: string): string {
  const value = text(values, name)!;
  if (parseDay(value) === undefined) throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_OPTIONS, name);
}

function unknownCommand(name: string): UsageError {
  const guess = didYouMean(name, COMMAND_NAMES);
  return new UsageError(`unknown command "${name}"${guess === undefined ? '' : ` (did you mean ${guess}?)`}; the commands are ${COMMAND_NAMES.join(', ')}`);
}

function unknownOption(command: CommandName, rawName: string, table: Record<string, OptionSpec>): UsageError {
  const names = Object.keys(table).map((name) => `--${name}`);
  const guess = rawName.startsWith('--') ? didYouMean(rawName, names) : undefined;
  const elsewhere = COMMAND_NAMES.filter((other) => other !== command && Object.hasOwn(COMMAND_OPTIONS[other], rawName.replace(/^--/, '')));
  const why = guess !== undefined ? ` (did you mean ${guess}?)` : elsewhere.length > 0 ? ` (it is for ${elsewhere.join(', ')})` : '';
  return new UsageError(`${command} does not take ${rawName}${why}; its options are ${names.join(', ')}`);
}

function text(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A file name that must not be empty (`--rejects ''` names no file), nor `-` where the output
 * cannot go to standard output (only `--html` can: the page alone is printed).
 */
function nonEmpty(values: Values, name: string): string | undefined {
  const value = text(values, name);
  if (value === '') throw new UsageError(`--${name} needs a file name, got ""`);
  if (value === '-' && name !== 'html')
    throw new UsageError(
      `--${name} cannot be - (standard output${name === 'out' ? ' is no folder' : ' has the table or the JSON'}); give a ${name === 'out' ? 'folder' : 'file'} name`,
    );
  return value;
}

function parseDialect(values: Values): CsvDialectName {
  const csvDialect = text(values, 'csv-dialect')!;
  if (!Object.hasOwn(CSV_DIALECTS, csvDialect)) throw new UsageError(`--csv-dialect must be ${Object.keys(CSV_DIALECTS).join(' or ')}, got "${csvDialect}"`);
  return csvDialect as CsvDialectName;
}

/** `--date-window YYYY-MM-DD..YYYY-MM-DD`, where given. */
function parseWindow(values: Values): { dateWindow?: DateWindow } {
  const value = text(values, 'date-window');
  if (value === undefined) return {};
  const window = parseDateWindow(value);
  if (typeof window === 'string') throw new UsageError(`--date-window: ${window}`);
  return { dateWindow: window };
}

/** `--columns`, `--encoding` and `--suppressed`, where given: the counts file's own layout. */
function parseLayout(values: Values): { layout?: CountsLayout } {
  const layout: CountsLayout = {};
  const columns = text(values, 'columns');
  if (columns !== undefined) {
    const names = parseColumnNames(columns);
    if (typeof names === 'string') throw new UsageError(`--columns: ${names}`);
    layout.columns = names;
  }
  const encoding = text(values, 'encoding');
  if (encoding !== undefined) {
    // utf8 for utf-8, as Node and Python write it.
    const known = encoding.toLowerCase() === 'utf8' ? 'utf-8' : encoding.toLowerCase();
    if (!(TEXT_ENCODINGS as readonly string[]).includes(known)) throw new UsageError(`--encoding must be ${TEXT_ENCODINGS.join(', ')}, got "${encoding}"`);
    layout.encoding = known as TextEncoding;
  }
  const suppressed = text(values, 'suppressed');
  if (suppressed !== undefined) layout.suppressed = parseSuppressionMarkers(suppressed);
  return Object.keys(layout).length === 0 ? {} : { layout };
}

/** `--min-count <k>`, where given: a whole number ≥ 0. */
function parseMinCount(values: Values): { minCount?: number } {
  const value = text(values, 'min-count');
  if (value === undefined) return {};
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new UsageError(`--min-count must be a whole number ≥ 0 (0 turns disclosure control off), got "${value}"`);
  return { minCount: Number(value) };
}

function parseOnDuplicate(value: string): OnDuplicate {
  if (value !== 'error' && value !== 'sum' && value !== 'last') throw new UsageError(`--on-duplicate must be error, sum or last, got "${value}"`);
  return value;
}

/** `--method` and `--night`, where given. */
function parseHourly(values: Values): { method?: HourlyMethod; nightWindow?: NightWindow } {
  const method = text(values, 'method');
  const night = text(values, 'night');
  if (method !== undefined && !(HOURLY_METHODS as readonly string[]).includes(method))
    throw new UsageError(`--method must be ${HOURLY_METHODS.join(' or ')}, got "${method}"`);
  return { ...(method !== undefined && { method: method as HourlyMethod }), ...(night !== undefined && { nightWindow: parseNight(night) }) };
}

/** `--night 02-04` (or `2-4`, `02:00-04:00`): local clock hours from ≤ hour < to, within one day. */
function parseNight(value: string): NightWindow {
  const match = /^(\d{1,2})(?::00)?-(\d{1,2})(?::00)?$/.exec(value);
  const [from, to] = match === null ? [NaN, NaN] : [Number(match[1]), Number(match[2])];
  if (!(from >= 0 && from < to && to <= 24))
    throw new UsageError(`--night must be two local clock hours from-to within one day, such as 02-04 (0 ≤ from < to ≤ 24), got "${value}"`);
  return { from, to };
}

/** `--draws`, `--seed` and `--quantiles`: the seed and quantiles only with draws. */
function parseDraws(values: Values): { draws?: number; seed?: number; probabilities?: number[] } {
  const draws = text(values, 'draws');
  const seed = text(values, 'seed');
  const quantiles = text(values, 'quantiles');
  if (draws === undefined) {
    const alone = seed !== undefined ? '--seed' : quantiles !== undefined ? '--quantiles' : undefined;
    if (alone !== undefined) throw new UsageError(`${alone} needs --draws <n>`);
    return {};
  }
  if (!/^[1-9]\d*$/.test(draws) || Number(draws) < 2 || Number(draws) > MAX_DRAWS)
    throw new UsageError(`--draws must be a whole number from 2 to ${MAX_DRAWS}, got "${draws}"`);
  if (seed !== undefined && (!/^\d+$/.test(seed) || Number(seed) > 0xffffffff))
    throw new UsageError(`--seed must be a whole number from 0 to 4294967295, got "${seed}"`);
  const probabilities = quantiles?.split(',').map((value) => (/^\s*(0(\.\d+)?|1(\.0*)?)\s*$/.test(value) ? Number(value) : NaN));
  const keys = probabilities?.map(quantileKey) ?? [];
  if (
    probabilities !== undefined &&
    (probabilities.length < 2 ||
      probabilities.some(Number.isNaN) ||
      probabilities.some((p, index) => index > 0 && p <= probabilities[index - 1]!) ||
      new Set(keys).size !== keys.length)
  ) {
    throw new UsageError(`--quantiles must be two or more ascending numbers from 0 to 1 with distinct percentages, such as 0.05,0.5,0.95, got "${quantiles}"`);
  }
  return { draws: Number(draws), seed: seed === undefined ? undefined : Number(seed), probabilities };
}

function parseWorkers(value: string | undefined): number | 'auto' {
  if (value === undefined) return 'auto';
  if (!/^\d+$/.test(value)) throw new UsageError(`--workers must be a whole number ≥ 0, got "${value}"`);
  return Number(value);
}
