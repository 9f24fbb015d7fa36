import type { OnDuplicate } from '../grid/count-grid.js';
import type { CommandIo, Printed } from './command-io.js';
import { estimateFile, isHourly } from './estimate-file.js';

/** `teleguest peak`: persons present per day, and the busiest days. */
export interface PeakCommand {
  counts: string;
  model: string;
  json: boolean;
  workers: number | 'auto';
  onDuplicate: OnDuplicate;
  /** Disclosure control's threshold (`--min-count`); default the model's, else 16; 0 turns it off. */
  minCount?: number;
  /** How many of the busiest days to list. */
  top: number;
  /** Persons the region can take (`"60000"`), or a CSV of area,capacity. */
  capacity?: string;
}

/** The steps `peak` shows on its progress bar. */
export const PEAK_STEPS = ['reading', 'estimating'] as const;

/**
 * `teleguest peak`: estimate the file (`estimateFile`; hourly counts by each day's busiest hour)
 * and give the busiest days, percentiles and days above capacity to print.
 *
 * @example
 * const printed = await peakCommand({ counts: 'counts.csv', model: 'model.json', json: true, workers: 0, onDuplicate: 'error', top: 10 }, { note: console.error });
 */
export async function peakCommand(command: PeakCommand, io: CommandIo): Promise<Printed> {
  const [{ readCapacities }, { peakPresence }] = await Promise.all([import('../peak/read-capacities.js'), import('../peak/peak.js')]);
  // Hourly counts: daily presence is each day's busiest hour, and the busiest hour is reported.
  const [{ result, notes }, capacities] = await Promise.all([
    estimateFile(command.counts, command.model, {
      ...command,
      daily: true,
      method: 'busiest-hour',
      hourlyOptionsOnDaily: 'ignore',
      purpose: 'presence',
      onStep: io.onStep,
    }),
    command.capacity === undefined ? {} : readCapacities(command.capacity),
  ]);
  for (const line of notes) io.note(line);
  const daily = result.daily!;
  const presence = isHourly(result)
    ? (await import('../peak/peak-hourly.js')).peakPresenceHourly({ ...result, daily }, { top: command.top, capacities })
    : peakPresence({ ...result, daily }, { top: command.top, capacities });
  if (command.json) return [`${JSON.stringify(presence, null, 2)}\n`];
  return [(await import('../write/table/format-peak.js')).formatPeak(presence)];
}
