import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { calibrateStartRate } from '../../src/simulate/calibrate-start-rate.js';
import type { StayNights } from '../../src/simulate/scenario.js';

const Calibrate = suite('calibrateStartRate');
const nightsOf = (nights: number): StayNights => ({ weekend: [nights, nights], holiday: [nights, nights], summer: [nights, nights], other: [nights, nights] });
const flat = new Float64Array(400).fill(1);
const other = new Uint8Array(400).fill(3);

Calibrate('gives a start rate equal to the share for 1-night stays', () => {
  // Every stay ends the next morning, so every unit is free each evening: occupancy = rate.
  assert.ok(Math.abs(calibrateStartRate(flat, other, nightsOf(1), 0.25) - 0.25) < 1e-9);
});

Calibrate('gives 1/3 for half the nights in 2-night stays', () => {
  // Steady state: starts s = (1 − s) × k (yesterday's starters are still in); occupancy 2s = 2k / (1 + k) = 1/2, so k = 1/3.
  assert.ok(Math.abs(calibrateStartRate(flat, other, nightsOf(2), 0.5) - 1 / 3) < 1e-6);
});

Calibrate('gives 0 for a share of 0', () => {
  assert.is(calibrateStartRate(flat, other, nightsOf(3), 0), 0);
});

Calibrate.run();
