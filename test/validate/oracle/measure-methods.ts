import type { SimulationResult } from '../../../src/simulate/simulation-result.js';
import { scoreEstimate } from '../../../src/validate/score-estimate.js';
import { lessResidents, nightPresence } from './night-presence.js';
import { planFormula, planFormulaOnRegion } from './plan-formula.js';
import { guestsLessHomePresent, segmentNightPresence } from './segment-night-presence.js';

/** One method's score on the region's guest-nights. */
export interface MethodScore {
  method: string;
  /** The counts it needs: `daily`, `region daily`, `hourly`, `hourly by home`. */
  counts: string;
  annualBiasPercent: number;
  monthlyMaePercent: number;
  peakNightErrorPercent: number;
  /** Mean absolute annual bias over the municipalities (NaN for region-only methods). */
  areaAnnualBiasPercent: number;
}

/** What the analyst knows: the uplift (persons per device − 1) and the published registered residents. */
export interface AnalystKnowledge {
  uplift: number;
  /** The plan's other deductions (external workers, through-traffic, day-trippers), for the plan's formula only. */
  otherDeductions: number;
}

/**
 * Run each estimation method on a simulation's counts, knowing only the uplift and the registered
 * residents, and score its nightly guest-nights for the region (and each municipality) against
 * the truth. The methods:
 * - plan formula on the sum of daily counts per municipality;
 * - plan formula on the region's unique daily count;
 * - hourly night presence (02–04) less registered residents, nights dated by evening, and the same dated by morning;
 * - hourly presence at 03:00 less registered residents;
 * - the visitor segment's night presence (02–04);
 * - all persons at night less the home segment's (capped at the registered residents).
 *
 * @example
 * measureMethods(simulateRegion(scenario, { seed: 1, from: '2024-01-01', to: '2024-12-31' }), { uplift: 0.06, otherDeductions: 3_000 });
 */
export function measureMethods(result: SimulationResult, knowledge: AnalystKnowledge): MethodScore[] {
  const { counts, residents, dayCount, firstDay, truth } = result;
  const areaCount = residents.length;
  const allResidents = residents.reduce((sum, count) => sum + count, 0);
  const options = (hours: number[], dateBy: 'evening' | 'morning' = 'evening') => ({ hours, uplift: knowledge.uplift, dateBy });
  const nightHours = [2, 3, 4];
  const home = segmentNightPresence(counts.hourlySegments, 0, areaCount, dayCount, firstDay, options(nightHours));
  const visitors = segmentNightPresence(counts.hourlySegments, 1, areaCount, dayCount, firstDay, options(nightHours));
  const methods: [string, string, Float64Array][] = [
    ['plan formula, daily counts summed', 'daily', planFormula(counts.daily, residents, dayCount, knowledge)],
    ['plan formula, region unique daily', 'region daily', planFormulaOnRegion(counts.regionDaily, allResidents, areaCount, dayCount, knowledge)],
    [
      'night presence 02–04 − registered residents',
      'hourly',
      lessResidents(nightPresence(counts.hourly, areaCount, dayCount, firstDay, options(nightHours)), residents, dayCount),
    ],
    [
      '  the same, dated by the morning',
      'hourly',
      lessResidents(nightPresence(counts.hourly, areaCount, dayCount, firstDay, options(nightHours, 'morning')), residents, dayCount),
    ],
    [
      'presence at 03:00 − registered residents',
      'hourly',
      lessResidents(nightPresence(counts.hourly, areaCount, dayCount, firstDay, options([3])), residents, dayCount),
    ],
    ['visitor segment at night 02–04', 'hourly by home', visitors],
    ['all at night − home segment (≤ registered)', 'hourly by home', guestsLessHomePresent(home, visitors, residents, dayCount)],
  ];
  return methods.map(([method, countsUsed, estimate]) => {
    const region = scoreEstimate(truth.guestNights.subarray(areaCount * dayCount), estimate.subarray(areaCount * dayCount), firstDay);
    let areaBias = 0;
    for (let area = 0; area < areaCount; area++) {
      areaBias += Math.abs(
        scoreEstimate(truth.guestNights.subarray(area * dayCount, (area + 1) * dayCount), estimate.subarray(area * dayCount, (area + 1) * dayCount), firstDay)
          .annual.biasPercent,
      );
    }
    return {
      method,
      counts: countsUsed,
      annualBiasPercent: region.annual.biasPercent,
      monthlyMaePercent: region.monthly.meanAbsolutePercent,
      peakNightErrorPercent: region.peakNight.errorPercent,
      areaAnnualBiasPercent: areaBias / areaCount,
    };
  });
}
