import JSONstat from 'jsonstat-toolkit';
import { InputError, showValue } from '../errors.js';
import { parseJson } from '../read/parse-json.js';
import type { SsbDimension, SsbTable } from './ssb-table.js';
import { parseTimeCode } from './ssb-time-code.js';

type Json = Record<string, unknown>;

/**
 * Read a JSON-stat 2.0 dataset as StatBank's PxWebApi v2 serves it (`outputFormat=json-stat2`).
 * jsonstat-toolkit does the normalising: category `index` as an array or an object (categories
 * are placed by their index numbers, never by key order), `value` as an array or a sparse
 * object, `status` as a string, an array or a sparse object. The shape is checked first, so
 * that a bad document is refused with its JSON path rather than read wrongly. The region is
 * the `geo` role's dimension (else `Region`), the period the `time` role's (else `Tid`), the
 * contents the `metric` role's (else `ContentsCode`).
 *
 * @example
 * const table = readSsbJsonStat(await readFile('fixtures/ssb/population-07459.json', 'utf8'), 'population-07459.json');
 * table.dimensions.map((dimension) => dimension.id); // ['Region', 'Kjonn', 'Alder', 'ContentsCode', 'Tid']
 */
export function readSsbJsonStat(text: string, file: string): SsbTable {
  const document = parseJson(text, file);
  const fail = (path: string, problem: string): never => {
    throw new InputError('E_JSON_STAT', problem, { file, path });
  };
  if (!isObject(document)) return fail('(root)', 'expected a JSON-stat 2.0 dataset (an object with class "dataset")');
  if (document.class !== 'dataset') {
    const got = document.class === undefined ? 'no class (JSON-stat 1.x? ask PxWebApi v2 for outputFormat=json-stat2)' : JSON.stringify(document.class);
    return fail('class', `expected "dataset", got ${got}`);
  }
  const ids = document.id;
  const sizes = document.size;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) return fail('id', 'expected a list of dimension ids');
  if (!Array.isArray(sizes) || sizes.length !== ids.length || !sizes.every((size) => Number.isInteger(size) && size >= 0)) {
    return fail('size', `expected ${ids.length} whole numbers, one per dimension in id`);
  }
  const cells = (sizes as number[]).reduce((product, size) => product * size, 1);
  const dimensionsJson = document.dimension;
  if (!isObject(dimensionsJson)) return fail('dimension', 'expected an object with one entry per dimension');
  for (const [position, id] of (ids as string[]).entries()) checkDimension(dimensionsJson[id], `dimension.${id}`, sizes[position] as number, fail);
  checkCellList(
    document.value,
    'value',
    cells,
    (item) => item === null || (typeof item === 'number' && Number.isFinite(item) && item >= 0),
    'a number ≥ 0 or null (no count is negative)',
    fail,
  );
  if (document.status !== undefined && document.status !== null && typeof document.status !== 'string') {
    checkCellList(document.status, 'status', cells, (item) => item === null || typeof item === 'string', 'a symbol such as ".." or null', fail);
  }
  // eliminationValueCode (in data responses, per SSB) names a category that totals the others.
  const totals = new Map((ids as string[]).map((id) => [id, ((dimensionsJson[id] as Json).extension as Json | undefined)?.eliminationValueCode]));

  const dataset = JSONstat(document);
  const dimensions: SsbDimension[] = dataset.id.map((id) => {
    const dimension = dataset.Dimension(id)!;
    const codes = dimension.id;
    const total = codes.indexOf(String(totals.get(id)));
    return { id, codes, labels: codes.map((code) => dimension.Category(code)?.label ?? code), ...(total >= 0 && codes.length > 1 ? { total } : {}) };
  });
  const role = (name: 'geo' | 'time' | 'metric', fallback: string) => {
    const id = dataset.role?.[name]?.[0] ?? dataset.id.find((candidate) => candidate.toLowerCase() === fallback.toLowerCase());
    return id === undefined ? undefined : dataset.id.indexOf(id);
  };
  const region = role('geo', 'Region');
  const time = role('time', 'Tid');
  if (region === undefined) return fail('role.geo', `no region dimension: expected role.geo or a dimension named Region among ${dataset.id.join(', ')}`);
  if (time === undefined) return fail('role.time', `no time dimension: expected role.time or a dimension named Tid among ${dataset.id.join(', ')}`);
  // SSB's aggregation code lists write municipalities as K-3320; the counts write 3320.
  dimensions[region]!.codes = dimensions[region]!.codes.map((code) => code.replace(/^K-/, ''));
  const timeId = dataset.id[time]!;
  for (const code of dimensions[time]!.codes) {
    if (parseTimeCode(code) === undefined) fail(`dimension.${timeId}.category.index`, `"${code}" is not a StatBank period (2024, 2024M01 or 2024K1)`);
  }

  const coordinates = dimensions.map(() => new Int32Array(cells));
  let stride = cells;
  dimensions.forEach((dimension, position) => {
    const size = dimension.codes.length;
    stride /= size;
    // Row-major: the last dimension varies fastest (JSON-stat 2.0, "value").
    for (let cell = 0; cell < cells; cell++) coordinates[position]![cell] = Math.floor(cell / stride) % size;
  });
  const values = new Float64Array(cells);
  const statuses = new Map<number, string>();
  // The toolkit gives null, not a list, for a document without a single value.
  const given = dataset.value ?? [];
  for (let cell = 0; cell < cells; cell++) {
    const value = given[cell];
    values[cell] = value === null || value === undefined ? NaN : value;
    const status = dataset.status?.[cell];
    if (status !== null && status !== undefined) statuses.set(cell, status);
  }
  const sparse = !Array.isArray(document.value);
  return {
    file,
    label: dataset.label ?? '',
    dimensions,
    region,
    time,
    contents: role('metric', 'ContentsCode'),
    coordinates,
    values,
    statuses,
    place: (cell) => (sparse ? `value["${cell}"]` : `value[${cell}]`),
  };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkDimension(dimension: unknown, path: string, size: number, fail: (path: string, problem: string) => never): void {
  if (!isObject(dimension) || !isObject(dimension.category)) fail(`${path}.category`, 'expected an object with the categories (index and label)');
  const category = (dimension as Json).category as Json;
  const index = category.index ?? category.label;
  const codes = Array.isArray(index) ? index : isObject(index) ? Object.keys(index) : undefined;
  if (codes === undefined) return fail(`${path}.category.index`, 'expected a list of codes or an object of code → position');
  if (codes.length !== size) fail(`${path}.category.index`, `has ${codes.length} categories, but size says ${size}`);
  if (isObject(category.index)) {
    // Positions must be 0 … size − 1, each once, or cells would be placed under the wrong code.
    const positions = Object.values(category.index)
      .map(Number)
      .sort((a, b) => a - b);
    if (positions.some((position, at) => position !== at))
      fail(`${path}.category.index`, `expected the positions 0 to ${size - 1}, each once, got ${showValue(JSON.stringify(category.index))}`);
  }
}

function checkCellList(
  list: unknown,
  path: string,
  cells: number,
  isValid: (item: unknown) => boolean,
  expected: string,
  fail: (path: string, problem: string) => never,
): void {
  if (Array.isArray(list)) {
    if (list.length !== cells && !(path === 'status' && list.length === 1)) fail(path, `has ${list.length} entries; size gives ${cells} cells`);
    const bad = list.findIndex((item) => !isValid(item));
    if (bad >= 0) fail(`${path}[${bad}]`, `expected ${expected}, got ${showValue(JSON.stringify(list[bad]))}`);
    return;
  }
  if (!isObject(list)) return fail(path, `expected a list or an object of cell → ${expected}`);
  for (const [key, item] of Object.entries(list)) {
    if (!/^\d+$/.test(key) || Number(key) >= cells) fail(`${path}["${key}"]`, `expected a cell number from 0 to ${cells - 1}`);
    if (!isValid(item)) fail(`${path}["${key}"]`, `expected ${expected}, got ${showValue(JSON.stringify(item))}`);
  }
}
