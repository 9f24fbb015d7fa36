import { OUTSIDE, type RoadNetwork } from './road-network.js';
import type { VisitCounts } from './visit-counts.js';

/**
 * A unit's day as a walk: `start` where it woke, `moveTo` each place it goes (crossing the
 * municipalities on the road between, each for its crossing minutes), `finish` at midnight.
 * Hands each stretch to the counts as a visit. One instance is reused for every unit-day.
 *
 * @example
 * itinerary.start(OUTSIDE);
 * itinerary.moveTo(2, 17 * 60, 0); // enters at area 0, crosses 0 and 1, in area 2 from 17:00 + their minutes
 * itinerary.finish();
 */
export class Itinerary {
  private area = OUTSIDE;
  private since = 0;

  constructor(
    private readonly counts: VisitCounts,
    private readonly network: RoadNetwork,
  ) {}

  /** Begin the day (minute 0) in `area`, or outside the region. */
  start(area: number): void {
    this.area = area;
    this.since = 0;
  }

  /** The unit's place now. */
  get at(): number {
    return this.area;
  }

  /**
   * Leave for `area` (OUTSIDE: out of the region through `entrance`) at minute `minute`; from
   * outside, come in through `entrance`. Returns the minute of arrival.
   */
  moveTo(area: number, minute: number, entrance: number): number {
    const { counts, network } = this;
    const from = this.area;
    if (area === from) return minute;
    let time = Math.max(minute, this.since);
    if (from !== OUTSIDE) counts.visit(from, this.since, time);
    if (from === OUTSIDE) {
      if (entrance !== area) {
        counts.visit(entrance, time, time + network.crossingMinutes[entrance]!);
        time = this.cross(entrance, area, time + network.crossingMinutes[entrance]!);
      }
    } else if (area === OUTSIDE) {
      if (entrance !== from) {
        time = this.cross(from, entrance, time);
        counts.visit(entrance, time, time + network.crossingMinutes[entrance]!);
        time += network.crossingMinutes[entrance]!;
      }
    } else {
      time = this.cross(from, area, time);
    }
    this.area = area;
    this.since = Math.min(time, 1440);
    return time;
  }

  /** Visit the municipalities on the road between `start` and `end` (both left out) from minute `time`; returns the minute past them. */
  private cross(start: number, end: number, time: number): number {
    const { counts, network } = this;
    const path = network.between[start * network.areaCount + end]!;
    for (let k = 0; k < path.length; k++) {
      const step = path[k]!;
      counts.visit(step, time, time + network.crossingMinutes[step]!);
      time += network.crossingMinutes[step]!;
    }
    return time;
  }

  /** End the day at midnight in the place the unit is. */
  finish(): void {
    if (this.area !== OUTSIDE) this.counts.visit(this.area, this.since, 1440);
  }
}
