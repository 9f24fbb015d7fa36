import type { Random } from './random.js';
import type { PhoneShares } from './scenario.js';

/** A party's devices: all of them, and those on the counting operator's network. */
export interface PartyPhones {
  devices: number;
  counted: number;
}

/**
 * Draw the phones of a party of `persons`: each person has none (`noPhone`), two (`twoDevices`)
 * or one device, and each device is on the counting operator's network with chance `operatorShare`.
 *
 * @example
 * drawPhones(random, { noPhone: 0, twoDevices: 0, operatorShare: 1 }, 3); // { devices: 3, counted: 3 }
 */
export function drawPhones(random: Random, shares: PhoneShares, persons: number): PartyPhones {
  let devices = 0;
  let counted = 0;
  for (let person = 0; person < persons; person++) {
    const draw = random.uniform();
    const carried = draw < shares.noPhone ? 0 : draw < shares.noPhone + shares.twoDevices ? 2 : 1;
    devices += carried;
    for (let device = 0; device < carried; device++) if (random.uniform() < shares.operatorShare) counted++;
  }
  return { devices, counted };
}
