import { Float64, makeData, makeVector, type Vector } from 'apache-arrow';

/**
 * Wrap a Float64Array as an Arrow column without copying it, with NaN marked null in a new
 * validity bitmap (NaN is how the engine marks "no value").
 *
 * @example
 * float64Column(Float64Array.of(1, NaN)).toJSON(); // [1, null]
 */
export function float64Column(values: Float64Array): Vector<Float64> {
  const validity = new Uint8Array((values.length + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === values[i]) validity[i >> 3]! |= 1 << (i & 7);
    else nullCount++;
  }
  return makeVector(makeData({ type: new Float64(), length: values.length, nullCount, nullBitmap: validity, data: values }));
}
