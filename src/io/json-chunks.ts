/**
 * `JSON.stringify(value, null, 2)` and a line feed, the same text to the byte, in pieces: the
 * members of objects down to `depth` levels one by one, anything deeper (and every array) as one
 * piece. A summary of thousands of areas is then never one string of hundreds of megabytes: at
 * the default depth each area's figures (`areas`, `uncertainty.areas`) are pieces of their own.
 *
 * @example
 * [...jsonChunks({ a: 1, b: { c: [2] } })].join(''); // '{\n  "a": 1,\n  "b": {\n    "c": [\n      2\n    ]\n  }\n}\n'
 */
export function* jsonChunks(value: object, depth = 3): Generator<string> {
  yield* members(value, 0, depth);
  yield '\n';
}

function* members(value: unknown, level: number, depth: number): Generator<string> {
  if (depth === 0 || value === null || typeof value !== 'object' || Array.isArray(value) || 'toJSON' in value) {
    yield nested(value, level);
    return;
  }
  // As JSON.stringify: members whose value is undefined, a function or a symbol are left out.
  const entries = Object.entries(value).filter(([, member]) => member !== undefined && typeof member !== 'function' && typeof member !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  const indent = '  '.repeat(level);
  yield '{';
  for (const [index, [key, member]] of entries.entries()) {
    yield `${index === 0 ? '' : ','}\n${indent}  ${JSON.stringify(key)}: `;
    yield* members(member, level + 1, depth - 1);
  }
  yield `\n${indent}}`;
}

/**
 * `JSON.stringify(value, null, 2)` as it reads `level` objects deep: stringified inside `level`
 * wrapping objects, whose own text is then cut off (cheaper than indenting each line afterwards).
 */
function nested(value: unknown, level: number): string {
  let wrapped = value;
  let head = 0;
  let tail = 0;
  for (let depth = 1; depth <= level; depth++) {
    wrapped = { '': wrapped };
    head += `{\n${'  '.repeat(depth)}"": `.length;
    tail += `\n${'  '.repeat(depth - 1)}}`.length;
  }
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(head, text.length - tail);
}
