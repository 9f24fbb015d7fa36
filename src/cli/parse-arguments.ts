import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { OnDuplicate } from '../grid/count-grid.js';
import { UsageError } from '../errors.js';
import { CSV_DIALECTS, type CsvDialectName } from '../write/csv-export-dialect.js';
import { LANGUAGES, type Language } from '../report/labels/language.js';
import { MAX_DRAWS } from '../uncertainty/check-draw-options.js';
import { quantileKey } from '../uncertainty/quantile-key.js';
import { HOURLY_METHODS, type HourlyMethod } from '../hourly/hourly-method.js';
import type { NightWindow } from '../hourly/reduce-hourly-counts.js';

/** `teleguest report`: the estimate as an HTML page. */
export interface ReportInvocation {
  command: 'report';
  counts: string;
  model: string;
  html: string;
  language: Language;
  workers: number | 'auto';
  rejects?: string;
  onDuplicate: OnDuplicate;
  draws?: number;
  seed?: number;
  probabilities?: number[];
  /** With `--ssb` (and optionally `--cabins`, `--regions`, as `compare` takes them): the SSB comparison section. */
  ssb?: string;
  cabins?: string;
  regions?: string;
}

/** What the command line asks for; `quiet` (any command) keeps notes off stderr. */
export type Invocation = Command & { quiet: boolean };

/** One command and its options. */
export type Command =
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | ReportInvocation
  | { command: 'convert'; counts: string; arrow: string }
  | { command: 'peak'; counts: string; model: string; json: boolean; workers: number | 'auto'; top: number; capacity?: string }
  | { command: 'compare'; counts: string; model: string; ssb: string; cabins?: string; regions?: string; json: boolean; out?: string; workers: number | 'auto' }
  | {
      command: 'estimate';
      counts: string;
      model: string;
      json: boolean;
      out?: string;
      workers: number | 'auto';
      rejects?: string;
      onDuplicate: OnDuplicate;
      csvDialect: CsvDialectName;
      draws?: number;
      seed?: number;
      probabilities?: number[];
      /** Hourly counts: the method (`--method`) and the night window (`--night`), where given. */
      method?: HourlyMethod;
      nightWindow?: NightWindow;
    };

export const USAGE = `Usage: teleguest estimate <counts.csv|counts.arrow> --model <model.json> [options]
       teleguest peak <counts> --model <model.json> [--top <n>] [--capacity <n|file.csv>] [--json]
       teleguest report <counts> --model <model.json> --html <report.html> [--lang nb|nn|en] [--ssb <file> [--cabins <file>] [--regions <mapping.json>]]
       teleguest convert <counts.csv> <counts.arrow>
       teleguest compare <counts> --model <model.json> --ssb <file> [--cabins <file>] [--regions <mapping.json>] [--json] [--out <dir>]
       teleguest <command> --help

estimate: guest-nights from daily mobile-device counts per municipality.
peak:     persons present per day (everyone): the busiest days, percentiles, days above a capacity.
report:   the estimate as one HTML page with charts, to read or send (opens offline).
convert:  check the counts once and cache them as Arrow IPC; estimate reads that without parsing.
compare:  telecom guest-nights against SSB's commercial guest-nights per month: ratio, gap, correlations, seasons.

Options:
  --model <file>    the model: uplift and deductions (JSON)            (required)
  --json            print the full-precision summary as JSON instead of the table
  --out <dir>       also write daily.arrow, daily.csv and summary.json into <dir>
  --csv-dialect <default|excel-nb>
                    daily.csv as plain CSV (default) or for Norwegian Excel (; , BOM CRLF)
  --workers <n>     worker threads; 0 runs inline (default: chosen by input size)
  --draws <n>       draw the model's ranges n times: an interval beside every figure
  --seed <n>        the draws' seed, 0 to 4294967295 (default 1); the same seed, the same intervals
  --quantiles <list>
                    the interval's quantiles, ascending (default 0.05,0.5,0.95)
  --rejects <file>  skip rows with a bad cell and list them in <file> (CSV) instead of stopping
  --on-duplicate <error|sum|last>
                    a second row for the same area and date: stop (default), add it, or keep the last
  --method <night-presence|busiest-hour>
                    hourly counts: guest-nights from persons present at night (default), or
                    the daily method on each day's busiest hour
  --night <HH-HH>   hourly counts: the night window in local clock hours (default 02-04)
  --top <n>         peak: how many of the busiest days to list (default 10)
  --capacity <n|file.csv>
                    peak: persons the region can take, or a CSV of area,capacity
  --ssb <file>      compare (required), report: SSB's monthly guest-nights, JSON-stat 2.0 or StatBank CSV
  --cabins <file>   compare, report: SSB's holiday homes per municipality and year, for the gap per holiday home
  --regions <file>  compare, report: JSON { "<SSB region>": ["<area>", …] } when SSB publishes by tourism region
  --html <file>     report: the HTML file to write                     (required)
  --lang <nb|nn|en> report: bokmål (default), nynorsk or English
  -q, --quiet       no notes on stderr (errors still go there)
  -h, --help        show this help
  --version         show the version

Examples:
  teleguest estimate fixtures/hallingdal/counts.csv --model fixtures/hallingdal/model.json
  teleguest peak fixtures/hallingdal/counts.csv --model fixtures/hallingdal/model.json --capacity 60000
  teleguest report fixtures/hallingdal/counts.csv --model fixtures/hallingdal/model.json --html hallingdal.html
  teleguest report fixtures/hallingdal/counts.csv --model fixtures/hallingdal/model.json --html hallingdal.html \\
    --ssb fixtures/ssb/guest-nights-monthly.json --regions fixtures/ssb/regions.json
  teleguest convert fixtures/hallingdal/counts.csv /tmp/hallingdal.arrow
  teleguest compare fixtures/hallingdal/counts.csv --model fixtures/hallingdal/model.json \\
    --ssb fixtures/ssb/guest-nights-monthly.json --regions fixtures/ssb/regions.json --cabins fixtures/ssb/holiday-homes.json

Exit codes: 0 done, 2 bad input or usage, 1 internal fault.`;

