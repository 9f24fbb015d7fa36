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
  yield* members(value, '', depth);
  yield '\n';
}

function* members(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth === 0 || value === null || typeof value !== 'object' || Array.isArray(value) || 'toJSON' in value) {
    // JSON text holds no raw line feed inside a string, so each line feed starts a line to indent.
    yield JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
    return;
  }
  // As JSON.stringify: members whose value is undefined, a function or a symbol are left out.
  const entries = Object.entries(value).filter(([, member]) => member !== undefined && typeof member !== 'function' && typeof member !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  const inner = `${indent}  `;
  yield '{';
  for (const [index, [key, member]] of entries.entries()) {
    yield `${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* members(member, inner, depth - 1);
  }
  yield `\n${indent}}`;
}
