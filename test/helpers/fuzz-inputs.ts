import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * Seeded generators of hostile inputs for the fuzz suite: counts CSVs, Arrow files and models,
 * each a valid file with mutations that real files show (a cut-off end, NUL padding, a stray
 * quote, CR-only line endings, a far date, a zero-width space, a huge cell, a nested model).
 * The seed is `FUZZ_SEED` from the environment, or a fixed one, so a failure can be replayed.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_240_331);

/** A seeded source of choices. */
export interface Chooser {
  int(from: number, to: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** A chooser from a seed (and a stream number, so that suites draw independently). */
export function chooser(seed = FUZZ_SEED, stream = 0): Chooser {
  const rng = xoroshiro128plus(seed ^ (stream * 0x9e3779b1));
  const int = (from: number, to: number) => uniformInt(rng, from, to);
  return {
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    chance: (probability) => int(0, 999_999) < probability * 1_000_000,
  };
}

const AREAS = ['3320', '3322', '3324', '3326', '3328', '3330'];

/** A valid daily counts CSV: `days` days from 2024-01-01 for `areas` areas. */
export function validCountsCsv(choose: Chooser, days = 20, areas = 3, names = false): string {
  const lines = [names ? 'date,area,devices,area_name' : 'date,area,devices'];
  for (let day = 0; day < days; day++) {
    const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
    for (const area of AREAS.slice(0, areas)) lines.push(`${date},${area},${choose.int(0, 50_000)}${names ? ',Hol' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Pieces a mutation inserts: each a thing that has broken a reader somewhere. */
const PIECES = [
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\u0000',
  '\uFEFF',
  '\u200B',
  '\u202E',
  '-',
  '.',
  'e',
  '1e308',
  'NaN',
  '-5',
  '9'.repeat(40),
  '2924-01-01',
  '1899-12-31',
  '2024-02-30',
  '2024-13-01',
  '=cmd|x',
  '__proto__',
  'constructor',
  'region',
  'x'.repeat(5000),
  ' ',
  'Å',
  '\uD800',
  '\u00A0',
];

/** Mutate text: a few insertions, deletions, duplicated lines, a cut-off end, a header change, CR-only ends, NUL padding. */
export function mutateText(choose: Chooser, text: string): string {
  let result = text;
  const mutations = choose.int(1, 4);
  for (let m = 0; m < mutations; m++) {
    const at = choose.int(0, result.length);
    switch (choose.int(0, 9)) {
      case 0:
      case 1:
      case 2:
        result = result.slice(0, at) + choose.pick(PIECES) + result.slice(at);
        break;
      case 3:
        result = result.slice(0, at) + result.slice(Math.min(result.length, at + choose.int(1, 30)));
        break;
      case 4:
        result = result.slice(0, at); // cut off, as a copy interrupted
        break;
      case 5: {
        const lines = result.split('\n');
        const line = choose.int(0, lines.length - 1);
        lines.splice(line, 0, lines[line]!); // a repeated row
        result = lines.join('\n');
        break;
      }
      case 6:
        result = result.replace(/\n/g, '\r'); // old Mac Excel
        break;
      case 7:
        result = `${result}${'\u0000'.repeat(choose.int(1, 200_000))}`; // padded with zeros after a crash
        break;
      case 8:
        result = result.replace(
          /^[^\n]*/,
          choose.pick(['date;area;devices', 'Date,Area,Devices', 'date,area', 'time,area,devices', 'date,area,devices,hour', 'date,area,devices,segment', '']),
        );
        break;
      default:
        result = result.replace(/2024-01-0(\d)/, (_, day: string) => choose.pick([`2924-01-0${day}`, `1970-01-0${day}`, `2024-01-0${day}T00:00+99:00`]));
    }
  }
  return result;
}

/** Mutate bytes: flips, a cut-off end, zeros: for Arrow files, whose damage readers must survive. */
export function mutateBytes(choose: Chooser, bytes: Uint8Array): Uint8Array {
  const result = Buffer.from(bytes);
  switch (choose.int(0, 3)) {
    case 0:
      for (let flips = choose.int(1, 8); flips > 0; flips--) result[choose.int(0, result.length - 1)] = choose.int(0, 255);
      return result;
    case 1:
      return result.subarray(0, choose.int(0, result.length - 1));
    case 2:
      result.fill(0, choose.int(0, result.length - 1));
      return result;
    default: {
      // A length or offset field made huge: 4 bytes of 0xff somewhere.
      const at = choose.int(0, Math.max(0, result.length - 4));
      result.fill(0xff, at, at + 4);
      return result;
    }
  }
}

/** A model: valid in form, or with a hostile twist (names, nesting, duplicate keys, huge numbers). */
export function fuzzModel(choose: Chooser): string {
  const twist = choose.int(0, 11);
  const byArea = Object.fromEntries(AREAS.slice(0, 3).map((area) => [area, choose.int(0, 3000)]));
  const model: Record<string, unknown> = {
    uplift: choose.pick([0, 0.06, 6, -1, '0.06', { value: 0.06, min: 0.04, max: 0.09 }]),
    deductions: { residents: { byArea } },
  };
  if (choose.chance(0.3)) model.fill = choose.pick(['none', 'interpolate', 'weekdayMean', 'sideways']);
  const text = JSON.stringify(model);
  switch (twist) {
    case 0:
      return `{"uplift":0,"deductions":{"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
    case 1:
      return '{"uplift":0,"deductions":{"residents":1,"residents":2}}';
    case 2:
      return `{"uplift":0,"deductions":{"${choose.pick(['__proto__', 'constructor', 'prototype', 'date', 'guestNights', 'a\\u200bb'])}":1}}`;
    case 3:
      return text.slice(0, choose.int(0, text.length - 1));
    case 4:
      return `{"uplift":0,"deductions":{"residents":{"file":"${choose.pick(['/dev/zero', '/proc/self/status', 'missing.csv', '.'])}"}}}`;
    case 5:
      return `{"uplift":0,"deductions":{},"codeHistory":"${choose.pick(['/dev/zero', '/proc/self/status', 'missing.csv'])}"}`;
    case 6:
      return `{"uplift":1e309,"deductions":{}}`;
    case 7:
      return mutateText(choose, text);
    default:
      return text;
  }
}
