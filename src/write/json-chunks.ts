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
  if (isWhole(value, depth)) yield JSON.stringify(value, null, 2);
  else yield* members(value, 0, depth);
  yield '\n';
}

/** Written as one piece: below `depth`, or not an object whose members JSON.stringify walks. */
function isWhole(value: unknown, depth: number): boolean {
  if (depth === 0 || value === null || typeof value !== 'object' || Array.isArray(value) || 'toJSON' in value) return true;
  // Boxed primitives are written as their value.
  return value instanceof Number || value instanceof String || value instanceof Boolean;
}

/** An object's members, each as JSON.stringify writes it `level` objects deep. */
function* members(value: object, level: number, depth: number): Generator<string> {
  const indent = '  '.repeat(level);
  let written = 0;
  for (const [key, member] of Object.entries(value)) {
    const whole = isWhole(member, depth - 1);
    const text = whole ? memberText(key, member, level + 1) : '';
    // As JSON.stringify: a member whose value (or its toJSON) is undefined, a function or a symbol is left out.
    if (text === undefined) continue;
    yield `${written++ === 0 ? '{' : ','}\n${indent}  ${JSON.stringify(key)}: `;
    if (whole) yield text;
    else yield* members(member as object, level + 1, depth - 1);
  }
  yield written === 0 ? '{}' : `\n${indent}}`;
}

/**
 * A member's value as `JSON.stringify(value, null, 2)` writes it `level` objects deep: stringified
 * as the member of `level` nested objects, whose own text is then cut off (cheaper than indenting
 * each line afterwards; its toJSON, if any, hears its own key). Undefined where JSON.stringify
 * leaves the member out.
 */
function memberText(key: string, member: unknown, level: number): string | undefined {
  let wrapped: unknown = { [key]: member };
  let head = `{\n${'  '.repeat(level)}${JSON.stringify(key)}: `.length;
  let tail = `\n${'  '.repeat(level - 1)}}`.length;
  for (let depth = level - 1; depth >= 1; depth--) {
    wrapped = { '': wrapped };
    head += `{\n${'  '.repeat(depth)}"": `.length;
    tail += `\n${'  '.repeat(depth - 1)}}`.length;
  }
  const text = JSON.stringify(wrapped, null, 2);
  // Left out: the innermost object is empty, and nothing lies between the cuts.
  return text.length - head - tail > 0 ? text.slice(head, text.length - tail) : undefined;
}
