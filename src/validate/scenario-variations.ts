import type { Scenario } from '../simulate/scenario.js';

/** A change to a scenario that an estimation method should withstand: what it changes, and the change. */
export interface ScenarioVariation {
  name: string;
  /** A few characters for a table's column. */
  label: string;
  /** Changes the scenario given (a copy) in place. */
  change: (scenario: Scenario) => void;
}

/**
 * What `teleguest validate --variations` varies besides the scenario as given: what an analyst
 * cannot know from the counts — how many residents sleep away, how many persons carry two
 * devices, whether the counting operator's share differs between groups and how large it is —
 * and how the operator counts devices passing through. Each changes one thing.
 *
 * @example
 * const away = varyScenario(scenario, SCENARIO_VARIATIONS[0]!);
 * away.residents.travelAwayShare; // twice the scenario's
 */
export const SCENARIO_VARIATIONS: readonly ScenarioVariation[] = [
  { name: 'residents away ×2', label: 'away ×2', change: (scenario) => (scenario.residents.travelAwayShare *= 2) },
  { name: 'residents away ×½', label: 'away ×½', change: (scenario) => (scenario.residents.travelAwayShare /= 2) },
  {
    name: 'two devices: 10 % of every group',
    label: '2 devices',
    change: (scenario) => {
      scenario.phones.twoDevices = 0.1;
      for (const shares of Object.values(scenario.phones.groups)) delete shares.twoDevices;
    },
  },
  {
    name: "operator's share the same in every group",
    label: 'share =',
    change: (scenario) => {
      for (const shares of Object.values(scenario.phones.groups)) delete shares.operatorShare;
    },
  },
  {
    name: "operator's share ×0.6, counts scaled by its nominal share",
    label: 'share ×0.6',
    change: (scenario) => {
      scenario.phones.operatorShare *= 0.6;
      scenario.phones.nominalShare *= 0.6;
      for (const shares of Object.values(scenario.phones.groups)) if (shares.operatorShare !== undefined) shares.operatorShare *= 0.6;
    },
  },
  {
    name: 'devices passing through not counted (60 min a day, 15 min an hour)',
    label: 'transit',
    change: (scenario) => {
      scenario.counting.dailyMinMinutes = 60;
      scenario.counting.hourlyMinMinutes = 15;
    },
  },
];

/**
 * A copy of the scenario with one variation applied, named after both.
 *
 * @example
 * varyScenario(scenario, SCENARIO_VARIATIONS[0]!).name; // 'Hallingdal (SYNTHETIC): residents away ×2'
 */
export function varyScenario(scenario: Scenario, variation: ScenarioVariation): Scenario {
  const varied = structuredClone(scenario);
  variation.change(varied);
  varied.name = `${scenario.name}: ${variation.name}`;
  return varied;
}