/**
 * Parse `teleguest` arguments (without `node` and the script). Unknown options and missing
 * values are a `UsageError`.
 *
 * @example
 * parseArguments(['estimate', 'counts.csv', '--model', 'model.json', '--workers', '2']);
 * // { command: 'estimate', counts: 'counts.csv', model: 'model.json', json: false, out: undefined, workers: 2,
 * //   rejects: undefined, onDuplicate: 'error' }
 */
export function parseArguments(argv: string[]): Invocation {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { ...parseCommand(parsed.values, parsed.positionals), quiet: parsed.values.quiet };
}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      html: { type: 'string' },
      lang: { type: 'string', default: 'nb' },
      'csv-dialect': { type: 'string', default: 'default' },
      quiet: { type: 'boolean', short: 'q', default: false },
      model: { type: 'string' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      workers: { type: 'string' },
      rejects: { type: 'string' },
      'on-duplicate': { type: 'string', default: 'error' },
      draws: { type: 'string' },
      seed: { type: 'string' },
      quantiles: { type: 'string' },
      top: { type: 'string', default: '10' },
      capacity: { type: 'string' },
      ssb: { type: 'string' },
      cabins: { type: 'string' },
      regions: { type: 'string' },
      method: { type: 'string' },
      night: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', default: false },
    },
  });
}

function parseCommand(values: ReturnType<typeof parseOptions>['values'], positionals: string[]): Command {
  if (values.version) return { command: 'version' };
  if (values.help || positionals.length === 0) return { command: 'help', topic: positionals[0] };
  const [command, counts, ...rest] = positionals;
  if (command === 'convert') {
    const [arrow, ...extra] = rest;
    if (counts === undefined || arrow === undefined) throw new UsageError('convert needs two files: teleguest convert <counts.csv> <counts.arrow>');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    return { command, counts, arrow };
  }
  if (command !== 'estimate' && command !== 'peak' && command !== 'report' && command !== 'compare') throw new UsageError(`unknown command "${command}"; the commands are estimate, peak, report, compare and convert`);
  if (counts === undefined) throw new UsageError(`${command} needs a counts file: teleguest ${command} <counts.csv> --model <model.json>`);
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (values.model === undefined) throw new UsageError('--model <model.json> is required');
  if (command === 'peak' || command === 'compare') {
    const drawOption = (['draws', 'seed', 'quantiles'] as const).find((name) => values[name] !== undefined);
    if (drawOption !== undefined) throw new UsageError(`--${drawOption} is for estimate and report, not ${command}`);
  }
  if (command === 'peak') {
    if (!/^[1-9]\d*$/.test(values.top)) throw new UsageError(`--top must be a whole number ≥ 1, got "${values.top}"`);
    return { command, counts, model: values.model, json: values.json, workers: parseWorkers(values.workers), top: Number(values.top), capacity: values.capacity };
  }
  if (command === 'compare') {
    if (values.ssb === undefined) throw new UsageError('--ssb <guest-nights.json|csv> is required: SSB\'s monthly guest-nights');
    const { ssb, cabins, regions, json, out } = values;
    return { command, counts, model: values.model, ssb, cabins, regions, json, out, workers: parseWorkers(values.workers) };
  }
  if (command === 'report') {
    if (values.html === undefined) throw new UsageError('--html <report.html> is required');
    const { ssb, cabins, regions } = values;
    if (ssb === undefined && (cabins !== undefined || regions !== undefined)) throw new UsageError(`--${cabins === undefined ? 'regions' : 'cabins'} needs --ssb <guest-nights.json|csv>: SSB's monthly guest-nights`);
    const inputs = [counts, values.model, ssb, cabins, regions].filter((input) => input !== undefined);
    if (inputs.some((input) => resolve(input) === resolve(values.html!))) throw new UsageError(`--html ${values.html} would overwrite an input file`);
    if (!(LANGUAGES as readonly string[]).includes(values.lang)) throw new UsageError(`--lang must be ${LANGUAGES.join(', ')}, got "${values.lang}"`);
  }
  if (values.rejects !== undefined && [counts, values.model].some((input) => resolve(input) === resolve(values.rejects!))) {
    throw new UsageError(`--rejects ${values.rejects} would overwrite an input file`);
  }
  const outputs =
    command === 'report' ? [resolve(values.html!)] : values.out === undefined ? [] : ['summary.json', 'daily.csv', 'daily.arrow'].map((name) => resolve(values.out!, name));
  if (values.rejects !== undefined && outputs.includes(resolve(values.rejects))) {
    throw new UsageError(`--rejects ${values.rejects} would overwrite an output of ${command === 'report' ? '--html' : '--out'}`);
  }
  const onDuplicate = values['on-duplicate'];
  if (onDuplicate !== 'error' && onDuplicate !== 'sum' && onDuplicate !== 'last') {
    throw new UsageError(`--on-duplicate must be error, sum or last, got "${onDuplicate}"`);
  }
  const shared = { counts, model: values.model, workers: parseWorkers(values.workers), rejects: values.rejects, onDuplicate: onDuplicate as OnDuplicate, ...parseDraws(values) };
  if (command === 'report') {
    const { ssb, cabins, regions } = values;
    return { command, ...shared, html: values.html!, language: values.lang as Language, ...(ssb === undefined ? {} : { ssb, cabins, regions }) };
  }
  const csvDialect = values['csv-dialect'];
  if (!Object.hasOwn(CSV_DIALECTS, csvDialect)) throw new UsageError(`--csv-dialect must be ${Object.keys(CSV_DIALECTS).join(' or ')}, got "${csvDialect}"`);
  const { method, night } = values;
  if (method !== undefined && !(HOURLY_METHODS as readonly string[]).includes(method)) throw new UsageError(`--method must be ${HOURLY_METHODS.join(' or ')}, got "${method}"`);
  const hourly = { ...(method !== undefined && { method: method as HourlyMethod }), ...(night !== undefined && { nightWindow: parseNight(night) }) };
  return { command, ...shared, json: values.json, out: values.out, csvDialect: csvDialect as CsvDialectName, ...hourly };
}

