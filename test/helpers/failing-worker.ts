/** A worker that fails every task, standing in for a crashed estimate worker in tests. */
export function region(): never {
  throw new Error('injected worker fault');
}
export const model = region;
