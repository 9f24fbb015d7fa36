import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Channels, Extremes } from '../../src/kernels/evaluate-draws.js';
import { fitToReference, referenceOf, selectByReference } from '../../src/kernels/select-by-reference.js';
import { histogramScratch } from '../../src/kernels/select-quantiles.js';
import { evaluateTarget, targetSum } from '../../src/kernels/target-sum.js';
import { mulberry32 } from '../helpers/hallingdal-devices.js';

// A target selected from another's histogram must give the very ranks a sort of its own values
// gives: the values here are added in the test, in the passes' order (constant, then the channels
// left to right), and sorted.

const DRAWS = 4000;
const PROBABILITIES = Float64Array.of(0, 0.025, 0.05, 0.5, 0.95, 0.975, 1);

/** SYNTHETIC channels shaped like a row's months: a small uplift-like channel, a base and a month factor, each target weighing them by its days. */
function channels(targets: Array<{ constant: number; weights: number[] }>, seed: number): Channels & Extremes {
  const random = mulberry32(seed);
  const spreads = [
    [0.04, 0.05],
    [1800, 500],
    [0.5, 1],
  ];
  const values = spreads.map(([low, width]) => Float64Array.from({ length: DRAWS }, () => low! + width! * random() * random()));
  return {
    constant: Float64Array.from(targets, (target) => target.constant),
    weights: spreads.map((_, channel) => Float64Array.from(targets, (target) => target.weights[channel]!)),
    values,
    least: Float64Array.from(values, (column) => Math.min(...column)),
    greatest: Float64Array.from(values, (column) => Math.max(...column)),
  };
}

/** Each draw's value as the passes add it, sorted; the rank pairs of each probability. */
function sortedRankPairs(all: Channels & Extremes, target: number): { low: number[]; high: number[] } {
  const values = Float64Array.from({ length: DRAWS }, (_, draw) =>
    all.weights.reduce((sum, weights, channel) => sum + weights[target]! * all.values[channel]![draw]!, all.constant[target]!),
  ).sort();
  const ranks = [...PROBABILITIES].map((p) => Math.floor((DRAWS - 1) * p));
  return { low: ranks.map((rank) => values[rank]!), high: ranks.map((rank) => values[Math.min(rank + 1, DRAWS - 1)]!) };
}

const Reference = suite('selectByReference');

Reference('gives the rank pairs of a sort for targets that follow the reference closely and loosely', () => {
  // Target 0 is the reference; the others have the reference's days (× 30 / 31) and devices ± up to 40 %.
  const targets = [
    { constant: 150_000, weights: [150_000, -30, -60_000] },
    { constant: 155_000, weights: [155_000, -30, -60_000] },
    { constant: 140_000, weights: [140_000, -31, -62_000] },
    { constant: 210_000, weights: [210_000, -30, -60_000] },
    { constant: 90_000, weights: [90_000, -29, -58_000] },
  ];
  for (const seed of [1, 2, 3]) {
    const all = channels(targets, seed);
    const referenceSum = targetSum(all, 0);
    const [low, high] = [new Float64Array(PROBABILITIES.length), new Float64Array(PROBABILITIES.length)];
    const histogram = evaluateTarget(referenceSum, new Float64Array(DRAWS), PROBABILITIES, low, high, histogramScratch());
    assert.ok(histogram !== undefined, 'the reference has a histogram');
    const reference = referenceOf(histogram)!;
    assert.equal({ low: [...low], high: [...high] }, sortedRankPairs(all, 0), 'the reference');
    let selected = 0;
    for (let target = 1; target < targets.length; target++) {
      const sum = targetSum(all, target);
      const fit = fitToReference(all, sum, referenceSum);
      assert.ok(fit !== undefined && fit.scale > 0);
      if (!selectByReference(reference, fit, sum, PROBABILITIES, low, high, DRAWS)) continue;
      selected++;
      assert.equal({ low: [...low], high: [...high] }, sortedRankPairs(all, target), `target ${target}, seed ${seed}`);
    }
    assert.is(selected, targets.length - 1);
  }
});

Reference('declines when more draws than allowed would be worked out, and a target of opposite sign has no fit', () => {
  const targets = [
    { constant: 0, weights: [150_000, -30, -60_000] },
    { constant: 0, weights: [300_000, -10, -1_000] },
    { constant: 0, weights: [-150_000, 30, 60_000] },
  ];
  const all = channels(targets, 4);
  const referenceSum = targetSum(all, 0);
  const [low, high] = [new Float64Array(PROBABILITIES.length), new Float64Array(PROBABILITIES.length)];
  const reference = referenceOf(evaluateTarget(referenceSum, new Float64Array(DRAWS), PROBABILITIES, low, high, histogramScratch())!)!;
  const loose = targetSum(all, 1);
  const fit = fitToReference(all, loose, referenceSum)!;
  assert.is(selectByReference(reference, fit, loose, PROBABILITIES, low, high, 10), false);
  assert.ok(selectByReference(reference, fit, loose, PROBABILITIES, low, high, Infinity), 'with no limit it answers');
  assert.equal({ low: [...low], high: [...high] }, sortedRankPairs(all, 1));
  assert.is(fitToReference(all, targetSum(all, 2), referenceSum), undefined);
});

Reference.run();