/** `--night 02-04` (or `2-4`, `02:00-04:00`): local clock hours from ≤ hour < to, within one day. */
function parseNight(text: string): NightWindow {
  const match = /^(\d{1,2})(?::00)?-(\d{1,2})(?::00)?$/.exec(text);
  const [from, to] = match === null ? [NaN, NaN] : [Number(match[1]), Number(match[2])];
  if (!(from >= 0 && from < to && to <= 24)) throw new UsageError(`--night must be two local clock hours from-to within one day, such as 02-04 (0 ≤ from < to ≤ 24), got "${text}"`);
  return { from, to };
}

/** `--draws`, `--seed` and `--quantiles`: the seed and quantiles only with draws. */
function parseDraws(values: { draws?: string; seed?: string; quantiles?: string }): { draws?: number; seed?: number; probabilities?: number[] } {
  if (values.draws === undefined) {
    const alone = values.seed !== undefined ? '--seed' : values.quantiles !== undefined ? '--quantiles' : undefined;
    if (alone !== undefined) throw new UsageError(`${alone} needs --draws <n>`);
    return {};
  }
  if (!/^[1-9]\d*$/.test(values.draws) || Number(values.draws) < 2 || Number(values.draws) > MAX_DRAWS) throw new UsageError(`--draws must be a whole number from 2 to ${MAX_DRAWS}, got "${values.draws}"`);
  if (values.seed !== undefined && (!/^\d+$/.test(values.seed) || Number(values.seed) > 0xffffffff)) throw new UsageError(`--seed must be a whole number from 0 to 4294967295, got "${values.seed}"`);
  const probabilities = values.quantiles?.split(',').map((text) => (/^\s*(0(\.\d+)?|1(\.0*)?)\s*$/.test(text) ? Number(text) : NaN));
  const keys = probabilities?.map(quantileKey) ?? [];
  if (probabilities !== undefined && (probabilities.length < 2 || probabilities.some(Number.isNaN) || probabilities.some((p, index) => index > 0 && p <= probabilities[index - 1]!) || new Set(keys).size !== keys.length)) {
    throw new UsageError(`--quantiles must be two or more ascending numbers from 0 to 1 with distinct percentages, such as 0.05,0.5,0.95, got "${values.quantiles}"`);
  }
  return { draws: Number(values.draws), seed: values.seed === undefined ? undefined : Number(values.seed), probabilities };
}

function parseWorkers(text: string | undefined): number | 'auto' {
  if (text === undefined) return 'auto';
  if (!/^\d+$/.test(text)) throw new UsageError(`--workers must be a whole number ≥ 0, got "${text}"`);
  return Number(text);
}
