import type { Scenario } from '../../src/simulate/scenario.js';

/**
 * A scenario with every count of persons, places and guest-nights × `factor` (rounded), its
 * shares, patterns and stays as they were: the same region in small, which simulates a year in
 * about `factor` of the time, with more noise from run to run.
 *
 * @example
 * scaledScenario(hallingdal, 0.25).municipalities[0]!.residents; // 263 of Flå's 1 050
 */
export function scaledScenario(scenario: Scenario, factor: number): Scenario {
  const scaled = structuredClone(scenario);
  const times = (count: number) => Math.round(count * factor);
  for (const municipality of scaled.municipalities) {
    municipality.residents = times(municipality.residents);
    municipality.commercialBeds = times(municipality.commercialBeds);
    municipality.cabins = times(municipality.cabins);
    municipality.dayTrippers = times(municipality.dayTrippers);
    municipality.commutersIn = times(municipality.commutersIn);
    municipality.nightShiftPosts = times(municipality.nightShiftPosts);
    municipality.seasonalWorkers = { winter: times(municipality.seasonalWorkers.winter), summer: times(municipality.seasonalWorkers.summer) };
  }
  scaled.commercial.guestNightsPerYear *= factor;
  scaled.throughTraffic.personsPerDay *= factor;
  scaled.name = `${scenario.name} × ${factor}`;
  return scaled;
}
