import { clockHours } from './clock-hours.js';
import { yearMonthOfDay, formatDay } from '../clock/day-number.js';
import type { SimulatedTruth, SimulationResult } from './simulation-result.js';

/** The area code of the region's unique daily count (`region` itself is reserved by teleguest's reader for its own outputs). */
export const REGION_UNIQUE_CODE = 'region-unique';
/** The area code of the region's rows in the truth. */
export const REGION_TRUTH_CODE = 'region';
const SEGMENTS = ['home', 'visitor'] as const;

/** The files `renderSimulationFiles` writes, in the order it writes them. */
export const SIMULATION_FILES = [
  'daily.csv',
  'hourly.csv',
  'daily-segments.csv',
  'hourly-segments.csv',
  'region-daily.csv',
  'truth.csv',
  'truth.json',
] as const;
export type SimulationFile = (typeof SIMULATION_FILES)[number];

/**
 * The files an operator would sell, and the truth behind them, as text by file name (every one of
 * `SIMULATION_FILES`, or those in `names`): `daily.csv`, `hourly.csv`, `daily-segments.csv`,
 * `hourly-segments.csv`, `region-daily.csv`, `truth.csv` and `truth.json` (formats in
 * `fixtures/simulate/README.md`). Device counts are
 * rounded to whole devices, as operators deliver them. Hourly rows follow the Europe/Oslo clock:
 * 23 hours on the last Sunday of March, and 02 twice on the last Sunday of October (summer time
 * first, as teleguest's readers take it).
 *
 * @example
 * const files = renderSimulationFiles(simulateRegion(scenario, { seed: 1, from: '2024-01-01', to: '2024-01-31' }));
 * files['daily.csv'].split('\n')[0]; // 'date,area,area_name,devices'
 */
export function renderSimulationFiles(result: SimulationResult, names: readonly SimulationFile[] = SIMULATION_FILES): Partial<Record<SimulationFile, string>> {
  const { areaCodes, firstDay, dayCount, counts } = result;
  const areaNames = result.areaNames.map(csvField);
  const areaCount = areaCodes.length;
  const dates = Array.from({ length: dayCount }, (_, day) => formatDay(firstDay + day));
  const hoursOf = Array.from({ length: dayCount }, (_, day) => clockHours(firstDay + day));
  const round = (value: number) => String(Math.round(value));
  const pad = (hour: number) => String(hour).padStart(2, '0');
  const wanted = new Set(names);
  const rows = (name: SimulationFile, header: string) => ({ wanted: wanted.has(name), lines: [header] });
  const daily = rows('daily.csv', 'date,area,area_name,devices');
  const dailySegments = rows('daily-segments.csv', 'date,area,area_name,segment,devices');
  const regionDaily = rows('region-daily.csv', 'date,area,area_name,devices');
  const hourly = rows('hourly.csv', 'date,hour,area,devices');
  const hourlySegments = rows('hourly-segments.csv', 'date,hour,area,segment,devices');
  const regionName = csvField(`${result.scenarioName} (unique devices)`);
  for (let day = 0; day < dayCount; day++) {
    const date = dates[day]!;
    for (let area = 0; area < areaCount; area++) {
      if (daily.wanted) daily.lines.push(`${date},${areaCodes[area]},${areaNames[area]},${round(counts.daily[area * dayCount + day]!)}`);
      for (let segment = 0; segment < 2 && dailySegments.wanted; segment++) {
        dailySegments.lines.push(
          `${date},${areaCodes[area]},${areaNames[area]},${SEGMENTS[segment]},${round(counts.dailySegments[(segment * areaCount + area) * dayCount + day]!)}`,
        );
      }
    }
    if (regionDaily.wanted) regionDaily.lines.push(`${date},${REGION_UNIQUE_CODE},${regionName},${round(counts.regionDaily[day]!)}`);
    if (!hourly.wanted && !hourlySegments.wanted) continue;
    for (const hour of hoursOf[day]!) {
      for (let area = 0; area < areaCount; area++) {
        if (hourly.wanted) hourly.lines.push(`${date},${pad(hour)},${areaCodes[area]},${round(counts.hourly[(area * dayCount + day) * 24 + hour]!)}`);
        for (let segment = 0; segment < 2 && hourlySegments.wanted; segment++) {
          hourlySegments.lines.push(
            `${date},${pad(hour)},${areaCodes[area]},${SEGMENTS[segment]},${round(counts.hourlySegments[((segment * areaCount + area) * dayCount + day) * 24 + hour]!)}`,
          );
        }
      }
    }
  }
  const text = (lines: string[]) => lines.join('\n') + '\n';
  const files: Partial<Record<SimulationFile, string>> = {};
  for (const [name, file] of [
    ['daily.csv', daily],
    ['hourly.csv', hourly],
    ['daily-segments.csv', dailySegments],
    ['hourly-segments.csv', hourlySegments],
    ['region-daily.csv', regionDaily],
  ] as const) {
    if (file.wanted) files[name] = text(file.lines);
  }
  if (wanted.has('truth.csv')) files['truth.csv'] = text(truthRows(result, dates));
  if (wanted.has('truth.json')) files['truth.json'] = JSON.stringify(summarizeTruth(result), null, 2) + '\n';
  return files;
}

