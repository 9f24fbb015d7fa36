import type { Scenario } from './scenario.js';

/** Where a traveller is when not in the region. */
export const OUTSIDE = -1;

/** Shortest road paths between municipalities (as indices into the scenario's list). */
export interface RoadNetwork {
  areaCount: number;
  /** Minutes to cross each municipality on the road. */
  crossingMinutes: Float64Array;
  /** The municipalities crossed between two, both ends left out: `between[from * areaCount + to]`. */
  between: Int16Array[];
}

/**
 * Shortest paths (fewest municipalities crossed) over the scenario's roads, by breadth-first
 * search from each municipality; two municipalities with no road between them are taken to
 * border each other.
 *
 * @example
 * // Roads [['A', 'B', 'C']]: from A to C the traveller crosses B.
 * buildRoadNetwork(scenario).between[0 * 3 + 2]; // Int16Array [1]
 */
export function buildRoadNetwork(scenario: Pick<Scenario, 'municipalities' | 'roads'>): RoadNetwork {
  const codes = scenario.municipalities.map((municipality) => municipality.code);
  const areaCount = codes.length;
  const neighbours: number[][] = codes.map(() => []);
  for (const road of scenario.roads) {
    for (let step = 1; step < road.length; step++) {
      const [a, b] = [codes.indexOf(road[step - 1]!), codes.indexOf(road[step]!)];
      if (a === b || neighbours[a]!.includes(b)) continue;
      neighbours[a]!.push(b);
      neighbours[b]!.push(a);
    }
  }
  const between: Int16Array[] = [];
  for (let from = 0; from < areaCount; from++) {
    // Breadth-first from `from`; `previous` leads back along a shortest path.
    const previous = new Int32Array(areaCount).fill(-1);
    previous[from] = from;
    const queue = [from];
    for (let head = 0; head < queue.length; head++) {
      for (const next of neighbours[queue[head]!]!) {
        if (previous[next] !== -1) continue;
        previous[next] = queue[head]!;
        queue.push(next);
      }
    }
    for (let to = 0; to < areaCount; to++) {
      const crossed: number[] = [];
      if (previous[to] !== -1) for (let at = previous[to]!; at !== from; at = previous[at]!) crossed.unshift(at);
      between[from * areaCount + to] = Int16Array.from(crossed);
    }
  }
  return { areaCount, crossingMinutes: Float64Array.from(scenario.municipalities, (municipality) => municipality.crossingMinutes), between };
}
