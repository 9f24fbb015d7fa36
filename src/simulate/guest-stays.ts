/**
 * Stays of guests who come once (commercial guests, friends and family): a growing list in
 * typed arrays, one entry per party, dropped once the party has left.
 *
 * @example
 * const stays = new GuestStays();
 * stays.add(3, 4, 4, 2, 10, 11, 0, 1); // a party of 4 in area 3, nights 10 and 11
 */
export class GuestStays {
  length = 0;
  area = new Int16Array(256);
  persons = new Uint8Array(256);
  devices = new Uint8Array(256);
  counted = new Uint8Array(256);
  /** The evening of arrival and the last night (span day indices). */
  arrive = new Int32Array(256);
  lastNight = new Int32Array(256);
  entrance = new Int16Array(256);
  /** 0: commercial, 1: friends and family; for excursions. */
  group = new Uint8Array(256);

  add(area: number, persons: number, devices: number, counted: number, arrive: number, lastNight: number, entrance: number, group: number): void {
    if (this.length === this.area.length) this.grow();
    const at = this.length++;
    this.area[at] = area;
    this.persons[at] = persons;
    this.devices[at] = devices;
    this.counted[at] = counted;
    this.arrive[at] = arrive;
    this.lastNight[at] = lastNight;
    this.entrance[at] = entrance;
    this.group[at] = group;
  }

  /** Drop the stays whose last night is before `day` (they left on that night's morning or earlier). */
  dropBefore(day: number): void {
    let kept = 0;
    for (let at = 0; at < this.length; at++) {
      if (this.lastNight[at]! + 1 <= day - 1) continue;
      if (kept !== at) {
        this.area[kept] = this.area[at]!;
        this.persons[kept] = this.persons[at]!;
        this.devices[kept] = this.devices[at]!;
        this.counted[kept] = this.counted[at]!;
        this.arrive[kept] = this.arrive[at]!;
        this.lastNight[kept] = this.lastNight[at]!;
        this.entrance[kept] = this.entrance[at]!;
        this.group[kept] = this.group[at]!;
      }
      kept++;
    }
    this.length = kept;
  }

  private grow(): void {
    const size = this.area.length * 2;
    const grown = <T extends Int16Array | Uint8Array | Int32Array>(values: T, make: (size: number) => T): T => {
      const bigger = make(size);
      bigger.set(values as never);
      return bigger;
    };
    this.area = grown(this.area, (n) => new Int16Array(n));
    this.persons = grown(this.persons, (n) => new Uint8Array(n));
    this.devices = grown(this.devices, (n) => new Uint8Array(n));
    this.counted = grown(this.counted, (n) => new Uint8Array(n));
    this.arrive = grown(this.arrive, (n) => new Int32Array(n));
    this.lastNight = grown(this.lastNight, (n) => new Int32Array(n));
    this.entrance = grown(this.entrance, (n) => new Int16Array(n));
    this.group = grown(this.group, (n) => new Uint8Array(n));
  }
}