function truthRows(result: SimulationResult, dates: string[]): string[] {
  const { areaCodes, areaNames, dayCount, truth } = result;
  const areaCount = areaCodes.length;
  const totalResidents = result.residents.reduce((sum, residents) => sum + residents, 0);
  const rows = [
    'night,area,area_name,guest_nights,residents,residents_present,residents_away,persons_at_night,devices_at_night,non_resident_workers,day_visitors,through_traffic,commuters_in',
  ];
  for (let day = 0; day < dayCount; day++) {
    for (let row = 0; row <= areaCount; row++) {
      const at = row * dayCount + day;
      const code = row === areaCount ? REGION_TRUTH_CODE : areaCodes[row];
      const name = csvField(row === areaCount ? result.scenarioName : areaNames[row]!);
      const residents = row === areaCount ? totalResidents : result.residents[row]!;
      const present = truth.residentsPresent[at]!;
      rows.push(
        [
          dates[day],
          code,
          name,
          truth.guestNights[at],
          residents,
          present,
          residents - present,
          truth.personsAtNight[at],
          truth.devicesAtNight[at],
          truth.nonResidentWorkers[at],
          truth.dayVisitors[at],
          truth.throughTraffic[at],
          truth.commutersIn[at],
        ].join(','),
      );
    }
  }
  return rows;
}

/** What `truth.json` holds: totals over the nights simulated, per calendar year (by evening) and per municipality. */
export interface TruthSummary {
  scenario: string;
  seed: number;
  /** The first and last night, dated by evening. */
  from: string;
  to: string;
  nights: number;
  guestNights: {
    total: number;
    /** The total × 365 / nights. */
    perYear: number;
    byYear: Record<string, { nights: number; guestNights: number }>;
    byArea: Record<string, number>;
  };
  /** Persons ÷ their devices on every network, at 03:00 in the region, over all nights. */
  personsPerDevice: number;
  /** Persons ÷ the operator's scaled devices, at 03:00 in the region: the uplift an analyst would need, plus 1. */
  personsPerScaledDevice: number;
  /** Share of registered residents not in their municipality at 03:00, over all nights. */
  residentsAwayShare: number;
  /** Means per night (or day) in the region. */
  meanPerNight: Record<'guestNights' | 'residentsPresent' | 'personsAtNight' | 'nonResidentWorkers' | 'dayVisitors' | 'throughTraffic' | 'commutersIn', number>;
}

/**
 * The annual totals and ratios of a simulation's truth (`truth.json`).
 *
 * @example
 * summarizeTruth(result).guestNights.perYear; // about 2.9 million for the Hallingdal scenario
 */
export function summarizeTruth(result: SimulationResult): TruthSummary {
  const { areaCodes, dayCount, firstDay, truth } = result;
  const areaCount = areaCodes.length;
  const regionSum = (values: Float64Array) => sumRange(values, areaCount * dayCount, (areaCount + 1) * dayCount);
  const total = regionSum(truth.guestNights);
  const byYear: Record<string, { nights: number; guestNights: number }> = {};
  for (let day = 0; day < dayCount; day++) {
    const year = String(yearMonthOfDay(firstDay + day).year);
    byYear[year] ??= { nights: 0, guestNights: 0 };
    byYear[year].nights++;
    byYear[year].guestNights += truth.guestNights[areaCount * dayCount + day]!;
  }
  const byArea = Object.fromEntries(areaCodes.map((code, area) => [code, sumRange(truth.guestNights, area * dayCount, (area + 1) * dayCount)]));
  const residentNights = result.residents.reduce((sum, residents) => sum + residents, 0) * dayCount;
  const mean = (name: keyof SimulatedTruth) => round(regionSum(truth[name]) / dayCount, 1);
  return {
    scenario: result.scenarioName,
    seed: result.seed,
    from: formatDay(firstDay),
    to: formatDay(firstDay + dayCount - 1),
    nights: dayCount,
    guestNights: { total, perYear: Math.round((total * 365) / dayCount), byYear, byArea },
    personsPerDevice: round(regionSum(truth.personsAtNight) / regionSum(truth.devicesAtNight), 4),
    personsPerScaledDevice: round(regionSum(truth.personsAtNight) / (regionSum(truth.countedAtNight) * result.scale), 4),
    residentsAwayShare: round(1 - regionSum(truth.residentsPresent) / residentNights, 4),
    meanPerNight: {
      guestNights: mean('guestNights'),
      residentsPresent: mean('residentsPresent'),
      personsAtNight: mean('personsAtNight'),
      nonResidentWorkers: mean('nonResidentWorkers'),
      dayVisitors: mean('dayVisitors'),
      throughTraffic: mean('throughTraffic'),
      commutersIn: mean('commutersIn'),
    },
  };
}

/** A name as a CSV field: quoted, its quotes doubled, where it holds a comma, a quote or a line break. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function sumRange(values: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let at = from; at < to; at++) sum += values[at]!;
  return sum;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
