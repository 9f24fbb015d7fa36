/**
 * The 128-bit starting state of stream `stream` of a seed, for pure-rand's xoroshiro128+:
 * (seed, stream) mixed by MurmurHash3's finaliser, word by word, so that neighbouring seeds and
 * streams start far apart. The draws (one stream per draw) and the simulator (one per purpose)
 * both start their generators here.
 *
 * @example
 * const rng = xoroshiro128plusFromState(streamState(1, 0));
 */
export function streamState(seed: number, stream: number): number[] {
  const state: number[] = [0, 1, 2, 3].map((word) => mix32(Math.imul(stream + 1, 0x9e3779b9) ^ mix32(seed + Math.imul(word + 1, 0x85ebca6b))) | 0);
  // xoroshiro's one forbidden state.
  if (!state.some((word) => word !== 0)) state[0] = 1;
  return state;
}

function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
