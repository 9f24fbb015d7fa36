/**
 * What `simulateRegion` returns: the counts an operator would sell and the truth behind them,
 * as typed arrays over the days asked for. Municipalities are in the scenario's order; truth rows
 * have the region last.
 */
export interface SimulationResult {
  scenarioName: string;
  seed: number;
  areaCodes: string[];
  areaNames: string[];
  /** Registered residents per municipality. */
  residents: number[];
  /** The first day (days since 1970-01-01) and the number of days; truth nights are dated by their evening, over the same days. */
  firstDay: number;
  dayCount: number;
  /** 1 / the operator's nominal market share: what the raw counts were multiplied by. */
  scale: number;
  counts: SimulatedCounts;
  truth: SimulatedTruth;
}

/** The operator's counts, scaled up by `scale` (not rounded). Segment 0 is `home`, 1 `visitor`. */
export interface SimulatedCounts {
  /** Unique devices per municipality and day: `[area × days + day]`. */
  daily: Float64Array;
  /** The same by segment: `[(segment × areas + area) × days + day]`. */
  dailySegments: Float64Array;
  /** Devices present per municipality and Europe/Oslo clock hour: `[(area × days + day) × 24 + hour]`; on the day the clocks go back both 02:00 hours have the value at 02. */
  hourly: Float64Array;
  /** The same by segment: `[((segment × areas + area) × days + day) × 24 + hour]`. */
  hourlySegments: Float64Array;
  /** Unique devices in the whole region per day. */
  regionDaily: Float64Array;
}

/** The truth, each `[(area or region) × days + night]`, the region's row last; nights dated by their evening. */
export interface SimulatedTruth {
  /** Persons sleeping in the municipality who are guests: cabin households, commercial guests, friends and family. */
  guestNights: Float64Array;
  /** Registered residents in their own municipality at 03:00. */
  residentsPresent: Float64Array;
  /** Everyone in the municipality at 03:00. */
  personsAtNight: Float64Array;
  /** Their devices, on every network. */
  devicesAtNight: Float64Array;
  /** Their devices on the counting operator's network, unscaled. */
  countedAtNight: Float64Array;
  /** Seasonal workers and night-shift workers from outside in the municipality at 03:00. */
  nonResidentWorkers: Float64Array;
  /** Day-trippers from outside in the municipality that day (the region: each once). */
  dayVisitors: Float64Array;
  /** Persons driving through the municipality that day (the region: each once). */
  throughTraffic: Float64Array;
  /** Workers from outside who came for the day. */
  commutersIn: Float64Array;
}
