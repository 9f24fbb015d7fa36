/** A worker that fails every task, standing in for a crashed estimate worker in tests. */
export function model(): never {
  throw new Error('injected worker fault');
}
